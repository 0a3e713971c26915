/**
 * A sync that stopped before its end (its time budget spent, or Calendar asked to slow down)
 * continues in a one-off time-driven trigger: one per document, because an editor add-on may hold
 * one trigger of each type per user per document. The continuation takes that slot from the daily
 * digest while it runs, and the run that completes the sync puts the daily trigger back.
 *
 * The job (user properties, per spreadsheet) says how far the sync got, for the sidebar and the
 * digest, and which daily trigger to reinstall. The plan itself is cached (plan-cache.ts) so a
 * continuation Google runs without its document can still write the events.
 */
import type { Settings } from '../../core/settings';
import { setSnapshotTrigger } from './digest-store';
import { cachePlan, dropPlan } from './plan-cache';
import { CalendarSync, type SyncOutcome, type SyncRequest } from './sync';
import { CONTINUE_HANDLER, DIGEST_HANDLER, installDigestTrigger } from './triggers';

export interface SyncJob {
  readonly spreadsheetId: string;
  readonly sheetId: string;
  readonly written: number;
  readonly total: number;
  /** The daily digest to reinstall when the sync is complete; null when it is off. */
  readonly digest: { readonly hour: number; readonly timeZone: string } | null;
  /** The continuation trigger's unique id (a documentless run finds its job by it). */
  readonly triggerUid: string;
}

const JOB_PREFIX = 'cadence.job.';

function jobKey(spreadsheetId: string): string {
  return `${JOB_PREFIX}${spreadsheetId}`;
}

function parseJob(raw: string | null): SyncJob | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<SyncJob>;
    if (typeof v.spreadsheetId !== 'string' || typeof v.sheetId !== 'string') return null;
    return {
      spreadsheetId: v.spreadsheetId,
      sheetId: v.sheetId,
      written: Number(v.written) || 0,
      total: Number(v.total) || 0,
      digest:
        v.digest && typeof v.digest.hour === 'number' && typeof v.digest.timeZone === 'string'
          ? { hour: v.digest.hour, timeZone: v.digest.timeZone }
          : null,
      triggerUid: String(v.triggerUid ?? ''),
    };
  } catch {
    return null;
  }
}

export function readJob(spreadsheetId: string): SyncJob | null {
  return parseJob(PropertiesService.getUserProperties().getProperty(jobKey(spreadsheetId)));
}

/** The job a documentless continuation was started for, found by its trigger's id. */
export function jobOfTrigger(triggerUid: string): SyncJob | null {
  const all = PropertiesService.getUserProperties().getProperties();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(JOB_PREFIX)) continue;
    const job = parseJob(raw);
    if (job && job.triggerUid === triggerUid) return job;
  }
  return null;
}

/** Deletes a trigger by its unique id (no document needed); a missing one is fine. */
function deleteTriggerById(uid: string): void {
  if (uid === '') return;
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  }
}

/** One-off continuation delays: soon after a time-budget stop, later after a rate limit. */
export const CONTINUE_AFTER_MS = { time_budget: 60_000, rate_limited: 300_000 } as const;

/**
 * A sync with more writes than this may not finish in one execution, and Google may kill it at any
 * instant with no catch or finally: before its first write it arms a continuation due after the
 * execution's 6 minutes are surely over, so a killed run is always followed by one.
 */
export const WATCHDOG_STEPS = 20;
export const WATCHDOG_AFTER_MS = 420_000;

/**
 * Runs a sync with its continuation: armed before the first write of a long sync, scheduled after
 * a stop (time budget, rate limit) when none is armed, and ended (the daily trigger given back)
 * when the sync is complete.
 */
