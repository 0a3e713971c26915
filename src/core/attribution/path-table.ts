/**
 * A Paths grid (GA4 conversion paths, ChannelAttribution's PathData): one row per distinct path
 * with how many journeys took it and converted, their total value, and how many did not convert.
 */
import type { CellValue, Grid } from '../types';
import { a1 } from '../text';
import { isBlank, readAmount } from './cells';
import { PATH_COLUMN_LABELS, type PathColumn, REQUIRED_PATH_COLUMNS, pathColumns } from './headers';
import { type InputRead, ProblemCollector, absentColumnsProblem } from './input-problem';
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

export type OpenPathTable = InputRead<{ readonly reader: PathTableReader }>;

/** A reader for a Paths table whose header row is `header`, or the columns it lacks. */
export function openPathTable(header: readonly CellValue[]): OpenPathTable {
  const columns = pathColumns(header);
  const problem = absentColumnsProblem('paths', columns, REQUIRED_PATH_COLUMNS, PATH_COLUMN_LABELS);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, reader: new PathTableReader(columns) };
}

/**
 * Reads a Paths table one row at a time (rows 2, 3, … of the sheet or file, in order) and keeps
 * only the distinct paths: rows that name the same steps add up their conversions, value and
 * nulls. Every model reads a path through these sums only, so a million rows cost what their
 * distinct paths cost, and a file can be read as it streams, never held whole.
 */
export class PathTableReader {
  private readonly cPath: number;
  private readonly cConv: number;
  private readonly cValue: number;
  private readonly cNull: number;
  private readonly problems = new ProblemCollector();
  private readonly steps = new Interner();
  private readonly notes = new PathNotes();
  private readonly glued: string[] = [];
  private spaced = false;
  /** Steps of every distinct path, one after the other; path p is flat[start[p] .. start[p+1]). */
  private flat = new Int32Array(1024);
  private flatLength = 0;
  private readonly starts: number[] = [0];
  private readonly conversions: number[] = [];
  private readonly values: number[] = [];
  private readonly nulls: number[] = [];
  private readonly pathOf = new Map<string, number>();
  /** Row index in the sheet (0 is the header). */
  private r = 0;
  /** Rows with at least one non-blank cell. */
  private filled = 0;

  constructor(columns: Partial<Record<PathColumn, number>>) {
    const col = (c: PathColumn): number => columns[c] ?? -1;
    this.cPath = col('path');
    this.cConv = col('conversions');
    this.cValue = col('value');
    this.cNull = col('nulls');
  }

  /** Rows read that hold something (blank rows are not data). */
  get rowsRead(): number {
    return this.filled;
  }

  add(row: readonly CellValue[]): void {
    const r = ++this.r;
    if (row.some((c) => !isBlank(c))) this.filled++;
    const { cPath, cConv, cValue, cNull } = this;
    const counted = { negative: false };
    const conversions = this.count(row, r, cConv, 'conversions', counted);
    const value = this.count(row, r, cValue, 'value', counted);
    const nulls = this.count(row, r, cNull, 'nulls', counted);
    const text = typeof row[cPath] === 'string' ? (row[cPath] as string) : '';
    if (SPACED_SEPARATOR.test(text)) this.spaced = true;
    if (GLUED_SEPARATOR.test(text)) this.glued.push(a1(r, cPath));
    if (counted.negative) return;
    if (value > 0 && conversions === 0)
      this.notes.add('valueWithoutConversion', 'value', a1(r, cValue));
    const names = splitPath(text);
    if (names.length === 0) {
      const blankRow = isBlank(row[cPath]) && conversions === 0 && nulls === 0 && value === 0;
      if (!blankRow) this.problems.add(a1(r, cPath), 'no path steps');
      return;
    }
    if (conversions === 0 && nulls === 0) return;
    const ids = names.map((name) => this.steps.id(name));
    const key = ids.join(',');
    let p = this.pathOf.get(key);
    if (p === undefined) {
      p = this.conversions.length;
      this.pathOf.set(key, p);
      this.push(ids);
      this.conversions.push(0);
      this.values.push(0);
      this.nulls.push(0);
    }
    this.conversions[p] += conversions;
    this.values[p] += value;
    this.nulls[p] += nulls;
  }

  finish(): PathTableResult {
    if (!this.problems.empty) return { ok: false, problem: this.problems.problem('paths') };
    if (this.spaced) for (const cell of this.glued) this.notes.add('unspacedArrow', 'path', cell);
    // One buffer for every path's steps: thousands of tiny typed arrays cost more in allocation
    // and garbage collection than everything else here.
    const buffer = this.flat.slice(0, this.flatLength);
    const rows: PathRow[] = this.conversions.map((conversions, p) => ({
      steps: buffer.subarray(this.starts[p], this.starts[p + 1]),
      conversions,
      value: this.values[p],
      nulls: this.nulls[p],
    }));
    return {
      ok: true,
      table: {
        format: 'paths',
        stepNames: this.steps.names,
        rows,
        hasValue: this.cValue >= 0,
        hasNulls: this.cNull >= 0,
        notes: this.notes.list(),
      },
    };
  }

  private push(ids: readonly number[]): void {
    if (this.flatLength + ids.length > this.flat.length) {
      const grown = new Int32Array(Math.max(this.flat.length * 2, this.flatLength + ids.length));
      grown.set(this.flat);
      this.flat = grown;
    }
    this.flat.set(ids, this.flatLength);
    this.flatLength += ids.length;
    this.starts.push(this.flatLength);
  }

  // Blank counts mean zero: GA4 leaves the value empty on paths without revenue.
  private count(
    row: readonly CellValue[],
    r: number,
    c: number,
    column: PathCountColumn,
    counted: { negative: boolean },
  ): number {
    if (c < 0 || isBlank(row[c])) return 0;
    const n = readAmount(row[c]);
    if (n !== null) {
      if (column !== 'value' && !Number.isInteger(n))
        this.notes.add('fractional', column, a1(r, c));
      return n;
    }
    if (readNegative(row[c])) {
      this.notes.add('negative', column, a1(r, c));
      counted.negative = true;
    } else this.problems.add(a1(r, c), `unreadable ${UNREADABLE[column]}`);
    return 0;
  }
}

/** A whole Paths grid (header in row 1), as the sheet's getValues() gives it. */
export function readPathTable(grid: Grid): PathTableResult {
  const opened = openPathTable(grid[0] ?? []);
  if (!opened.ok) return opened;
  for (let r = 1; r < grid.length; r++) opened.reader.add(grid[r]);
  return opened.reader.finish();
}
