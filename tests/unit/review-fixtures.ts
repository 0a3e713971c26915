/** Builders for review-engine tests: grids with Date cells as Sheets hands them over. */
import { DayNumber, midnightInZone, parseIso } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';

export const ZONES = ['Europe/Paris', 'America/Los_Angeles'] as const;

export function day(iso: string): DayNumber {
  const d = parseIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** A Date cell as Sheets returns it: local midnight of the date in the spreadsheet's zone. */
export function dateCell(iso: string, timeZone: string): Date {
  return midnightInZone(day(iso), timeZone);
}

export const HEADERS = [
  'Name',
  'Baseline',
  'Type',
  'Metric',
  'Set up on',
  'Group',
  'Sales cycle (days)',
  'Cadence (days)',
  'Tuned',
] as const;

export interface RowSpec {
  name: string;
  type?: string;
  metric?: string;
  setUpOn?: string;
  group?: string;
  salesCycle?: number;
  cadence?: number;
  tuned?: boolean;
  baseline?: CellValue;
  /** Review values by ISO date of their column. */
  values?: Record<string, CellValue>;
}

/** A program of `type` with one review value, `value` in the column of `date`. */
export const reviewed = (name: string, type: string, date: string, value: CellValue): RowSpec => ({
  name,
  type,
  values: { [date]: value },
});

/** A sheet with the standard headers then one review column per date (sorted). */
export function sheetGrid(
  specs: RowSpec[],
  reviewDates: string[],
  timeZone: string,
): CellValue[][] {
  const header: CellValue[] = [...HEADERS, ...reviewDates.map((iso) => dateCell(iso, timeZone))];
  const rows = specs.map((s): CellValue[] => [
    s.name,
    s.baseline ?? '',
    s.type ?? '',
    s.metric ?? '',
    s.setUpOn ? dateCell(s.setUpOn, timeZone) : '',
    s.group ?? '',
    s.salesCycle ?? '',
    s.cadence ?? '',
    s.tuned ?? false,
    ...reviewDates.map((iso) => s.values?.[iso] ?? ''),
  ]);
  return [header, ...rows];
}
