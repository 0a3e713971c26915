/**
 * The review engine in one call: read the sheet, schedule every row, check every review column —
 * and its public JSON shape, the contract of `cadence review --json`.
 */
import { CadenceSettings, DEFAULT_SETTINGS, RowSchedule, scheduleRows } from './schedule';
import { DayNumber, toIso } from '../dates';
import { ColumnReview, reviewColumns } from './columns';
import type { DiagnosticCode, ReviewDiagnostic } from './diagnostics';
import { ReadOptions, readReviewSheet, ReviewSheet } from './sheet';
import type { ColumnStatus, Grid, ProgramType, ReviewStatus, Severity } from '../types';

/** timeZone: dates in the grid are read as calendar days there; locale: see ReadOptions. */
export interface ReviewOptions extends ReadOptions {
  readonly settings?: CadenceSettings;
}

export interface ReviewResult {
  readonly today: DayNumber;
  readonly sheet: ReviewSheet;
  /** In sheet order. */
  readonly rows: readonly RowSchedule[];
  /** In date order. */
  readonly columns: readonly ColumnReview[];
  /** In sheet order. */
  readonly diagnostics: readonly ReviewDiagnostic[];
}

/** Reviews a grid as Apps Script's getValues returns it. Never throws on any grid. */
export function reviewSheet(grid: Grid, options: ReviewOptions): ReviewResult {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const sheet = readReviewSheet(grid, options);
  return {
    today: sheet.today,
    sheet,
    rows: scheduleRows(sheet, settings),
    columns: reviewColumns(sheet, settings),
    diagnostics: sheet.diagnostics,
  };
}

export interface ReviewJsonRow {
  readonly row: number;
  readonly name: string;
  readonly type: ProgramType | null;
  readonly group: string | null;
  readonly lastReview: string | null;
  readonly nextReview: string | null;
  readonly status: ReviewStatus;
  readonly reasons: readonly string[];
}

export interface ReviewJsonColumn {
  readonly column: string;
  readonly date: string;
  readonly status: ColumnStatus;
  readonly missingRows: readonly number[];
}

/** One review column as the JSON contract and the sidebar's overview both show it. */
export function columnJson(c: ColumnReview): ReviewJsonColumn {
  return {
    column: c.column.letter,
    date: toIso(c.column.day),
    status: c.status,
    missingRows: c.missingRows,
  };
}

export interface ReviewJsonDiagnostic {
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
  /** What kind of problem, e.g. "not_a_number", "ambiguous_dates" (added; stable English ids). */
  readonly kind: DiagnosticCode;
  /** Every cell a list diagnostic names (ambiguous dates or numbers), `cell` being the first. */
  readonly cells?: readonly string[];
}

type NoExtension = Record<never, never>;

export interface ReviewJson<R extends object = NoExtension> {
  readonly sheet: string;
  readonly today: string;
  readonly rows: ReadonlyArray<ReviewJsonRow & R>;
  readonly columns: readonly ReviewJsonColumn[];
  readonly diagnostics: readonly ReviewJsonDiagnostic[];
}

/**
 * Later engines add to the contract without changing it: `row` adds fields to each row (e.g.
 * deltas, vsBaseline, signal, trend), `top` adds top-level fields after the base ones (groups).
 */
export interface ReviewJsonExtensions<R extends object, T extends object> {
  readonly row?: (row: RowSchedule) => R;
  readonly top?: T;
}

/** The `cadence review --json` document: dates YYYY-MM-DD, rows and cells as in the sheet. */
export function toReviewJson<R extends object = NoExtension, T extends object = NoExtension>(
  result: ReviewResult,
  sheetName: string,
  extensions: ReviewJsonExtensions<R, T> = {},
): ReviewJson<R> & T {
  const rows = result.rows.map((schedule) => {
    const base: ReviewJsonRow = {
      row: schedule.row.row,
      name: schedule.row.name,
      type: schedule.row.type,
      group: schedule.row.group,
      lastReview: isoOrNull(schedule.last),
      nextReview: isoOrNull(schedule.next),
      status: schedule.status,
      reasons: schedule.reasons.map((r) => r.text),
    };
    return { ...base, ...(extensions.row ? extensions.row(schedule) : ({} as R)) };
  });
  const columns = result.columns.map(columnJson);
  const diagnostics = result.diagnostics.map((d): ReviewJsonDiagnostic => {
    const base = { cell: d.cell, severity: d.severity, message: d.message, kind: d.code };
    return 'cells' in d.params ? { ...base, cells: d.params.cells.map((c) => c.cell) } : base;
  });
  return {
    sheet: sheetName,
    today: toIso(result.today),
    rows,
    columns,
    diagnostics,
    ...(extensions.top ?? ({} as T)),
  };
}

function isoOrNull(day: DayNumber | null): string | null {
  return day === null ? null : toIso(day);
}
