/**
 * Calendar entry points: the sidebar's previewCalendarSync / applyCalendarSync / exportIcs
 * (ServerApi), the menu's syncCalendar and forgetOtherCalendarLinks, the trigger handlers
 * runDailyDigest and resumeCalendarSync, and setDailyDigest for the digest switch.
 */
import { mappingsToPrune } from '../../core/calendar/keys';
import { tc } from '../../core/i18n/calendar';
import { tl } from '../../core/i18n/limits';
import { t } from '../../core/i18n/messages';
import type { ActionResult, ServerApi } from '../api';
import { preferredLocale } from '../locale';
import { withDocumentLock } from '../lock';
import { rememberReviewSheet, reviewSheet } from '../review-source';
import { toastResult } from '../run-action';
import { loadSettings, saveSettings } from '../settings-store';
import { applyCalendar, icsFile, previewCalendar } from './actions';
import { missingAuthorization } from './authorization';
import { calendarContext } from './context';
import {
  digestChangedDuringJob,
  finishJob,
  jobOfTrigger,
  syncWithContinuation,
} from './continuation';
import { runDigest } from './digest';
import { dropSnapshot, saveSnapshot } from './digest-store';
import { propertyBytes } from './mapping-store';
import { loadPlan } from './plan-cache';
import { deleteFired, setDigestTrigger } from './triggers';

export const previewCalendarSync: ServerApi['previewCalendarSync'] = () => previewCalendar();

export const applyCalendarSync: ServerApi['applyCalendarSync'] = () => applyCalendar(true);

export const exportIcs: ServerApi['exportIcs'] = () => icsFile();

/** Menu item: syncs and shows the result as a toast. */
export function syncCalendar(): void {
  const result = applyCalendar(true);
  SpreadsheetApp.getActiveSpreadsheet().toast(result.message, 'Cadence', result.ok ? 5 : 15);
}

/** Time-driven trigger: the daily digest. */
export function runDailyDigest(e?: GoogleAppsScript.Events.TimeDriven): void {
  const run = runDigest(e?.triggerUid);
  console.log(`Cadence digest: ${run.sent} sent, ${run.skipped} skipped. ${run.sync}`);
}

/**
 * The one-off continuation of a sync that stopped before its end (continuation.ts). It deletes
 * the trigger that started it, syncs on from the sheet — or, when Google gives it no document,
 * from the cached plan — and schedules itself again until the sync is complete.
 */
export function resumeCalendarSync(e?: GoogleAppsScript.Events.TimeDriven): void {
  const startedMs = Date.now();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  deleteFired(e?.triggerUid, spreadsheet);
  if (spreadsheet !== null) {
    const result = applyCalendar(false, startedMs);
    console.log(`Cadence calendar continuation: ${result.message}`);
    return;
  }
  const job = e?.triggerUid === undefined ? null : jobOfTrigger(e.triggerUid);
  if (job === null) return;
  withDocumentLock(() => {
    const plan = loadPlan(job);
    if (plan === null) {
      // The cache dropped the plan: the next run with the document (a Sync, the digest) goes on.
      finishJob(job.spreadsheetId);
      return;
    }
    const { outcome } = syncWithContinuation(null, plan, null, false, startedMs);
    console.log(`Cadence calendar continuation (no document): ${outcome.kind}`);
  });
}

/** Turns the daily digest on (at `hour`, spreadsheet time) or off; off deletes the trigger. */
export function setDailyDigest(
  enabled: boolean,
  hour: number,
): ActionResult & { readonly authorizationUrl?: string | null } {
  const locale = preferredLocale();
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    return { ok: false, message: tc(locale, 'digest.badHour') };
  }
  try {
    // The digest runs in the background and sends mail: with granular consent either scope may
    // have been declined, so turning it on asks first and says which, with Google's link.
    const auth = enabled === true ? missingAuthorization(locale, ['triggers', 'mail']) : null;
    if (auth !== null) return { ok: false, message: auth.message, authorizationUrl: auth.url };
    const settings = loadSettings();
    saveSettings({ ...settings, digest: { enabled: enabled === true, hour } });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    // The trigger has no active sheet: it digests the sheet the user is on now.
    if (enabled) rememberReviewSheet(reviewSheet(spreadsheet, true));
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const on = enabled === true;
    // A continuation holds the document's one time-driven slot: it installs this choice when done.
    const waiting = digestChangedDuringJob(spreadsheet.getId(), on ? { hour, timeZone } : null);
    const uid = waiting ? undefined : setDigestTrigger(on, hour, timeZone);
    if (on) saveSnapshot(calendarContext(true), uid);
    else dropSnapshot(spreadsheet.getId());
    return {
      ok: true,
      message: on ? tc(locale, 'digest.on', { hour, timeZone }) : tc(locale, 'digest.off'),
    };
  } catch (error) {
    const message = String((error as { message?: unknown } | null)?.message ?? error);
    return { ok: false, message: t(locale, 'error.generic', { message }) };
  }
}

/**
 * Menu item: frees room in the user's property store (500 KB for all their files) by forgetting
 * the calendar links of other spreadsheets and of this file's deleted sheets. Nothing is lost:
 * each file's next sync finds its events again by their tags and adopts them, creating none.
 */
export function forgetOtherCalendarLinks(): void {
  const locale = preferredLocale();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getUserProperties();
  const all = props.getProperties();
  const live = new Set(spreadsheet.getSheets().map((s) => String(s.getSheetId())));
  const names = mappingsToPrune(Object.keys(all), spreadsheet.getId(), live, true);
  const files = new Set(names.map((n) => n.split('.')[2]));
  files.delete(spreadsheet.getId());
  let bytes = 0;
  for (const name of names) {
    bytes += propertyBytes(name, all[name]);
    props.deleteProperty(name);
  }
  toastResult({
    ok: true,
    message: tl(locale, 'store.pruned', { count: files.size, kb: Math.round(bytes / 1024) }),
  });
}
