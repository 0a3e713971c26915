/**
 * An uploaded .xlsx read in the browser: every sheet, numbers as numbers, dates as YYYY-MM-DD
 * text (google.script.run carries no Dates), error cells (#DIV/0!, #N/A) blank — never a value.
 * Apart from import-file.ts so that it loads without csv-parse's browser build.
 */
// read-excel-file (fflate + a small XML reader) adds about 50 KB to dist/Sidebar.html, where
// exceljs's browser build would add about 900 KB; its "universal" entry spawns no Web Worker,
// which the add-on's sandboxed iframe may refuse.
import readXlsxFile from 'read-excel-file/universal';
import type { JsonCell } from '../src/gas/import/api';

export interface UploadedSheet {
  /** The workbook's sheet name; null for a CSV. */
  readonly name: string | null;
  readonly rows: JsonCell[][];
}

/** An .xlsx is a zip archive: it starts with the local file header "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * One workbook cell as google.script.run can carry it. Excel stores a date as a day count that
 * read-excel-file turns into a UTC instant, so its UTC fields are the date the user sees; a time
 * of day, when there is one, follows it.
 */
export function jsonCellOf(cell: unknown): JsonCell {
  if (cell instanceof Date) {
    // A day count in binary floating point lands a few ms off the second: round to it.
    const at = new Date(Math.round(cell.getTime() / 1000) * 1000);
    const day = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
    return at.getTime() % 86_400_000 === 0
      ? day
      : `${day} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'string' || typeof cell === 'boolean') return cell;
  return '';
}

export async function readXlsxSheets(bytes: Uint8Array): Promise<UploadedSheet[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const sheets = await readXlsxFile(buffer as ArrayBuffer, { trim: false });
  return sheets.map((s) => ({
    name: s.sheet,
    rows: s.data.map((row) => row.map(jsonCellOf)),
  }));
}
