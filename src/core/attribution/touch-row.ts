/**
 * One data row of a Touches grid read into typed fields. Every unreadable cell is reported to the
 * collector by its A1 address; the row is usable only when none was.
 */
import type { CellValue } from '../types';
import { a1 } from '../text';
import { isBlank, readAmount, readLabel } from './cells';
import type { ProblemCollector } from './input-problem';
import type { TouchColumnIndexes } from './touch-columns';
import type { Moment, ZonedClock } from './touch-time';

/** What a touch without a channel column (or with a blank channel cell) is filed under. */
export const NOT_SET = '(not set)';

export interface TouchRow {
  readonly prospect: string;
  readonly campaign: string;
  readonly channel: string;
  readonly touched: Moment;
  readonly converted: Moment | null;
  readonly leadCreated: Moment | null;
  readonly opportunityCreated: Moment | null;
  /** The revenue given on this row, null when blank. */
  readonly revenue: number | null;
}

export function isBlankRow(row: readonly CellValue[], columns: readonly number[]): boolean {
  for (const c of columns) if (!isBlank(row[c])) return false;
  return true;
}

/** Null when any cell of the row was unreadable (each one is reported to `problems`). */
export function readTouchRow(
  row: readonly CellValue[],
  r: number,
  columns: TouchColumnIndexes,
  clock: ZonedClock,
  problems: ProblemCollector,
): TouchRow | null {
  let bad = false;
  const report = (c: number, message: string): void => {
    problems.add(a1(r, c), message);
    bad = true;
  };
  const optionalMoment = (c: number, what: string): Moment | null => {
    if (c < 0 || isBlank(row[c])) return null;
    const moment = clock.read(row[c]);
    if (moment === null) report(c, `unreadable ${what}`);
    return moment;
  };

  const prospect = readLabel(row[columns.prospect]);
  if (prospect === null) report(columns.prospect, 'no prospect');
  const campaign = readLabel(row[columns.campaign]);
  if (campaign === null) report(columns.campaign, 'no campaign');
  const channel = columns.channel < 0 ? NOT_SET : (readLabel(row[columns.channel]) ?? NOT_SET);
  const touched = isBlank(row[columns.touchedAt]) ? null : clock.read(row[columns.touchedAt]);
  if (touched === null) report(columns.touchedAt, 'unreadable touch date');
  const converted = optionalMoment(columns.convertedAt, 'conversion date');
  const leadCreated = optionalMoment(columns.leadCreatedAt, 'lead creation date');
  const opportunityCreated = optionalMoment(
    columns.opportunityCreatedAt,
    'opportunity creation date',
  );
  let revenue: number | null = null;
  if (columns.revenue >= 0 && !isBlank(row[columns.revenue])) {
    revenue = readAmount(row[columns.revenue]);
    if (revenue === null) report(columns.revenue, 'unreadable revenue');
  }
  if (bad || prospect === null || campaign === null || touched === null) return null;
  return {
    prospect,
    campaign,
    channel,
    touched,
    converted,
    leadCreated,
    opportunityCreated,
    revenue,
  };
}
