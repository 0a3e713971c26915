/**
 * A holdout tab as the Influence report shows it: its tests, or the one problem that stops them
 * being read. Built from the tab's grid in one call, so the Sheets adapter only reads the tab.
 */
import type { Grid } from '../types';
import { analyseHoldout, DEFAULT_MINIMUM_LIFT, type HoldoutReport } from './holdout-analysis';
import { type HoldoutExclusions, type HoldoutProblem, readHoldoutTable } from './holdout-table';

export type HoldoutSection =
  | {
      readonly kind: 'tests';
      readonly sheet: string;
      readonly report: HoldoutReport;
      readonly excluded: HoldoutExclusions;
      readonly minimumLift: number;
    }
  | { readonly kind: 'problem'; readonly sheet: string; readonly problem: HoldoutProblem };

export function holdoutSection(
  sheet: string,
  grid: Grid,
  timeZone: string,
  minimumLift = DEFAULT_MINIMUM_LIFT,
): HoldoutSection {
  const read = readHoldoutTable(grid, timeZone);
  if (!read.ok) return { kind: 'problem', sheet, problem: read.problem };
  return {
    kind: 'tests',
    sheet,
    report: analyseHoldout(read.table, { minimumLift }),
    excluded: read.table.excluded,
    minimumLift,
  };
}

/** Tab names a holdout table is found by, in English and French (case and spaces ignored). */
const HOLDOUT_NAMES = [
  'holdout',
  'holdouts',
  'holdout tests',
  'témoin',
  'groupe témoin',
  'groupes témoins',
  'tests témoins',
];

export function isHoldoutName(name: string): boolean {
  return HOLDOUT_NAMES.includes(name.trim().toLowerCase());
}
