/** The review sheet of N nurture programs that calendar tests and the calendar bench share. */
import { midnightInZone, parseIso } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';

export function dateCell(iso: string, timeZone: string): Date {
  return midnightInZone(parseIso(iso) as number, timeZone);
}

/**
 * Row i (1-based): "Program i", nurture, owner i mod `owners` (3 unless given), reviewed on 2026-10-01 with cadence 30 + i
 * days, so its next review is 2026-10-01 + 30 + i (2026-11-01 for i = 1).
 */
export function programsGrid(count: number, timeZone: string, owners = 3): CellValue[][] {
  const header: CellValue[] = [
    'Name',
    'Baseline',
    'Type',
    'Owner',
    'Set up on',
    'Cadence (days)',
    dateCell('2026-10-01', timeZone),
  ];
  const rows = Array.from({ length: count }, (_, k): CellValue[] => [
    `Program ${k + 1}`,
    100,
    'Nurture',
    `owner${(k + 1) % owners}@example.com`,
    dateCell('2026-01-01', timeZone),
    30 + k + 1,
    110 + k,
  ]);
  return [header, ...rows];
}
