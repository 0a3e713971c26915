/**
 * Seeded data shared by tests, bench and scripts: the same seed gives the same numbers on every
 * run, so a failure or a bench figure can be reproduced.
 */
import { dayNumber, midnightInZone } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';

/** The generator lives in core (the bootstrap uses it); tests and bench share it. */
export { mulberry32 } from '../../src/core/stats/seeded-random';

const TYPES = ['Nurture', 'Automation rule', 'Scoring rule', 'Lead assignment', 'Webinar', 'Video'];

/**
 * A review sheet of `rows` programs and `reviews` quarterly review columns ending on
 * 1 Nov 2026, dates at local midnight in `timeZone`; about one review value in eleven blank.
 */
export function generatedGrid(
  rows: number,
  reviews: number,
  timeZone = 'Europe/Paris',
): CellValue[][] {
  const first = dayNumber(2026, 11, 1) - 91 * (reviews - 1);
  const header: CellValue[] = ['Name', 'Baseline', 'Type', 'Metric', 'Owner', 'Set up on'];
  for (let k = 0; k < reviews; k++) header.push(midnightInZone(first + 91 * k, timeZone));
  const grid: CellValue[][] = [header];
  for (let i = 0; i < rows; i++) {
    const row: CellValue[] = [
      `Program ${i + 1}`,
      100 + (i % 50),
      TYPES[i % TYPES.length],
      'Leads',
      `owner${i % 7}@example.com`,
      midnightInZone(first - 60, timeZone),
    ];
    for (let k = 0; k < reviews; k++)
      row.push((i * 7 + k * 13) % 11 === 0 ? '' : 100 + ((i * 31 + k * 17) % 97));
    grid.push(row);
  }
  return grid;
}
