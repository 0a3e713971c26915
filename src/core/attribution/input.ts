/**
 * Grid → journeys: detect the format from the headers (unless forced), read the table, build the
 * journeys. Returns a problem instead of throwing on any input.
 */
import type { Grid } from '../types';
import { detectFormat } from './headers';
import type { InputRead } from './input-problem';
import type { JourneySet } from './journey';
import { pathJourneys } from './path-journeys';
import { type PathTableResult, readPathTable } from './path-table';
import { touchJourneys } from './touch-journeys';
import { readTouchTable } from './touch-table';
import type { InputFormat } from './vocabulary';

export interface JourneyOptions {
  readonly format?: InputFormat;
  readonly windowDays: number;
  readonly timeZone: string;
}

export type JourneysResult = InputRead<{ readonly journeys: JourneySet }>;

export function readJourneys(grid: Grid, options: JourneyOptions): JourneysResult {
  const format = options.format ?? detectFormat(grid[0] ?? []);
  if (format === 'paths') return journeysOfPaths(readPathTable(grid));
  const read = readTouchTable(grid, options.timeZone);
  return read.ok ? { ok: true, journeys: touchJourneys(read.table, options.windowDays) } : read;
}

/** The journeys of a Paths table, however it was read (whole grid, or a file row by row). */
export function journeysOfPaths(read: PathTableResult): JourneysResult {
  return read.ok ? { ok: true, journeys: pathJourneys(read.table) } : read;
}
