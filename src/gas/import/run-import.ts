/**
 * Preview and apply an import on the review sheet: one read of the sheet, one of the export, the
 * plan from core, then — for apply — the target column created if needed ("Start a review"), one
 * span of the column written in one setValues and one setNotes, and the undo record saved.
 * The same number of Sheets calls for 10 or 5,000 export rows.
 */
import { parseIso, toIso } from '../../core/dates';
import { ta } from '../../core/i18n/actions';
import { tImport } from '../../core/i18n/import';
import { importJson } from '../../core/import/json';
import { planImport, type ImportPlan } from '../../core/import/plan';
import { recogniseShape } from '../../core/import/shapes';
import { pairsFor, storedCell, type UndoCell } from '../../core/import/stores';
import { readHeaders } from '../../core/review/headers';
import type { Settings } from '../../core/settings';
import type { CellValue, Locale } from '../../core/types';
import { startReview } from '../actions/start-review';
import { spreadsheetLocale } from '../locale';
import { todayIn } from '../review-source';
import { UserError } from '../run-action';
import type { ImportApplyResult, ImportPreview, ImportRequestJson } from './api';
import { readSpan, writeSpan } from './span';
import { sourceGrid } from './source';
import { loadImportState, savePairs, saveImportState, type ImportState } from './store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Planned {
  readonly plan: ImportPlan;
  readonly grid: CellValue[][];
  readonly state: ImportState;
}

function planFor(sheet: Sheet, request: ImportRequestJson, locale: Locale): Planned {
  const spreadsheet = sheet.getParent();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheetLocale = spreadsheetLocale(spreadsheet);
  const today = todayIn(timeZone);
  const grid = sheet.getDataRange().getValues() as CellValue[][];
  const source = sourceGrid(spreadsheet, request.source, locale);
  const date = request.date === undefined || request.date === '' ? today : parseIso(request.date);
  if (date === null)
    throw new UserError(ta(locale, 'error.badDate', { date: String(request.date) }));
  const state = loadImportState();
  const tool = recogniseShape(source).tool;
  // Notes are written in the sheet's own language, as its headers are.
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);
  const language = readHeaders(grid[0] ?? [], width, timeZone, sheetLocale).language ?? locale;
  const plan = planImport({
    review: grid,
    source,
    sourceName: request.source.name,
    timeZone,
    today,
    locale: sheetLocale,
    date,
    overwrite: request.overwrite === true,
    remembered: pairsFor(state.pairs, tool),
    picks: new Map(request.picks ?? []),
    column: request.column ?? null,
    language,
  });
  return { plan, grid, state };
}

export function previewImportOn(
  sheet: Sheet,
  request: ImportRequestJson,
  locale: Locale,
): ImportPreview {
  const { plan } = planFor(sheet, request, locale);
  const json = importJson(plan, locale);
  return {
    ...json,
    ok: true,
    message: '',
    tool: plan.tool,
    sourceColumns: plan.sourceColumns,
    writes: plan.writes.length,
  };
}

export function applyImportOn(
  sheet: Sheet,
  request: ImportRequestJson,
  settings: Settings,
  locale: Locale,
): ImportApplyResult {
  const { plan, grid, state } = planFor(sheet, request, locale);
  if (plan.writes.length === 0) {
    savePairs(state, plan.tool, plan.confirmedPairs);
    return { ok: true, message: tImport(locale, 'result.nothing'), written: 0 };
  }
  if (plan.column.created) startReview(sheet, settings, locale, toIso(plan.date));
  const column = plan.column.index;
  const first = Math.min(...plan.writes.map((w) => w.row));
  const last = Math.max(...plan.writes.map((w) => w.row));
  const range = sheet.getRange(first, column + 1, last - first + 1, 1);
  const known = plan.column.created
    ? Array<CellValue>(last - first + 1).fill('')
    : Array.from({ length: last - first + 1 }, (_, k) => grid[first - 1 + k]?.[column] ?? '');
  const cells = readSpan(range, known);
  const changes = new Map<number, { value: CellValue; note: string }>();
  const undo: UndoCell[] = [];
  for (const write of plan.writes) {
    const k = write.row - first;
    changes.set(k, { value: write.value, note: write.note });
    undo.push({
      row: write.row,
      before: storedCell(cells.values[k], cells.formulas[k]),
      noteBefore: cells.notes[k],
      written: write.value,
    });
  }
  writeSpan(range, cells, changes);
  saveImportState(
    state,
    { sheetId: sheet.getSheetId(), column, created: plan.column.created, cells: undo },
    plan.tool,
    plan.confirmedPairs,
  );
  return {
    ok: true,
    message: tImport(locale, 'result.applied', {
      count: plan.writes.length,
      column: plan.column.letter,
    }),
    written: plan.writes.length,
  };
}
