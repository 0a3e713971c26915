/**
 * The sheet actions as Apps Script sees them: the sidebar API (returns ActionResult) and the menu
 * items (show a toast). Re-exported by src/gas/entrypoints.ts.
 */
import { ta } from '../../core/i18n/actions';
import type { Locale } from '../../core/types';
import { overviewOf } from '../../core/sheet-plans/overview';
import { columnIndex } from '../../core/text';
import type { ActionResult, SaveSettingsResult, ServerApi, SidebarState } from '../api';
import { preferredLocale } from '../locale';
import { loadSettings, saveSettings as storeSettings } from '../settings-store';
import { missingAuthorization } from '../calendar/authorization';
import { setDigestTrigger } from '../calendar/triggers';
import {
  activeReviewSheet,
  activeReviewSheetNamed,
  readReviewSource,
  rememberReviewSheet,
  type NamedSheet,
} from '../review-source';
import { VERSION } from '../../core/version';
import { formatSheet as format } from './format';
import { refresh } from './refresh';
import { runAction, toastResult, UserError } from '../run-action';
import { startReview as start } from './start-review';
import { withLatestReasons } from '../journal/latest-reasons';
import { takeOpenTab } from '../sidebar';

function userReviewSheetNamed(): NamedSheet {
  const named = activeReviewSheetNamed(SpreadsheetApp.getActiveSpreadsheet());
  if (!named) throw new UserError(ta(preferredLocale(), 'error.openReviewSheet'));
  return named;
}

function userReviewSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  return userReviewSheetNamed().sheet;
}

export const formatSheet: ServerApi['formatSheet'] = () => {
  const lang = preferredLocale();
  return runAction(lang, () => {
    const settings = loadSettings();
    const { sheet, name } = userReviewSheetNamed();
    const formatted = format(sheet, settings, lang);
    if (formatted.hasPrograms) refresh(sheet, settings, lang, name);
    return formatted.message;
  });
};

export const refreshSheet: ServerApi['refreshSheet'] = () => {
  const lang = preferredLocale();
  return runAction(lang, () => {
    const { sheet, name } = userReviewSheetNamed();
    const { source, dismissedJournal } = refresh(sheet, loadSettings(), lang, name);
    const count = (s: string) => source.report.rows.filter((r) => r.schedule.status === s).length;
    const counts = {
      rows: source.report.rows.length,
      urgent: count('urgent'),
      overdue: count('overdue'),
      dueSoon: count('due_soon'),
    };
    return dismissedJournal === 0
      ? ta(lang, 'result.refreshed', counts)
      : ta(lang, 'result.refreshedDismissed', { ...counts, dismissed: dismissedJournal });
  });
};

export const startReview: ServerApi['startReview'] = (date) => {
  const lang = preferredLocale();
  return runAction(lang, () => start(userReviewSheet(), loadSettings(), lang, date));
};

/** Selection needs no lock: it writes nothing. */
function select(
  lang: Locale,
  pick: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => string | null,
): ActionResult {
  const sheet = activeReviewSheet(SpreadsheetApp.getActiveSpreadsheet());
  if (!sheet) return { ok: false, message: ta(lang, 'error.openReviewSheet') };
  const problem = pick(sheet);
  return problem === null
    ? { ok: true, message: ta(lang, 'result.selected') }
    : { ok: false, message: problem };
}

export const selectRow: ServerApi['selectRow'] = (row): ActionResult => {
  const lang = preferredLocale();
  return select(lang, (sheet) => {
    if (!Number.isInteger(row) || row < 1 || row > sheet.getMaxRows()) {
      return ta(lang, 'error.noRow', { row: String(row) });
    }
    sheet.activate();
    sheet.getRange(row, 1, 1, Math.max(sheet.getLastColumn(), 1)).activate();
    return null;
  });
};

export const selectColumn: ServerApi['selectColumn'] = (column): ActionResult => {
  const lang = preferredLocale();
  return select(lang, (sheet) => {
    const index = typeof column === 'string' ? columnIndex(column) : null;
    if (index === null || index >= sheet.getMaxColumns()) {
      return ta(lang, 'error.noColumn', { column: String(column) });
    }
    sheet.activate();
    sheet.getRange(1, index + 1, Math.max(sheet.getLastRow(), 1), 1).activate();
    return null;
  });
};

export const saveSettings: ServerApi['saveSettings'] = (raw): SaveSettingsResult => {
  const current = loadSettings();
  const before = current.digest;
  // Turning the digest on needs the background and mail scopes: with granular consent either may
  // have been declined, so ask first (with Google's link) and save nothing.
  const wanted = (raw as { digest?: { enabled?: unknown } } | null)?.digest?.enabled === true;
  const auth =
    wanted && !before.enabled ? missingAuthorization(preferredLocale(), ['triggers', 'mail']) : null;
  if (auth !== null)
    return {
      ok: false,
      settings: current,
      problems: [],
      message: auth.message,
      ...(auth.url === null ? {} : { authorizationUrl: auth.url }),
    };
  const saved = storeSettings(raw);
  const ok = saved.problems.length === 0;
  const digest = saved.settings.digest;
  // The daily digest is a trigger: install, move or delete it only when its setting changed.
  if (ok && (digest.enabled !== before.enabled || digest.hour !== before.hour)) {
    const sheet = activeReviewSheet(SpreadsheetApp.getActiveSpreadsheet());
    if (digest.enabled && sheet) rememberReviewSheet(sheet);
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
  const lang = settings.language ?? preferredLocale();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = activeReviewSheet(spreadsheet);
  const source = sheet ? readReviewSource(sheet, settings) : null;
  const hasReview =
    source !== null && (source.report.rows.length > 0 || source.report.result.columns.length > 0);
  return {
    locale: lang,
    openTab: takeOpenTab(),
    version: VERSION,
    settings,
    // The review source read it already; otherwise one call.
    timeZone: source?.timeZone ?? spreadsheet.getSpreadsheetTimeZone(),
    overview:
      sheet && source && hasReview
        ? withLatestReasons(overviewOf(source.report, sheet.getName(), lang), source, lang)
        : null,
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
