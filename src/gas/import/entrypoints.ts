/**
 * The import as Apps Script sees it: the sidebar API and the menu item. Re-exported by
 * src/gas/entrypoints.ts.
 */
import { ta } from '../../core/i18n/actions';
import { loadSettings } from '../settings-store';
import { preferredLocale } from '../locale';
import { activeReviewSheet, isOwnSheet } from '../review-source';
import { runAction, UserError } from '../run-action';
import { openSidebar } from '../sidebar';
import type { ImportApi, ImportApplyResult, ImportPreview } from './api';
import { applyImportOn, previewImportOn } from './run-import';
import { stageChunk } from './source';
import { undoLastImport } from './undo';

function reviewSheetOrRefuse(): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = activeReviewSheet(SpreadsheetApp.getActiveSpreadsheet());
  if (!sheet) throw new UserError(ta(preferredLocale(), 'error.openReviewSheet'));
  return sheet;
}

export const importSheets: ImportApi['importSheets'] = () => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const review = activeReviewSheet(spreadsheet);
  return spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .filter((name) => !isOwnSheet(name) && name !== review?.getName());
};

export const stageImportChunk: ImportApi['stageImportChunk'] = (id, index, rows) => {
  stageChunk(String(id), Number(index), rows);
  return { ok: true, message: '' };
};

export const previewImport: ImportApi['previewImport'] = (request): ImportPreview => {
  const lang = preferredLocale();
  let preview: ImportPreview | null = null;
  const result = runAction(lang, () => {
    preview = previewImportOn(reviewSheetOrRefuse(), request, lang);
    return '';
  });
  if (preview !== null && result.ok) return preview;
  return {
    ok: false,
    message: result.message,
    tool: 'generic',
    date: '',
    column: '',
    created: false,
    matched: [],
    ambiguous: [],
    unmatchedPrograms: [],
    unmatchedSource: [],
    diagnostics: [],
    sourceColumns: [],
    writes: 0,
  };
};

export const applyImport: ImportApi['applyImport'] = (request): ImportApplyResult => {
  const lang = preferredLocale();
  let written = 0;
  const result = runAction(lang, () => {
    const applied = applyImportOn(reviewSheetOrRefuse(), request, loadSettings(), lang);
    written = applied.written;
    return applied.message;
  });
  return { ...result, written: result.ok ? written : 0 };
};

export const undoImport: ImportApi['undoImport'] = () => {
  const lang = preferredLocale();
  let ok = true;
  const result = runAction(lang, () => {
    const undone = undoLastImport(SpreadsheetApp.getActiveSpreadsheet(), lang);
    ok = undone.ok;
    return undone.message;
  });
  return { ok: result.ok && ok, message: result.message };
};

/** The menu item: the sidebar on its Import tab, which previews before anything is written. */
export function showImportSidebar(): void {
  openSidebar(preferredLocale(), 'import');
}
