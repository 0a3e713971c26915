/**
 * The add-on's installable triggers: the daily digest (opt-in, at the user's hour, in the
 * spreadsheet's time zone).
 *
 * An editor add-on may hold one trigger of each type per user per document, and
 * getProjectTriggers lists the user's triggers of every document: only
 * getUserTriggers(this spreadsheet) names ours. So a rate-limited sync schedules nothing (a
 * second time-driven trigger would be refused): with the digest on, the next daily run resumes
 * it; with the digest off, the user's next Sync does (triggers stay opt-in).
 * `resumeCalendarSync` remains for one-off retries earlier versions scheduled.
 */
export const DIGEST_HANDLER = 'runDailyDigest';
export const RETRY_HANDLER = 'resumeCalendarSync';

function deleteTriggers(handlers: readonly string[]): number {
  let n = 0;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const trigger of ScriptApp.getUserTriggers(spreadsheet)) {
    if (handlers.includes(trigger.getHandlerFunction())) {
      ScriptApp.deleteTrigger(trigger);
      n++;
    }
  }
  return n;
}

/**
 * Installs (or moves) the daily trigger; turning the digest off deletes it. A leftover retry is
 * deleted too: it would take this document's one time-driven trigger.
 */
export function setDigestTrigger(enabled: boolean, hour: number, timeZone: string): void {
  deleteTriggers([DIGEST_HANDLER, RETRY_HANDLER]);
  if (!enabled) return;
  ScriptApp.newTrigger(DIGEST_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
}

/** A one-off trigger stays listed after it fired: the retry removes itself. */
export function clearRetry(): void {
  deleteTriggers([RETRY_HANDLER]);
}
