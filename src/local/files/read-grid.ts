/**
 * Files → the grid shape Apps Script's getValues() returns, so the CLI feeds core exactly what
 * the add-on would see in Sheets: numbers, strings, booleans, Dates at local midnight of the
 * spreadsheet's time zone, '' for blanks, and error cells as their error text ("#N/A").
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { access, readFile } from 'fs/promises';
import path from 'path';
import { tc } from '../../core/i18n/cli';
import { detectDelimiter } from '../../core/import/csv-delimiter';
import type { CellValue, Locale } from '../../core/types';
import { wallClockToZone } from './excel-dates';
import { decodeText, type TextEncoding } from './text-encoding';

export interface SheetGrid {
  readonly name: string;
  readonly rows: CellValue[][];
  /** A CSV's encoding (a workbook's text is always Unicode). */
  readonly encoding?: TextEncoding;
  /** Merged ranges that reach below row 1 from the header row ("A1:A2"), if any. */
  readonly mergedHeader?: readonly string[];
}

/**
 * A failure the CLI reports in one line (exit code 2), never as a stack trace: one sentence,
 * in the user's language when it is known.
 */
export class InputError extends Error {
  private readonly say: (locale: Locale) => string;
  constructor(message: string | ((locale: Locale) => string)) {
    super(typeof message === 'string' ? message : message('en'));
    this.say = typeof message === 'string' ? () => message : message;
  }
  in(locale: Locale): string {
    return this.say(locale);
  }
}

/** An exceljs cell value as Apps Script's getValues would return it. */
export function excelCell(value: ExcelJS.CellValue, timeZone: string): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : wallClockToZone(value, timeZone);
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && !(result instanceof Date)) return String(result.error);
    return excelCell(result as ExcelJS.CellValue, timeZone);
  }
  if ('text' in value) return String(value.text);
  return '';
}

/**
 * Opens an .xlsx. A damaged file is one line naming the file: exceljs's own message (zip
 * internals, library URLs) means nothing to a user.
 */
export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new InputError((locale) => tc(locale, 'error.corruptXlsx', { file }));
  }
  return workbook;
}

/** "A1:A2" → true: a merge that starts in row 1 and goes on below it. */
function reachesBelowHeader(range: string): boolean {
  const match = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  return match !== null && Number(match[1]) === 1 && Number(match[2]) > 1;
}

async function readXlsx(file: string, timeZone: string): Promise<SheetGrid[]> {
  const workbook = await openXlsx(file);
  return workbook.worksheets.map((sheet) => {
    const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
    const rows: CellValue[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) cells.push(excelCell(row.getCell(c).value, timeZone));
      rows.push(cells);
    }
    const merges = ((sheet.model as { merges?: string[] }).merges ?? []).filter(reachesBelowHeader);
    return merges.length > 0
      ? { name: sheet.name, rows, mergedHeader: merges }
      : { name: sheet.name, rows };
  });
}

// The sidebar reads uploads with the same rule: it lives in core.
export { detectDelimiter, type CsvDelimiter } from '../../core/import/csv-delimiter';

/** CSV cells stay text: core parses numbers, percents and dates itself, as it must for Sheets text. */
export function parseCsv(text: string): CellValue[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows = parse(body, {
    delimiter: detectDelimiter(body),
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
  }) as string[][];
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** A CSV file's cells, in whatever encoding it was written (named when not UTF-8). */
export async function readCsvFile(
  file: string,
): Promise<{ rows: CellValue[][]; encoding: TextEncoding }> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    throw new InputError(`${file}: file not found or not readable`);
  }
  const { text, encoding } = decodeText(buffer);
  try {
    return { rows: parseCsv(text), encoding };
  } catch (error) {
    throw new InputError(`${file}: not a readable CSV file (${(error as Error).message})`);
  }
}

/** Reads every sheet of an .xlsx, or a .csv as one sheet named after the file. */
export async function readWorkbook(file: string, timeZone: string): Promise<SheetGrid[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new InputError(`${file}: expected a .xlsx or .csv file`);
  }
  if (ext === '.csv') {
    const { rows, encoding } = await readCsvFile(file);
    return [{ name: path.basename(file, ext), rows, encoding }];
  }
  try {
    await access(file);
  } catch {
    throw new InputError(`${file}: file not found or not readable`);
  }
  return readXlsx(file, timeZone);
}

/** The named sheet, or the first one; an unknown name lists the sheets that exist. */
export function pickSheet(sheets: SheetGrid[], name: string | undefined, file: string): SheetGrid {
  if (name === undefined) {
    if (sheets.length === 0) throw new InputError(`${file}: the workbook has no sheet`);
    return sheets[0];
  }
  const found = sheets.find((s) => s.name === name);
  if (!found) {
    throw new InputError(
      `${file}: no sheet named "${name}" (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
    );
  }
  return found;
}
