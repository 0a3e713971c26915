/**
 * Writing a few cells of one column in a constant number of calls: one setValues and one setNotes
 * over the rows from the first to the last cell written. The cells in between that the import
 * does not change are written back exactly as they were — a formula as its formula, a text as
 * text (an apostrophe keeps "0012" or "=x" from being read as a number or a formula, except in a
 * plain-text cell, which keeps any string), a number, a date or a boolean as itself — and keep
 * their notes.
 */
import { asText } from '../../core/text-cell';
import type { CellValue } from '../../core/types';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The span's cells as Sheets holds them, read in three calls. */
export interface SpanCells {
  readonly values: CellValue[];
  readonly formulas: string[];
  readonly notes: string[];
  readonly formats: string[];
}

export function readSpan(range: Range, values: readonly CellValue[] | null): SpanCells {
  const formulas = range.getFormulas().map((r) => r[0]);
  const notes = range.getNotes().map((r) => r[0]);
  const formats = range.getNumberFormats().map((r) => r[0]);
  return {
    values: values === null ? range.getValues().map((r) => r[0] as CellValue) : [...values],
    formulas,
    notes,
    formats,
  };
}

/** What to pass to setValues so `value` lands as itself in a cell of number format `format`. */
export function asWritten(value: CellValue, format: string): CellValue {
  return typeof value === 'string' && value !== '' && format !== '@' ? asText(value) : value;
}

/** What to pass to setValues so an unchanged cell stays exactly as it is. */
export function unchanged(cells: SpanCells, k: number): CellValue {
  if (cells.formulas[k] !== '') return cells.formulas[k];
  return asWritten(cells.values[k], cells.formats[k]);
}

/** Writes the span: `changes` by offset in the span, everything else as it was. */
export function writeSpan(
  range: Range,
  cells: SpanCells,
  changes: ReadonlyMap<number, { value: CellValue; note: string }>,
): void {
  const values: CellValue[][] = [];
  const notes: string[][] = [];
  for (let k = 0; k < cells.values.length; k++) {
    const change = changes.get(k);
    values.push([change ? change.value : unchanged(cells, k)]);
    notes.push([change ? change.note : cells.notes[k]]);
  }
  range.setValues(values);
  range.setNotes(notes);
}
