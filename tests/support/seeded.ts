/**
 * Seeded data shared by tests, bench and scripts: the same seed gives the same numbers on every
 * run, so a failure or a bench figure can be reproduced.
 */
import { dayNumber, midnightInZone } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';

/** The generator lives in core (the bootstrap uses it); tests and bench share it. */
import { mulberry32 } from '../../src/core/stats/seeded-random';

export { mulberry32 };

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

/**
 * A paths grid shaped like ChannelAttribution's PathData (path, total_conversions,
 * total_conversion_value, total_null; 1 to 15 steps, a few channels far more common than the
 * rest): `rows` paths over `channels` channels named c0, c1, …
 */
export function generatedPaths(seed: number, rows: number, channels: number): CellValue[][] {
  const rand = mulberry32(seed);
  const grid: CellValue[][] = [
    ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
  ];
  for (let i = 0; i < rows; i++) {
    const length = 1 + Math.floor(rand() * rand() * 15);
    const steps = Array.from({ length }, () => `c${Math.floor(rand() * rand() * channels)}`);
    const conversions = Math.floor(rand() * 4);
    const value = conversions > 0 ? Math.round(conversions * rand() * 500) / 100 : 0;
    grid.push([steps.join(' > '), conversions, value, 1 + Math.floor(rand() * 8)]);
  }
  return grid;
}
