/**
 * Calendar entry points: the sidebar's previewCalendarSync / applyCalendarSync / exportIcs
 * (ServerApi), the menu's syncCalendar, the trigger handlers runDailyDigest and
 * resumeCalendarSync, and setDailyDigest for the digest switch.
 */
import { tc } from '../../core/i18n/calendar';
import { t } from '../../core/i18n/messages';
import type { ActionResult, ServerApi } from '../api';
import { preferredLocale } from '../locale';
import { rememberReviewSheet, reviewSheet } from '../review-source';
import { loadSettings, saveSettings } from '../settings-store';
import { applyCalendar, icsFile, previewCalendar } from './actions';
import { runDigest } from './digest';
import { clearRetry, setDigestTrigger } from './triggers';

export const previewCalendarSync: ServerApi['previewCalendarSync'] = () => previewCalendar();

export const applyCalendarSync: ServerApi['applyCalendarSync'] = () => applyCalendar(true);

export const exportIcs: ServerApi['exportIcs'] = () => icsFile();

/** Menu item: syncs and shows the result as a toast. */
export function syncCalendar(): void {
  const result = applyCalendar(true);
  SpreadsheetApp.getActiveSpreadsheet().toast(result.message, 'Cadence', result.ok ? 5 : 15);
}

/** Time-driven trigger: the daily digest. */
export function runDailyDigest(_e?: GoogleAppsScript.Events.TimeDriven): void {
  const run = runDigest();
  console.log(`Cadence digest: ${run.sent} sent, ${run.skipped} skipped. ${run.sync}`);
}

/**
 * One-off retry trigger scheduled by earlier versions after a rate limit (this version lets the
 * daily run resume instead): it syncs once and deletes itself.
 */
export function resumeCalendarSync(_e?: GoogleAppsScript.Events.TimeDriven): void {
  clearRetry();
  const result = applyCalendar(false);
  console.log(`Cadence calendar retry: ${result.message}`);
}

/** Turns the daily digest on (at `hour`, spreadsheet time) or off; off deletes the trigger. */
export function setDailyDigest(enabled: boolean, hour: number): ActionResult {
  const locale = preferredLocale();
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    return { ok: false, message: tc(locale, 'digest.badHour') };
  }
  try {
    const settings = loadSettings();
    saveSettings({ ...settings, digest: { enabled: enabled === true, hour } });
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    // The trigger has no active sheet: it digests the sheet the user is on now.
    if (enabled) rememberReviewSheet(reviewSheet(spreadsheet, true));
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    setDigestTrigger(enabled === true, hour, timeZone);
    return {
      ok: true,
      message: enabled ? tc(locale, 'digest.on', { hour, timeZone }) : tc(locale, 'digest.off'),
    };
  } catch (error) {
    const message = String((error as { message?: unknown } | null)?.message ?? error);
    return { ok: false, message: t(locale, 'error.generic', { message }) };
  }
}
