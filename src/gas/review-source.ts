/**
 * Finds the review sheet and reads it once. Every action reads the whole data range in a single
 * getValues call (Google's guidance: batch reads), then hands the grid to core.
 */
import { dayInZone, type DayNumber } from '../core/dates';
import { recognisesHeaders } from '../core/sheet-plans/influence';
import { reviewReport, type ReviewReport } from '../core/review/report';
import type { Settings } from '../core/settings';
import type { CellValue } from '../core/types';
import { spreadsheetLocale } from './locale';
import { INFLUENCE_SHEET_NAMES } from '../core/sheet-plans/influence';
import type { SheetMemory } from './sheet-memory';
import { JOURNAL_SHEET_NAME } from '../core/journal/sheet';

/** The companion sheet of "Review" is "Review · Δ". */
export const COMPANION_SUFFIX = ' · Δ';
const SHEET_ID_KEY = 'cadence.sheetId';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReviewSource {
  readonly sheet: Sheet;
  readonly spreadsheet: Spreadsheet;
  readonly grid: CellValue[][];
  readonly timeZone: string;
  /** The spreadsheet locale ("en_US", "fr_FR"), or null when Sheets would not say. */
  readonly locale: string | null;
  readonly today: DayNumber;
  readonly report: ReviewReport;
}

/** A sheet Cadence writes itself: a review's Δ companion, the influence report, the journal. */
export function isOwnSheet(name: string): boolean {
  return (
    name.endsWith(COMPANION_SUFFIX) ||
    INFLUENCE_SHEET_NAMES.includes(name) ||
    name === JOURNAL_SHEET_NAME
  );
}

/** The review sheet last formatted or refreshed (remembered by id), if it still exists. */
function storedReviewSheet(spreadsheet: Spreadsheet): Sheet | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(SHEET_ID_KEY);
  if (stored === null) return null;
  return spreadsheet.getSheets().find((s) => String(s.getSheetId()) === stored) ?? null;
}

/** A review sheet and its name when already asked of Sheets (null: not asked yet). */
export interface NamedSheet {
  readonly sheet: Sheet;
  readonly name: string | null;
}

/**
 * The sheet a user's action means: the active sheet, or the review sheet behind an active
 * companion or report sheet; null when the active sheet is Cadence's own and no review sheet
 * is known — an action that writes must then ask, never guess (guessing once wrote into a
 * Touches sheet). The name comes along so the action need not ask Sheets for it again.
 */
export function activeReviewSheetNamed(spreadsheet: Spreadsheet): NamedSheet | null {
  const active = spreadsheet.getActiveSheet();
  const name = active.getName();
  if (!isOwnSheet(name)) return { sheet: active, name };
  if (name.endsWith(COMPANION_SUFFIX)) {
    const baseName = name.slice(0, -COMPANION_SUFFIX.length);
    const base = spreadsheet.getSheetByName(baseName);
    if (base) return { sheet: base, name: baseName };
  }
  const stored = storedReviewSheet(spreadsheet);
  return stored ? { sheet: stored, name: null } : null;
}

export function activeReviewSheet(spreadsheet: Spreadsheet): Sheet | null {
  return activeReviewSheetNamed(spreadsheet)?.sheet ?? null;
}

/**
 * The sheet to read for calendar sync and the digest: the one the user means when there is a
 * user (fromUi), else — triggers have no active sheet — the one last refreshed, else the first
 * sheet that is not Cadence's own.
 */
export function reviewSheet(spreadsheet: Spreadsheet, fromUi: boolean): Sheet {
  const known = fromUi ? activeReviewSheet(spreadsheet) : storedReviewSheet(spreadsheet);
  if (known) return known;
  const sheets = spreadsheet.getSheets();
  return sheets.find((s) => !isOwnSheet(s.getName())) ?? sheets[0];
}

/**
 * Remembers the review sheet for the daily trigger and calendar sync; through `memory` when the
 * action already holds one (no extra property round trip, none at all when already remembered).
 */
export function rememberReviewSheet(sheet: Sheet, memory?: SheetMemory): void {
  if (memory) memory.set(SHEET_ID_KEY, memory.sheetId);
  else
    PropertiesService.getDocumentProperties().setProperty(SHEET_ID_KEY, String(sheet.getSheetId()));
}

export function todayIn(timeZone: string): DayNumber {
  return dayInZone(new Date(), timeZone) as DayNumber;
}

/**
 * Reads a sheet for a writing action: a Touches or Paths export (the influence report's input)
 * is refused with `refuse`, so Refresh never adds review columns to campaign data.
 */
export function readReviewSheetToWrite(
  sheet: Sheet,
  settings: Settings,
  refuse: () => Error,
): ReviewSource {
  const source = readReviewSource(sheet, settings);
  if (source.report.result.columns.length === 0 && recognisesHeaders(source.grid[0] ?? []))
    throw refuse();
  return source;
}

export function readReviewSource(sheet: Sheet, settings: Settings): ReviewSource {
  const spreadsheet = sheet.getParent();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheetLocale(spreadsheet);
  const today = todayIn(timeZone);
  const grid = sheet.getDataRange().getValues() as CellValue[][];
  return {
    sheet,
    spreadsheet,
    grid,
    timeZone,
    locale,
    today,
    report: reviewReport(grid, { timeZone, today, settings, locale }),
  };
}
