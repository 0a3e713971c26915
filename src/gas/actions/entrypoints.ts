/**
 * The sheet actions as Apps Script sees them: the sidebar API (returns ActionResult) and the menu
 * items (show a toast). Re-exported by src/gas/entrypoints.ts.
 */
import { ta } from '../../core/i18n/actions';
import { overviewOf } from '../../core/sheet-actions/overview';
import { columnIndex } from '../../core/text';
import type { ActionResult, SaveSettingsResult, ServerApi, SidebarState } from '../api';
import { userLocale } from '../locale';
import { loadSettings, saveSettings as storeSettings } from '../settings-store';
import { setDigestTrigger } from '../calendar/triggers';
import { readReviewSource, rememberReviewSheet, reviewSheet } from '../review-source';
import { VERSION } from '../../core/version';
import { formatSheet as format } from './format';
import { refresh } from './refresh';
import { runAction, toastResult } from './run-action';
import { startReview as start } from './start-review';

function activeReviewSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  return reviewSheet(SpreadsheetApp.getActiveSpreadsheet(), true);
}

/** The language the add-on speaks: the user's explicit choice, else their Google locale. */
function locale(): ReturnType<typeof userLocale> {
  return loadSettings().language ?? userLocale();
}

export const formatSheet: ServerApi['formatSheet'] = () => {
  const lang = locale();
  return runAction(lang, () => {
    const settings = loadSettings();
    const sheet = activeReviewSheet();
    const formatted = format(sheet, settings, lang);
    if (formatted.hasPrograms) refresh(sheet, settings, lang);
    return formatted.message;
  });
};

export const refreshSheet: ServerApi['refreshSheet'] = () => {
  const lang = locale();
  return runAction(lang, () => {
    const { source } = refresh(activeReviewSheet(), loadSettings(), lang);
    const count = (s: string) => source.report.rows.filter((r) => r.schedule.status === s).length;
    return ta(lang, 'result.refreshed', {
      rows: source.report.rows.length,
      urgent: count('urgent'),
      overdue: count('overdue'),
      dueSoon: count('due_soon'),
    });
  });
};

export const startReview: ServerApi['startReview'] = (date) => {
  const lang = locale();
  return runAction(lang, () => start(activeReviewSheet(), loadSettings(), lang, date));
};

export const selectRow: ServerApi['selectRow'] = (row): ActionResult => {
  const lang = locale();
  const sheet = activeReviewSheet();
  if (!Number.isInteger(row) || row < 1 || row > sheet.getMaxRows()) {
    return { ok: false, message: ta(lang, 'error.noRow', { row: String(row) }) };
  }
  sheet.activate();
  sheet.getRange(row, 1, 1, Math.max(sheet.getLastColumn(), 1)).activate();
  return { ok: true, message: ta(lang, 'result.selected') };
};

export const selectColumn: ServerApi['selectColumn'] = (column): ActionResult => {
  const lang = locale();
  const sheet = activeReviewSheet();
  const index = typeof column === 'string' ? columnIndex(column) : null;
  if (index === null || index >= sheet.getMaxColumns())
    return { ok: false, message: ta(lang, 'error.noColumn', { column: String(column) }) };
  sheet.activate();
  sheet.getRange(1, index + 1, Math.max(sheet.getLastRow(), 1), 1).activate();
  return { ok: true, message: ta(lang, 'result.selected') };
};

export const saveSettings: ServerApi['saveSettings'] = (raw): SaveSettingsResult => {
  const before = loadSettings().digest;
  const saved = storeSettings(raw);
  const ok = saved.problems.length === 0;
  const digest = saved.settings.digest;
  // The daily digest is a trigger: install, move or delete it only when its setting changed.
  if (ok && (digest.enabled !== before.enabled || digest.hour !== before.hour)) {
    if (digest.enabled) rememberReviewSheet(activeReviewSheet());
    setDigestTrigger(
      digest.enabled,
      digest.hour,
      SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
    );
  }
  return { ok, settings: saved.settings, problems: saved.problems };
};

export const getSidebarState: ServerApi['getSidebarState'] = (): SidebarState => {
  const settings = loadSettings();
  const sheet = activeReviewSheet();
  const source = readReviewSource(sheet, settings);
  const hasReview = source.report.rows.length > 0 || source.report.result.columns.length > 0;
  const lang = settings.language ?? userLocale();
  return {
    locale: lang,
    version: VERSION,
    settings,
    overview: hasReview ? overviewOf(source.report, sheet.getName(), lang) : null,
  };
};

export function formatSheetFromMenu(): void {
  toastResult(formatSheet());
}

export function refreshSheetFromMenu(): void {
  toastResult(refreshSheet());
}

export function startReviewFromMenu(): void {
  toastResult(startReview());
}
