/**
 * The Journal sheet in Sheets: read in two calls, rows appended in one write. Cadence writes
 * only rows the journal does not hold yet; the user's cells are never in a write.
 */
import { JOURNAL_SHEET_NAME, type JournalAppend } from '../../core/journal/sheet';
import { tj } from '../../core/i18n/journal';
import type { CellValue, Locale } from '../../core/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Columns read: the nine fields, plus room for a few the user moved or added. */
const READ_WIDTH = 16;

/**
 * The Journal's cells, or null when there is no Journal sheet. One sheet-qualified range and its
 * values (two calls); trailing blank rows are dropped so appends go after the last entry.
 */
export function readJournalGrid(spreadsheet: Spreadsheet): CellValue[][] | null {
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = spreadsheet.getRange(`'${JOURNAL_SHEET_NAME}'!A:${String.fromCharCode(64 + READ_WIDTH)}`);
  } catch {
    // "Range not found": no Journal sheet yet — or one the user narrowed below READ_WIDTH
    // columns, which must still be read whole, or Refresh would write a header over its rows.
    const sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
    return sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : null;
  }
  const values = range.getValues() as CellValue[][];
  let last = values.length;
  while (last > 0 && values[last - 1].every((c) => c === '')) last--;
  return values.slice(0, Math.max(last, 1));
}

/** The Journal sheet, inserted the first time (header frozen); the user stays where they were. */
function journalSheet(spreadsheet: Spreadsheet, back: Sheet): { sheet: Sheet; isNew: boolean } {
  const found = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
  if (found) return { sheet: found, isNew: false };
  const sheet = spreadsheet.insertSheet(JOURNAL_SHEET_NAME);
  back.activate();
  sheet.setFrozenRows(1);
  return { sheet, isNew: true };
}

/** Appends the plan's rows (and the header, on an empty sheet). Nothing when there is nothing. */
export function appendJournal(
  spreadsheet: Spreadsheet,
  plan: JournalAppend,
  back: Sheet,
  locale: Locale,
): void {
  if (plan.rows.length === 0) return;
  const { sheet } = journalSheet(spreadsheet, back);
  if (plan.header) {
    sheet
      .getRange(1, 1, 1, plan.width)
      .setValues([plan.header])
      .setFontWeight('bold')
      .setNotes([plan.header.map((_, j) => (j === 0 ? tj(locale, 'note.header') : ''))]);
  }
  sheet.getRange(plan.startRow, 1, plan.rows.length, plan.width).setValues(plan.rows);
}
