/**
 * A Paths grid (GA4 conversion paths, ChannelAttribution's PathData): one row per distinct path
 * with how many journeys took it and converted, their total value, and how many did not convert.
 */
import type { Grid } from '../types';
import { a1 } from '../text';
import { isBlank, readAmount } from './cells';
import {
  PATH_COLUMN_LABELS,
  type PathColumn,
  REQUIRED_PATH_COLUMNS,
  missing,
  pathColumns,
} from './headers';
import { type InputProblem, ProblemCollector } from './input-problem';
import { Interner } from './interner';

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
}

export type PathTableResult =
  | { readonly ok: true; readonly table: PathTable }
  | { readonly ok: false; readonly problem: InputProblem };

/**
 * Steps of a path: separated by '>' as GA4 and ChannelAttribution write it (or '→' as some exports
 * print the arrow), spaces trimmed, empty steps dropped (so 'a >> b' is a > b).
 */
export function splitPath(text: string): string[] {
  const steps: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 62 /* > */ || c === 0x2192 /* → */) {
      const step = text.slice(from, i).trim();
      if (step !== '') steps.push(step);
      from = i + 1;
    }
  }
  return steps;
}

export function readPathTable(grid: Grid): PathTableResult {
  const columns = pathColumns(grid[0] ?? []);
  const absent = missing(columns, REQUIRED_PATH_COLUMNS);
  if (absent.length > 0) {
    const missingColumns = absent.map((c) => PATH_COLUMN_LABELS[c]);
    return {
      ok: false,
      problem: { format: 'paths', missingColumns, unreadable: [], unreadableCount: 0 },
    };
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

  // Blank counts mean zero: GA4 leaves the value empty on paths without revenue.
  const count = (row: Grid[number], r: number, c: number, what: string): number => {
    if (c < 0 || isBlank(row[c])) return 0;
    const n = readAmount(row[c]);
    if (n === null) problems.add(a1(r, c), `unreadable ${what}`);
    return n ?? 0;
  };

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    const conversions = count(row, r, cConv, 'conversions');
    const value = count(row, r, cValue, 'conversion value');
    const nulls = count(row, r, cNull, 'null count');
    const text = typeof row[cPath] === 'string' ? (row[cPath] as string) : '';
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
  return {
    ok: true,
    table: {
      format: 'paths',
      stepNames: steps.names,
      rows,
      hasValue: cValue >= 0,
      hasNulls: cNull >= 0,
    },
  };
}
