/**
 * The add-on's installable triggers: the daily digest (opt-in, at the user's hour, in the
 * spreadsheet's time zone) and the one-off continuation of a sync that stopped before its end.
 *
 * An editor add-on may hold one trigger of each type per user per document, and
 * getProjectTriggers lists the user's triggers of every document: only
 * getUserTriggers(this spreadsheet) names ours. So the continuation takes the document's one
 * time-driven slot: it replaces the daily trigger while it runs, and the continuation that
 * finishes the sync puts the daily trigger back (continuation.ts).
 */
export const DIGEST_HANDLER = 'runDailyDigest';
export const CONTINUE_HANDLER = 'resumeCalendarSync';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function deleteTriggers(spreadsheet: Spreadsheet, handlers: readonly string[]): number {
  let n = 0;
  for (const trigger of ScriptApp.getUserTriggers(spreadsheet)) {
    if (handlers.includes(trigger.getHandlerFunction())) {
      ScriptApp.deleteTrigger(trigger);
      n++;
    }
  }
  return n;
}

/** Installs the daily trigger in `spreadsheet`'s slot (its document's one time-driven trigger). */
export function installDigestTrigger(hour: number, timeZone: string): string {
  return ScriptApp.newTrigger(DIGEST_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create()
    .getUniqueId();
}

/**
 * Installs (or moves) the daily trigger; turning the digest off deletes it. Called when no
 * continuation is pending (a pending one keeps the slot and reinstalls the digest itself), so a
 * continuation trigger still listed is a leftover (an earlier version's retry) and goes too.
 */
export function setDigestTrigger(
  enabled: boolean,
  hour: number,
  timeZone: string,
): string | undefined {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  deleteTriggers(spreadsheet, [DIGEST_HANDLER, CONTINUE_HANDLER]);
  return enabled ? installDigestTrigger(hour, timeZone) : undefined;
}

/**
 * A one-off trigger stays listed after it fired: the continuation deletes the one that started it
 * (by the event's triggerUid; no active document is needed), and any other of this document's.
 */
export function deleteFired(triggerUid: string | undefined, spreadsheet: Spreadsheet | null): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (triggerUid !== undefined && trigger.getUniqueId() === triggerUid) {
      ScriptApp.deleteTrigger(trigger);
    }
  }
  if (spreadsheet !== null) deleteTriggers(spreadsheet, [CONTINUE_HANDLER]);
}
