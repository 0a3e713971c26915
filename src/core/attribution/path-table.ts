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
import { SequenceTable, grown, sequenceHash } from './sequence-table';
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
/** Bits of a path text's arrows. */
const SPACED = 1;
const GLUED = 2;
/** A text's path: none (the text names no step), or not made yet (no row of it counted so far). */
const NO_STEPS = -1;
const PENDING = -2;

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
 *
 * Each path text (a cell's text, or a caller's bytes) is read once into step tokens (names as
 * written, in first-seen order), and becomes a distinct path of step ids at its first row that
 * counts. Steps are named
 * and a distinct path made only at the first row of it that counts, so ids and paths come in the
 * order of the rows that count, as they always did.
 */
export class PathTableReader {
  /** Column of each field (-1: absent), for a caller that reads cells itself (`addPlain`). */
  readonly cPath: number;
  readonly cConv: number;
  readonly cValue: number;
  readonly cNull: number;
  private readonly problems = new ProblemCollector();
  private readonly steps = new Interner();
  private readonly notes = new PathNotes();
  private readonly glued: string[] = [];
  private spaced = false;
  /** Distinct paths (step ids); path p's sums below. */
  private readonly paths = new SequenceTable((n) => new Int32Array(n));
  private conversions = new Float64Array(1024);
  private values = new Float64Array(1024);
  private nulls = new Float64Array(1024);
  /** Step names as written, and their step id once a row of them counted (else -1). */
  private readonly tokenName: string[] = [];
  private tokenStep = new Int32Array(1024);
  private readonly tokenOf = new Map<string, number>();
  /**
   * Each path text: its tokens (`tokens[textStart[t] .. textStart[t + 1])`), its distinct path
   * once a row of it counted (NO_STEPS: it names no step; PENDING: none counted yet), and how its
   * arrows are written.
   */
  private readonly textOf = new Map<string, number>();
  private tokens = new Int32Array(4096);
  private textStart = new Int32Array(1024);
  private textPath = new Int32Array(1024);
  private textArrows = new Uint8Array(1024);
  private texts = 0;
  private scratch = new Int32Array(64);
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
    let t = this.textOf.get(text);
    if (t === undefined) {
      t = this.plainText(text);
      this.textOf.set(text, t);
    }
    this.arrows(t, r);
    if (counted.negative) return;
    this.valueNote(r, conversions, value);
    if (this.textPath[t] === NO_STEPS) {
      const blankRow = isBlank(row[cPath]) && conversions === 0 && nulls === 0 && value === 0;
      if (!blankRow) this.problems.add(a1(r, cPath), 'no path steps');
      return;
    }
    this.sum(t, conversions, value, nulls);
  }

  /**
   * A new id for a path text, read by `splitPath`; `hasSteps` says whether it names a step (a
   * row whose text names none goes to `add`).
   */
  plainText(text: string): number {
    const names = splitPath(text);
    const tokens = this.buffer(names.length);
    names.forEach((name, i) => {
      let token = this.tokenOf.get(name);
      if (token === undefined) {
        token = this.plainStep(name);
        this.tokenOf.set(name, token);
      }
      tokens[i] = token;
    });
    return this.pathText(text, tokens, names.length);
  }

  /** A new token for a step name: for a caller that splits path texts itself (`pathText`). */
  plainStep(name: string): number {
    const token = this.tokenName.length;
    this.tokenName.push(name);
    if (token === this.tokenStep.length) this.tokenStep = grown(this.tokenStep, token * 2);
    this.tokenStep[token] = -1;
    return token;
  }

  /**
   * A new id for a path text that the caller split into `tokens[0 .. length)` (from `plainStep`)
   * exactly as `splitPath` splits it.
   */
  pathText(text: string, tokens: Int32Array, length: number): number {
    const t = this.texts++;
    if (t + 1 >= this.textStart.length) {
      this.textStart = grown(this.textStart, this.textStart.length * 2);
      this.textPath = grown(this.textPath, this.textStart.length);
      this.textArrows = grown(this.textArrows, this.textStart.length);
    }
    this.textArrows[t] =
      (SPACED_SEPARATOR.test(text) ? SPACED : 0) | (GLUED_SEPARATOR.test(text) ? GLUED : 0);
    this.textPath[t] = length === 0 ? NO_STEPS : PENDING;
    const from = this.textStart[t];
    if (from + length > this.tokens.length)
      this.tokens = grown(this.tokens, Math.max(this.tokens.length * 2, from + length));
    for (let i = 0; i < length; i++) this.tokens[from + i] = tokens[i];
    this.textStart[t + 1] = from + length;
    return t;
  }

  /** Whether text `t` names at least one step. */
  hasSteps(t: number): boolean {
    return this.textPath[t] !== NO_STEPS;
  }

  /**
   * The next row, already read by the caller: its path text is `t` (naming at least one step),
   * and its counts are whole non-negative numbers as `readAmount` reads them (the value any
   * non-negative amount), blank read as 0. Exactly what `add` does with such a row, without
   * looking at its cells again.
   */
  addPlain(t: number, conversions: number, value: number, nulls: number): void {
    const r = ++this.r;
    this.filled++;
    this.arrows(t, r);
    this.valueNote(r, conversions, value);
    this.sum(t, conversions, value, nulls);
  }

  finish(): PathTableResult {
    if (!this.problems.empty) return { ok: false, problem: this.problems.problem('paths') };
    if (this.spaced) for (const cell of this.glued) this.notes.add('unspacedArrow', 'path', cell);
    // One buffer for every path's steps: thousands of tiny typed arrays cost more in allocation
    // and garbage collection than everything else here.
    const paths = this.paths;
    const buffer = paths.pool.slice(0, paths.end(paths.size - 1));
    const rows: PathRow[] = [];
    for (let p = 0; p < paths.size; p++) {
      rows.push({
        steps: buffer.subarray(paths.start(p), paths.end(p)),
        conversions: this.conversions[p],
        value: this.values[p],
        nulls: this.nulls[p],
      });
    }
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

  private valueNote(r: number, conversions: number, value: number): void {
    if (value > 0 && conversions === 0)
      this.notes.add('valueWithoutConversion', 'value', a1(r, this.cValue));
  }

  /** Adds a row's counts to its text's distinct path, made at the first row of it that counts. */
  private sum(t: number, conversions: number, value: number, nulls: number): void {
    if (conversions === 0 && nulls === 0) return;
    let p = this.textPath[t];
    if (p === PENDING) {
      p = this.distinctPath(t);
      this.textPath[t] = p;
    }
    this.conversions[p] += conversions;
    this.values[p] += value;
    this.nulls[p] += nulls;
  }

  private arrows(t: number, r: number): void {
    const arrows = this.textArrows[t];
    if ((arrows & SPACED) !== 0) this.spaced = true;
    if ((arrows & GLUED) !== 0) this.glued.push(a1(r, this.cPath));
  }

  /** The distinct path of text `t`'s tokens, its steps named and the path made if new. */
  private distinctPath(t: number): number {
    const from = this.textStart[t];
    const length = this.textStart[t + 1] - from;
    const ids = this.buffer(length);
    for (let i = 0; i < length; i++) {
      const token = this.tokens[from + i];
      if (this.tokenStep[token] < 0) this.tokenStep[token] = this.steps.id(this.tokenName[token]);
      ids[i] = this.tokenStep[token];
    }
    const h = sequenceHash(ids, 0, length);
    const found = this.paths.find(ids, 0, length, h);
    if (found >= 0) return found;
    const p = this.paths.add(ids, 0, length, h);
    if (p === this.conversions.length) {
      this.conversions = grown(this.conversions, p * 2);
      this.values = grown(this.values, p * 2);
      this.nulls = grown(this.nulls, p * 2);
    }
    return p;
  }

  /** A scratch array of at least `length` ids, overwritten by the next call. */
  private buffer(length: number): Int32Array {
    if (length > this.scratch.length) this.scratch = new Int32Array(length * 2);
    return this.scratch;
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
