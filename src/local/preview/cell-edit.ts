/**
 * A cell typed into the preview grid, written through the in-memory Range.setValue so it is
 * parsed as Sheets parses typing in the spreadsheet's locale: '12' → 12, '15%' → 0.15,
 * '2026-05-01' → a date ('05/01/2026' is 1 May in en_US, 5 January in fr_FR), anything else
 * text. The preview does not evaluate formulas, so a leading '=' is kept as text, never turned
 * into a formula.
 */
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';

export interface CellEdit {
  readonly sheet: string;
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export class EditError extends Error {}

const MAX_TEXT = 50_000;

/** Checks an untrusted JSON body; throws EditError with a sentence for the user. */
export function readCellEdit(body: unknown): CellEdit {
  const b = (body ?? {}) as Record<string, unknown>;
  const { sheet, row, column, text } = b;
  if (typeof sheet !== 'string' || typeof text !== 'string')
    throw new EditError('Expected { sheet, row, column, text }.');
  if (
    !Number.isInteger(row) ||
    !Number.isInteger(column) ||
    (row as number) < 1 ||
    (column as number) < 1
  )
    throw new EditError('Row and column must be whole numbers from 1.');
  if (text.length > MAX_TEXT) throw new EditError(`A cell holds at most ${MAX_TEXT} characters.`);
  return { sheet, row: row as number, column: column as number, text };
}

/** The text as Range.setValue should receive it: formulas stay text. */
export function typedInput(text: string): string {
  return text.startsWith('=') ? `'${text}` : text;
}

export function writeCell(env: AppsScriptEnvironment, edit: CellEdit): void {
  const sheet = env.spreadsheet.getSheetByName(edit.sheet);
  if (!sheet) throw new EditError(`There is no sheet named "${edit.sheet}".`);
  if (edit.row > sheet.getMaxRows() || edit.column > sheet.getMaxColumns())
    throw new EditError('That cell is outside the sheet.');
  try {
    sheet.getRange(edit.row, edit.column).setValue(typedInput(edit.text));
  } catch (error) {
    // Data validation ("Reject input") refuses the value with Sheets' own sentence.
    throw new EditError(error instanceof Error ? error.message : String(error));
  }
}
