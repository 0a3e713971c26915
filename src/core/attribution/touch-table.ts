/**
 * A Touches grid read into columns: one entry per touch in sheet order, one per prospect for the
 * conversion, revenue and milestones. Names are interned to integer ids once, so a million touches
 * cost a million small integers rather than a million strings in later steps.
 *
 * The pieces: `touch-columns.ts` finds the columns, `touch-row.ts` reads one row,
 * `touch-table-builder.ts` accumulates the readable rows.
 */
import type { Grid } from '../types';
import { type InputRead, ProblemCollector } from './input-problem';
import type { InputColumns } from './journey';
import { locateTouchColumns, presentColumns } from './touch-columns';
import { isBlankRow, readTouchRow } from './touch-row';
import { TouchTableBuilder } from './touch-table-builder';
import { type Moment, ZonedClock } from './touch-time';

export interface TouchTable extends InputColumns {
  readonly format: 'touches';
  readonly prospectNames: readonly string[];
  /** Per touch, in sheet order (row order breaks ties between equal times). */
  readonly prospect: Int32Array;
  readonly campaign: Int32Array;
  readonly channel: Int32Array;
  readonly time: Float64Array;
  readonly day: Int32Array;
  /** Per prospect: the earliest of the values given on its rows. */
  readonly conversion: ReadonlyArray<Moment | null>;
  readonly lead: ReadonlyArray<Moment | null>;
  readonly opportunity: ReadonlyArray<Moment | null>;
  /** Per prospect: the first revenue given on its rows, NaN when none. */
  readonly revenue: Float64Array;
  /** Prospects whose rows give different revenues (the first one is used). */
  readonly revenueConflicts: number;
}

export type TouchTableResult = InputRead<{ readonly table: TouchTable }>;

export function readTouchTable(grid: Grid, timeZone: string): TouchTableResult {
  const located = locateTouchColumns(grid[0] ?? []);
  if (!located.ok) return located;
  const { columns } = located;
  const used = presentColumns(columns);
  const clock = new ZonedClock(timeZone);
  const problems = new ProblemCollector();
  const builder = new TouchTableBuilder(Math.max(0, grid.length - 1));
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row, used)) continue;
    const touch = readTouchRow(row, r, columns, clock, problems);
    // After the first unreadable cell the table is never returned: keep reading only to name
    // every bad cell.
    if (touch !== null && problems.empty) builder.add(touch);
  }
  if (!problems.empty) return { ok: false, problem: problems.problem('touches') };
  return { ok: true, table: builder.build(columns) };
}
