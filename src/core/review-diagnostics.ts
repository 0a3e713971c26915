/**
 * Problems found while reading a review sheet. Each carries a code and its parameters so the
 * sidebar can translate it later; the English message is composed here, in one place.
 */
import { a1 } from './text';
import type { Diagnostic, Severity } from './types';

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
  /** "1,234" read one way because of the sheet's other numbers or its header language. */
  ambiguous_number: { text: string; read: number; basis: 'headers' | 'default' };
  /** An acceptance rate typed as 42 rather than 42 %. */
  rate_in_points: { read: number };
  /** An acceptance rate outside 0–100 %. */
  rate_out_of_range: { value: number };
  /** A value in a numeric cell that is a date or a checkbox. */
  wrong_kind: { kind: 'date' | 'boolean' };
  not_a_date: { text: string };
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

const MESSAGES: { [K in DiagnosticCode]: (cell: string, p: DiagnosticParams[K]) => string } = {
  cell_error: (c, p) => `${c} holds the error ${p.error}; the cell is skipped.`,
  not_a_number: (c, p) => `${c} holds "${p.text}", which is not a number; the cell is skipped.`,
  not_finite: (c) => `${c} holds a number that is not finite; the cell is skipped.`,
  bad_counts: (c, p) =>
    `${c} holds "${p.text}", which is not a count of the form successes/total with successes ≤ total and total > 0; the cell is skipped.`,
  ambiguous_number: (c, p) =>
    `${c} holds "${p.text}", which could be a decimal or a thousands separator; read as ${p.read} ` +
    (p.basis === 'headers'
      ? "because of the sheet's header language."
      : '(French decimal comma). Type it as a plain number to be sure.'),
  rate_in_points: (c, p) => `${c} is an acceptance rate typed without %; read as ${pct(p.read)}.`,
  rate_out_of_range: (c, p) =>
    `${c} holds ${p.value}, which is not an acceptance rate between 0 and 100 %; the cell is skipped.`,
  wrong_kind: (c, p) =>
    `${c} holds a ${p.kind === 'date' ? 'date' : 'checkbox'} where a number was expected; the cell is skipped.`,
  not_a_date: (c, p) =>
    `${c} holds "${p.text}", which is not a date (use YYYY-MM-DD or dd/mm/yyyy); the cell is skipped.`,
  invalid_date: (c) => `${c} holds an invalid date; the cell is skipped.`,
  not_a_boolean: (c, p) =>
    `${c} holds "${p.text}"; expected a checkbox, yes/no or oui/non. Read as not tuned.`,
  bad_days: (c, p) =>
    `${c} holds "${p.text}", which is not a positive number of days; the cell is skipped.`,
  rounded_days: (c, p) => `${c} holds ${p.value} days; read as ${p.read} days.`,
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
