/**
 * Problems found while reading a review sheet. Each carries a code and its parameters so the
 * sidebar can translate it later; the English message is composed here, in one place.
 */
import type { DateOrder, GuessBasis, NumberStyle } from '../reading/locale';
import { a1 } from '../text';
import type { Diagnostic, Severity } from '../types';
import { basisText } from '../i18n/guess-basis';
import { pluralWord } from '../i18n/messages';

/** One cell of a list diagnostic: where, what the user typed, how it was read. */
export interface ListedCell {
  readonly cell: string;
  readonly text: string;
  /** The reading used: 'YYYY-MM-DD' for a date, the number for a number. */
  readonly read: string | number;
}

export type { GuessBasis } from '../reading/locale';

/** The parameters of each kind of problem. */
export interface DiagnosticParams {
  /** The cell holds a spreadsheet error such as #N/A. */
  cell_error: { error: string };
  /** Text where a number was expected. */
  not_a_number: { text: string };
  /** A number that is not finite (NaN, Infinity) — only possible from code, never from Sheets. */
  not_finite: Record<string, never>;
  /** "45/0" or "120/45": counts that cannot be a rate. */
  bad_counts: { text: string };
  /**
   * Numbers such as "1,500" or "1.500" that nothing in the sheet settled (neither the row's
   * magnitudes nor the column's or sheet's other numbers): read by the locale. One per sheet.
   */
  ambiguous_numbers: GuessBasis & { style: NumberStyle; cells: ListedCell[] };
  /** A rate typed as 47 rather than 47 % (in a row of rates): read in percentage points. */
  rate_in_points: { value: number; read: number };
  /** An acceptance rate outside 0–100 %. */
  rate_out_of_range: { value: number };
  /** A value in a numeric cell that is a date or a checkbox. */
  wrong_kind: { kind: 'date' | 'boolean' };
  not_a_date: { text: string };
  /**
   * Text dates such as "10/1/2026" that nothing in their column or the header row settled: read
   * in the locale's order. One per sheet, on the first such cell.
   */
  ambiguous_dates: GuessBasis & { order: DateOrder; cells: ListedCell[] };
  /** A header that looks like a date but names no calendar day ("31/02/2026", "March 2026"). */
  unreadable_date_header: { text: string };
  invalid_date: Record<string, never>;
  not_a_boolean: { text: string };
  /** Sales cycle or cadence that is not a positive number of days. */
  bad_days: { text: string };
  /** A fractional number of days, rounded. */
  rounded_days: { value: number; read: number };
  unknown_type: { text: string };
  missing_type: Record<string, never>;
  no_type_column: Record<string, never>;
  duplicate_header: { header: string; first: string };
  duplicate_review_date: { date: string; first: string };
  /** Values in a review column dated after today: not counted yet. One per column, on its header. */
  future_values: { date: string; rows: number[] };
  /** A row with data but no name. */
  unnamed_row: Record<string, never>;
  /** A row with review values and a blank baseline cell (or no baseline column). */
  no_baseline: Record<string, never>;
}

export type DiagnosticCode = keyof DiagnosticParams;

/** A problem before it is pinned to a cell. */
export type Problem = {
  [K in DiagnosticCode]: { code: K; severity: Severity; params: DiagnosticParams[K] };
}[DiagnosticCode];

export type ReviewDiagnostic = Diagnostic &
  Problem & {
    /** 0-based grid row and column of `cell`. */
    readonly row: number;
    readonly column: number;
  };

const pct = (x: number): string => `${Math.round(x * 10000) / 100} %`;

/** 'D1 "9/1/2026" → 2026-09-01, F1 ...' — five at most, then how many more. */
export function listCells(
  cells: readonly ListedCell[],
  item: (c: ListedCell) => string,
  more: (n: number) => string,
): string {
  const shown = cells.slice(0, 5).map(item).join(', ');
  return cells.length > 5 ? `${shown} ${more(cells.length - 5)}` : shown;
}

const listed = (c: ListedCell): string => `${c.cell} "${c.text}" → ${c.read}`;

