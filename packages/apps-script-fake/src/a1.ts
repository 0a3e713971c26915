import { APPS_SCRIPT_ERRORS } from './errors';

/**
 * A1 notation as Sheets accepts it: 'A1', 'A1:B2', whole columns 'A:C', whole rows '2:5',
 * open-ended 'A2:C', absolute markers '$A$1', and an optional sheet prefix, quoted when the name
 * is not a plain identifier: 'My sheet'!A1:B2 (a quote inside the name is doubled).
 */

// Column letters are this package's own: it imitates Google's A1 notation and imports nothing of
// the add-on it tests (which has its own, in src/core/text.ts).

/** A1 letters, either case → 1-based column number: 'A' → 1, 'ab' → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based column number → A1 letters: 1 → 'A', 28 → 'AB'. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** One cell, 1-based as Range counts: (3, 2) → 'B3'. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** 1-based bounds; undefined means unbounded on that side (to the sheet's edge). */
export interface A1Ref {
  readonly sheetName?: string;
  readonly startRow?: number;
  readonly startColumn?: number;
  readonly endRow?: number;
  readonly endColumn?: number;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

function splitSheet(text: string): { sheetName?: string; ref: string } {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i++;
    }
    if (t[i] !== "'" || t[i + 1] !== '!') throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
    return { sheetName: name, ref: t.slice(i + 2) };
  }
  const bang = t.lastIndexOf('!');
  return bang < 0 ? { ref: t } : { sheetName: t.slice(0, bang), ref: t.slice(bang + 1) };
}

interface Part {
  readonly column?: number;
  readonly row?: number;
}

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const column = m[1] ? columnNumber(m[1]) : undefined;
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) return null;
  return { column, row };
}

/** Throws Apps Script's "Range not found" for anything Sheets would reject. */
export function parseA1(text: string): A1Ref {
  const { sheetName, ref } = splitSheet(text);
  const pieces = ref.split(':');
  if (pieces.length > 2) throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
  const a = parsePart(pieces[0]);
  if (!a) throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
  if (pieces.length === 1) {
    if (a.column === undefined || a.row === undefined) {
      throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
    }
    return {
      sheetName,
      startRow: a.row,
      startColumn: a.column,
      endRow: a.row,
      endColumn: a.column,
    };
  }
  const b = parsePart(pieces[1]);
  if (!b) throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  if (wholeColumns && (a.column === undefined || b.column === undefined)) {
    throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
  }
  if (!wholeRows && (a.column === undefined || b.column === undefined)) {
    throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
  }
  // 'A2:C' is open-ended downwards; the start row must then be given.
  if (!wholeColumns && a.row === undefined) throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
  const rows = order(a.row, b.row);
  const cols = order(a.column, b.column);
  return {
    sheetName,
    startRow: wholeColumns ? undefined : rows[0],
    endRow: rows[1],
    startColumn: wholeRows ? undefined : cols[0],
    endColumn: cols[1],
  };
}

function order(x?: number, y?: number): [number | undefined, number | undefined] {
  if (x !== undefined && y !== undefined && y < x) return [y, x];
  return [x, y];
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}\d+$/;

export function quoteSheetName(name: string): string {
  return PLAIN_NAME.test(name) && !LOOKS_LIKE_CELL.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Bounds flags follow Range.isStartRowBounded() & co. */
export interface A1Bounds {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  readonly rowsBounded: boolean;
  readonly columnsBounded: boolean;
  readonly startRowBounded?: boolean;
}

export function formatA1(b: A1Bounds, sheetName?: string): string {
  const prefix = sheetName === undefined ? '' : `${quoteSheetName(sheetName)}!`;
  const c1 = columnLetters(b.column);
  const c2 = columnLetters(b.column + b.numColumns - 1);
  const r2 = b.row + b.numRows - 1;
  let body: string;
  if (!b.rowsBounded && b.startRowBounded !== true) body = `${c1}:${c2}`;
  else if (!b.rowsBounded) body = `${c1}${b.row}:${c2}`;
  else if (!b.columnsBounded) body = `${b.row}:${r2}`;
  else if (b.numRows === 1 && b.numColumns === 1) body = `${c1}${b.row}`;
  else body = `${c1}${b.row}:${c2}${r2}`;
  return prefix + body;
}