export function syncWithContinuation(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null,
  request: SyncRequest,
  settings: Settings | null,
  verify: boolean,
  startedMs: number,
): { readonly outcome: SyncOutcome; readonly continuing: boolean } {
  let armed = false;
  const outcome = new CalendarSync(request).apply(verify, startedMs, (steps) => {
    if (steps > WATCHDOG_STEPS) {
      armed = continueLater(
        spreadsheet,
        request,
        settings,
        { written: 0, total: 0 },
        WATCHDOG_AFTER_MS,
      );
    }
  });
  if (outcome.kind === 'done') {
    finishJob(request.spreadsheetId);
    return { outcome, continuing: false };
  }
  if (outcome.kind !== 'time_budget' && outcome.kind !== 'rate_limited') {
    return { outcome, continuing: armed };
  }
  const progress = { written: outcome.written, total: outcome.total };
  if (armed) {
    const job = readJob(request.spreadsheetId);
    if (job !== null) {
      PropertiesService.getUserProperties().setProperty(
        jobKey(request.spreadsheetId),
        JSON.stringify({ ...job, ...progress }),
      );
    }
    return { outcome, continuing: true };
  }
  const delay = CONTINUE_AFTER_MS[outcome.kind];
  return { outcome, continuing: continueLater(spreadsheet, request, settings, progress, delay) };
}

/**
 * Schedules the continuation in this document's time-driven slot. Returns false when Google
 * refuses the trigger (e.g. 20 triggers already): the user's next Sync continues instead.
 */
export function continueLater(
  /** null in a documentless continuation (its own trigger is already deleted). */
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null,
  request: SyncRequest,
  settings: Settings | null,
  progress: { readonly written: number; readonly total: number },
  delayMs: number,
): boolean {
  const previous = readJob(request.spreadsheetId);
  const digest =
    settings === null || spreadsheet === null
      ? (previous?.digest ?? null)
      : settings.digest.enabled
        ? { hour: settings.digest.hour, timeZone: spreadsheet.getSpreadsheetTimeZone() }
        : null;
  if (spreadsheet !== null) {
    for (const t of ScriptApp.getUserTriggers(spreadsheet)) {
      if ([DIGEST_HANDLER, CONTINUE_HANDLER].includes(t.getHandlerFunction())) {
        ScriptApp.deleteTrigger(t);
      }
    }
  } else if (previous !== null) deleteTriggerById(previous.triggerUid);
  let uid: string;
  try {
    uid = ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(delayMs).create().getUniqueId();
  } catch {
    finishJob(request.spreadsheetId, false);
    if (digest !== null) {
      setSnapshotTrigger(request.spreadsheetId, installDigestTrigger(digest.hour, digest.timeZone));
    }
    return false;
  }
  const job: SyncJob = {
    spreadsheetId: request.spreadsheetId,
    sheetId: request.sheetId,
    written: progress.written,
    total: progress.total,
    digest,
    triggerUid: uid,
  };
  PropertiesService.getUserProperties().setProperty(
    jobKey(request.spreadsheetId),
    JSON.stringify(job),
  );
  cachePlan(request);
  return true;
}

/**
 * The sync is complete (or can no longer continue in the background): the job is forgotten and
 * the daily trigger it held back is reinstalled.
 */
export function finishJob(spreadsheetId: string, reinstall = true): void {
  const job = readJob(spreadsheetId);
  if (job === null) return;
  PropertiesService.getUserProperties().deleteProperty(jobKey(spreadsheetId));
  // A watchdog continuation still pending is not needed any more.
  deleteTriggerById(job.triggerUid);
  dropPlan(job);
  if (reinstall && job.digest !== null) {
    setSnapshotTrigger(spreadsheetId, installDigestTrigger(job.digest.hour, job.digest.timeZone));
  }
}

/** The digest was switched while a continuation holds the slot: it reinstalls the new choice. */
export function digestChangedDuringJob(
  spreadsheetId: string,
  digest: { readonly hour: number; readonly timeZone: string } | null,
): boolean {
  const job = readJob(spreadsheetId);
  if (job === null) return false;
  PropertiesService.getUserProperties().setProperty(
    jobKey(spreadsheetId),
    JSON.stringify({ ...job, digest }),
  );
  return true;
}
