/**
 * The influence report of a test's grid, and a planned cell as Sheets shows it: shared by the
 * attribution and influence-sheet tests.
 */
import { influenceReport, type InfluenceReport } from '../../src/core/attribution';
import type { Grid } from '../../src/core/types';

/** The report of a readable fixture (`replicates` bootstrap resamples, the default when omitted). */
export function reportOf(grid: Grid, replicates?: number): InfluenceReport {
  const result = influenceReport(grid, replicates === undefined ? {} : { replicates });
  if (!result.ok) throw new Error('fixture must be readable');
  return result.report;
}

/** What Sheets will show: the apostrophe that forces text is not part of the value. */
export const shown = (cell: string | number): string | number =>
  typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;
