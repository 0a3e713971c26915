/**
 * Error cells (#N/A, #REF!…) of the user's workbook. Apps Script's getValues hands an error cell
 * over as its text ("#N/A"), so the in-memory spreadsheet holds that text; this remembers which
 * cells were errors in the file, so the exported workbook writes them back as errors while a
 * cell that held the text "#N/A" stays text: every user cell keeps its kind.
 */
import type { Sheet } from '@cadence/apps-script-fake';

const errorCells = new WeakMap<Sheet, Map<string, string>>();

const key = (row: number, column: number) => `${row},${column}`;

/** Records that the cell (0-based) was the error `text` in the file. */
export function markErrorCell(sheet: Sheet, row: number, column: number, text: string): void {
  let cells = errorCells.get(sheet);
  if (!cells) {
    cells = new Map();
    errorCells.set(sheet, cells);
  }
  cells.set(key(row, column), text);
}

/** Whether the cell (0-based) was an error in the file and still holds that error's text. */
export function isImportedError(
  sheet: Sheet,
  row: number,
  column: number,
  value: unknown,
): boolean {
  return errorCells.get(sheet)?.get(key(row, column)) === value;
}
