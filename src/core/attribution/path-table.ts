/**
 * A Paths grid (GA4 conversion paths, ChannelAttribution's PathData): one row per distinct path
 * with how many journeys took it and converted, their total value, and how many did not convert.
 */
import type { CellValue, Grid } from '../types';
import { a1 } from '../text';
import { isBlank, readAmount } from './cells';
import {
  PATH_COLUMN_LABELS,
  type PathColumn,
  REQUIRED_PATH_COLUMNS,
  missing,
  pathColumns,
} from './headers';
import { type InputRead, ProblemCollector, missingColumnsProblem } from './input-problem';
import { Interner } from './interner';
import { type PathCountColumn, type PathNote, PathNotes } from './path-notes';

export interface PathRow {
  /** Step ids into `PathTable.stepNames`, in path order; never empty. */
  readonly steps: Int32Array;
  readonly conversions: number;
  readonly value: number;
  readonly nulls: number;
}

export interface PathTable {
  readonly format: 'paths';
  readonly stepNames: readonly string[];
  readonly rows: readonly PathRow[];
  readonly hasValue: boolean;
  readonly hasNulls: boolean;
  /** Cells read, but not at face value: said out loud in the report's notes. */
  readonly notes: readonly PathNote[];
}

export type PathTableResult = InputRead<{ readonly table: PathTable }>;

const GREATER = 62; // >
const ARROW = 0x2192; // →
const BACKSLASH = 92;

/**
 * Steps of a path: separated by '>' as GA4 and ChannelAttribution write it (or '→' as some exports
 * print the arrow), spaces trimmed, empty steps dropped (so 'a >> b' is a > b). A '>' (or '→', or
 * a backslash) that belongs to a channel name is written with a backslash before it:
 * 'Paid \> Search' is one step named 'Paid > Search'.
 */
export function splitPath(text: string): string[] {
  const steps: string[] = [];
  let step = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next === GREATER || next === ARROW || next === BACKSLASH) {
        step += text.slice(from, i) + text[i + 1];
        from = i + 2;
        i++;
        continue;
      }
    }
    if (i === text.length || c === GREATER || c === ARROW) {
      const name = (step + text.slice(from, i)).trim();
      if (name !== '') steps.push(name);
      step = '';
      from = i + 1;
    }
  }
  return steps;
}

/** ' > ' between spaces: how GA4 and ChannelAttribution separate steps. */
const SPACED_SEPARATOR = /\s>\s/;
/** A '>' glued to letters on both sides ('Paid>Search'), not escaped. */
const GLUED_SEPARATOR = /(^|[^\\\s])>[^\s]/;

const UNREADABLE: Readonly<Record<PathCountColumn, string>> = {
  conversions: 'conversions',
  value: 'conversion value',
  nulls: 'null count',
  path: 'path',
};

/** '-3', −3 or '-1 200,50': a count the user typed as negative (readAmount refuses it). */
function readNegative(cell: CellValue): boolean {
  if (typeof cell === 'number') return cell < 0 && Number.isFinite(cell);
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  if (!/^[-\u2212]/.test(text)) return false;
  const n = readAmount(text.slice(1));
  return n !== null && n > 0;
}

export function readPathTable(grid: Grid): PathTableResult {
  const columns = pathColumns(grid[0] ?? []);
  const absent = missing(columns, REQUIRED_PATH_COLUMNS);
  if (absent.length > 0) {
    const labels = absent.map((c) => PATH_COLUMN_LABELS[c]);
    return { ok: false, problem: missingColumnsProblem('paths', labels) };
  }
  const col = (c: PathColumn): number => columns[c] ?? -1;
  const [cPath, cConv, cValue, cNull] = [
    col('path'),
    col('conversions'),
    col('value'),
    col('nulls'),
  ];
  const problems = new ProblemCollector();
  const steps = new Interner();
  const flat: number[] = [];
  const spans: Array<{
    start: number;
    end: number;
    conversions: number;
    value: number;
    nulls: number;
  }> = [];

  const notes = new PathNotes();
  const glued: string[] = [];
  let spaced = false;
  let negative = false;
  // Blank counts mean zero: GA4 leaves the value empty on paths without revenue.
  const count = (row: Grid[number], r: number, c: number, column: PathCountColumn): number => {
    if (c < 0 || isBlank(row[c])) return 0;
    const n = readAmount(row[c]);
    if (n !== null) {
      if (column !== 'value' && !Number.isInteger(n)) notes.add('fractional', column, a1(r, c));
      return n;
    }
    if (readNegative(row[c])) {
      notes.add('negative', column, a1(r, c));
      negative = true;
    } else problems.add(a1(r, c), `unreadable ${UNREADABLE[column]}`);
    return 0;
  };

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    negative = false;
    const conversions = count(row, r, cConv, 'conversions');
    const value = count(row, r, cValue, 'value');
    const nulls = count(row, r, cNull, 'nulls');
    const text = typeof row[cPath] === 'string' ? (row[cPath] as string) : '';
    if (SPACED_SEPARATOR.test(text)) spaced = true;
    if (GLUED_SEPARATOR.test(text)) glued.push(a1(r, cPath));
    if (negative) continue;
    if (value > 0 && conversions === 0) notes.add('valueWithoutConversion', 'value', a1(r, cValue));
    const names = splitPath(text);
    if (names.length === 0) {
      const blankRow = isBlank(row[cPath]) && conversions === 0 && nulls === 0 && value === 0;
      if (!blankRow) problems.add(a1(r, cPath), 'no path steps');
      continue;
    }
    if (conversions === 0 && nulls === 0) continue;
    const start = flat.length;
    for (const name of names) flat.push(steps.id(name));
    spans.push({ start, end: flat.length, conversions, value, nulls });
  }
  // One buffer for every path's steps: thousands of tiny typed arrays cost more in allocation
  // and garbage collection than everything else here.
  const buffer = Int32Array.from(flat);
  const rows: PathRow[] = spans.map(({ start, end, conversions, value, nulls }) => ({
    steps: buffer.subarray(start, end),
    conversions,
    value,
    nulls,
  }));
  if (!problems.empty) return { ok: false, problem: problems.problem('paths') };
  if (spaced) for (const cell of glued) notes.add('unspacedArrow', 'path', cell);
  return {
    ok: true,
    table: {
      format: 'paths',
      stepNames: steps.names,
      rows,
      hasValue: cValue >= 0,
      hasNulls: cNull >= 0,
      notes: notes.list(),
    },
  };
}