const MESSAGES: { [K in DiagnosticCode]: (cell: string, p: DiagnosticParams[K]) => string } = {
  cell_error: (c, p) => `${c} holds the error ${p.error}; the cell is skipped.`,
  not_a_number: (c, p) => `${c} holds "${p.text}", which is not a number; the cell is skipped.`,
  not_finite: (c) => `${c} holds a number that is not finite; the cell is skipped.`,
  bad_counts: (c, p) =>
    `${c} holds "${p.text}", which is not a count of the form successes/total with successes ≤ total and total > 0; the cell is skipped.`,
  ambiguous_numbers: (_c, p) =>
    `${listCells(p.cells, listed, (n) => `and ${n} more`)}: each could be read with a decimal or a thousands separator; read with a decimal ${p.style === 'decimal_comma' ? 'comma' : 'point'} (${basisText(p, 'en')}). Type them as plain numbers to be sure.`,
  rate_in_points: (c, p) =>
    `${c} holds ${p.value} in a row of rates; read as ${pct(p.read)} (percentage points), not ${pct(p.value)}.`,
  rate_out_of_range: (c, p) =>
    `${c} holds ${p.value}, which is not an acceptance rate between 0 and 100 %; the cell is skipped.`,
  wrong_kind: (c, p) =>
    `${c} holds a ${p.kind === 'date' ? 'date' : 'checkbox'} where a number was expected; the cell is skipped.`,
  not_a_date: (c, p) =>
    `${c} holds "${p.text}", which is not a date (use YYYY-MM-DD, a date cell, or a day, month and year such as 1 March 2026); the cell is skipped.`,
  ambiguous_dates: (_c, p) =>
    `${listCells(p.cells, listed, (n) => `and ${n} more`)}: day and month could be either way round; read ${p.order === 'day_first' ? 'day first (dd/mm/yyyy)' : 'month first (mm/dd/yyyy)'} from ${basisText(p, 'en')}. Type YYYY-MM-DD to be sure.`,
  unreadable_date_header: (c, p) =>
    `${c} holds "${p.text}", which looks like a date but names no day of the calendar; the column is not read as a review. Type YYYY-MM-DD or use a date cell.`,
  invalid_date: (c) => `${c} holds an invalid date; the cell is skipped.`,
  not_a_boolean: (c, p) =>
    `${c} holds "${p.text}"; expected a checkbox, yes/no or oui/non. Read as not tuned.`,
  bad_days: (c, p) =>
    `${c} holds "${p.text}", which is not a positive number of days; the cell is skipped.`,
  rounded_days: (c, p) =>
    `${c} holds ${p.value} days; read as ${p.read} ${pluralWord('en', p.read, 'day', 'days')}.`,
  unknown_type: (c, p) =>
    `${c}: unknown program type "${p.text}"; reviewed every 90 days. Known types: nurture, automation rule, scoring rule, lead assignment, content.`,
  missing_type: (c) => `${c} has no program type; reviewed every 90 days.`,
  no_type_column: (c) =>
    `No Type column next to ${c}: every program is reviewed every 90 days. Add a "Type" column to apply the review timeline.`,
  duplicate_header: (c, p) =>
    `${c} repeats the "${p.header}" column already in ${p.first}; this column is ignored.`,
  duplicate_review_date: (c, p) =>
    `${c} is a second review column dated ${p.date} (the first is ${p.first}).`,
  future_values: (c, p) =>
    `${c}: the review column dated ${p.date} is after today but already holds ${p.rows.length === 1 ? 'a value' : `${p.rows.length} values`} (${p.rows.length === 1 ? 'row' : 'rows'} ${listRows(p.rows)}); ${p.rows.length === 1 ? 'it is' : 'they are'} not counted yet.`,
  unnamed_row: (c) =>
    `Row ${c.replace(/^[A-Z]+/, '')} has data but no name in ${c}; it is ignored.`,
  no_baseline: (c) =>
    `${c}: no baseline: the gain since automation cannot be measured. Use "Capture baselines" to propose one.`,
};

function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}

/** Pins a problem to a cell (0-based row and column) and writes its English message. */
export function diagnosticAt(row: number, column: number, problem: Problem): ReviewDiagnostic {
  const cell = a1(row, column);
  const message = (MESSAGES[problem.code] as (cell: string, p: Problem['params']) => string)(
    cell,
    problem.params,
  );
  return { ...problem, cell, row, column, message };
}

export function problem<K extends DiagnosticCode>(
  code: K,
  severity: Severity,
  params: DiagnosticParams[K],
): Problem {
  return { code, severity, params } as Problem;
}

/** Sheet order: top to bottom, left to right. */
export function byCell(a: ReviewDiagnostic, b: ReviewDiagnostic): number {
  return a.row - b.row || a.column - b.column;
}
