/**
 * The influence report of a test's grid and its notes in English, the three-path fixture several suites work by hand, and
 * a planned cell as Sheets shows it: shared by the attribution, influence-sheet and adapter tests.
 */
import {
  influenceReport,
  noteTexts,
  type InfluenceReport,
  type InfluenceSettings,
} from '../../src/core/attribution';
import type { InfluenceSheetPlan } from '../../src/core/sheet-plans/influence';
import type { Grid } from '../../src/core/types';

/** The report of a readable fixture; the problem in the failure when it is not. */
export function reportOf(grid: Grid, settings: Partial<InfluenceSettings> = {}): InfluenceReport {
  const result = influenceReport(grid, settings);
  if (!result.ok) throw new Error(`fixture must be readable: ${JSON.stringify(result.problem)}`);
  return result.report;
}

/** The report's notes in English, as `cadence influence --json` writes them. */
export const englishNotes = (report: InfluenceReport): string[] =>
  noteTexts(report.noteFacts, 'en');

/**
 * Three journeys used in other libraries' public tests (pychattr, marketing-attribution-models):
 * direct (2 conversions), search > email (3), search > social > email (5). Rows only, to go under
 * any paths header.
 */
export const THREE_PATH_ROWS: Grid = [
  ['direct', 2],
  ['search > email', 3],
  ['search > social > email', 5],
];

/** A Paths table with the plain header: one [path, conversions] row per journey kind. */
export const pathsGrid = (...rows: ReadonlyArray<readonly [string, number]>): Grid => [
  ['path', 'total_conversions'],
  ...rows.map(([path, conversions]) => [path, conversions]),
];

export const THREE_PATHS: Grid = [['path', 'total_conversions'], ...THREE_PATH_ROWS];

/** What Sheets will show: the apostrophe that forces text is not part of the value. */
export const shown = (cell: string | number): string | number =>
  typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;

/** 0-based index of the first row of the planned sheet whose column A shows `label`. */
export function rowOf(plan: InfluenceSheetPlan, label: string): number {
  const index = plan.values.findIndex((row) => shown(row[0]) === label);
  if (index < 0) throw new Error(`no row ${label}`);
  return index;
}
