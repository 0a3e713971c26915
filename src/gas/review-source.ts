/**
 * Finds the review sheet and reads it once. Every action reads the whole data range in a single
 * getValues call (Google's guidance: batch reads), then hands the grid to core.
 */
import { dayInZone, type DayNumber } from '../core/dates';
import { reviewReport, type ReviewReport } from '../core/review-report';
import type { Settings } from '../core/settings';
import type { CellValue } from '../core/types';

/** The companion sheet of "Review" is "Review · Δ". */
export const COMPANION_SUFFIX = ' · Δ';
export const INFLUENCE_SHEET = 'Influence report';
const SHEET_ID_KEY = 'cadence.sheetId';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReviewSource {
  readonly sheet: Sheet;
  readonly grid: CellValue[][];
  readonly timeZone: string;
  readonly today: DayNumber;
  readonly report: ReviewReport;
}

function isOwnSheet(name: string): boolean {
  return name.endsWith(COMPANION_SUFFIX) || name === INFLUENCE_SHEET;
}

/**
 * The sheet the user means: the active one (or the review sheet behind an active companion),
 * else — for triggers, which have no active sheet — the one last refreshed.
 */
export function reviewSheet(spreadsheet: Spreadsheet, fromUi: boolean): Sheet {
  if (fromUi) {
    const active = spreadsheet.getActiveSheet();
    const name = active.getName();
    if (!isOwnSheet(name)) return active;
    const base = name.endsWith(COMPANION_SUFFIX)
      ? spreadsheet.getSheetByName(name.slice(0, -COMPANION_SUFFIX.length))
      : null;
    if (base) return base;
  }
  const stored = PropertiesService.getDocumentProperties().getProperty(SHEET_ID_KEY);
  const sheets = spreadsheet.getSheets();
  const byId = stored === null ? undefined : sheets.find((s) => String(s.getSheetId()) === stored);
  return byId ?? sheets.find((s) => !isOwnSheet(s.getName())) ?? sheets[0];
}

/** Remembers the review sheet for the daily trigger and calendar sync. */
export function rememberReviewSheet(sheet: Sheet): void {
  PropertiesService.getDocumentProperties().setProperty(SHEET_ID_KEY, String(sheet.getSheetId()));
}

export function todayIn(timeZone: string): DayNumber {
  return dayInZone(new Date(), timeZone) as DayNumber;
}

export function readReviewSource(sheet: Sheet, settings: Settings): ReviewSource {
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const grid = sheet.getDataRange().getValues() as CellValue[][];
  return {
    sheet,
    grid,
    timeZone,
    today,
    report: reviewReport(grid, { timeZone, today, settings }),
  };
}
