/**
 * The add-on's installable triggers: the daily digest (opt-in, at the user's hour, in the
 * spreadsheet's time zone) and a one-off retry a few minutes after Calendar's rate limit stopped a
 * sync. Retries are scheduled only while the digest is on: triggers are something the user opted in
 * to, never a side effect of clicking Sync.
 */
export const DIGEST_HANDLER = 'runDailyDigest';
export const RETRY_HANDLER = 'resumeCalendarSync';
export const RETRY_MINUTES = 5;

function deleteTriggers(handler: string): number {
  let n = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === handler) {
      ScriptApp.deleteTrigger(trigger);
      n++;
    }
  }
  return n;
}

/** Installs (or moves) the daily trigger; turning the digest off deletes it. */
export function setDigestTrigger(enabled: boolean, hour: number, timeZone: string): void {
  deleteTriggers(DIGEST_HANDLER);
  if (!enabled) return;
  ScriptApp.newTrigger(DIGEST_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
}

/** One pending retry at most. */
export function scheduleRetry(): void {
  deleteTriggers(RETRY_HANDLER);
  ScriptApp.newTrigger(RETRY_HANDLER)
    .timeBased()
    .after(RETRY_MINUTES * 60_000)
    .create();
}

/** A one-off trigger stays listed after it fired: the retry removes itself. */
export function clearRetry(): void {
  deleteTriggers(RETRY_HANDLER);
}
