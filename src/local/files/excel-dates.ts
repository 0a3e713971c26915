/**
 * Excel stores a date as a wall-clock serial with no time zone; exceljs hands it over as a Date
 * whose UTC fields are that wall clock. Sheets stores an instant and shows it in the
 * spreadsheet's zone. These two conversions keep the calendar day (and time of day) the same.
 */
import { dayNumber, midnightInZone, zoneOffsetMs } from '../../core/dates';

const MS_PER_DAY = 86_400_000;

/** exceljs wall-clock Date → the instant Sheets would hold for that wall clock in `timeZone`. */
export function wallClockToZone(date: Date, timeZone: string): Date {
  const day = dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const timeOfDay = date.getTime() - Math.floor(date.getTime() / MS_PER_DAY) * MS_PER_DAY;
  return new Date(midnightInZone(day, timeZone).getTime() + timeOfDay);
}

const HOUR_MS = 3_600_000;
/** Offset per zone and UTC hour, for hours with no zone transition inside them. */
const offsets = new Map<string, number>();

function offsetAt(ms: number, timeZone: string): number {
  const hour = Math.floor(ms / HOUR_MS);
  const key = `${timeZone}|${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const atStart = zoneOffsetMs(new Date(hour * HOUR_MS), timeZone);
  const atEnd = zoneOffsetMs(new Date(hour * HOUR_MS + HOUR_MS - 1), timeZone);
  // An hour holding a transition (DST, or a historical local-mean-time switch) is not cached.
  if (atStart !== atEnd) return zoneOffsetMs(new Date(ms), timeZone);
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, atStart);
  return atStart;
}

/**
 * An instant → a Date whose UTC fields are its wall clock in `timeZone`, what exceljs writes.
 * Intl is slow and a big sheet holds thousands of dates on a few days, hence the memo.
 */
export function zoneToWallClock(instant: Date, timeZone: string): Date {
  const ms = instant.getTime();
  return new Date(ms + offsetAt(ms, timeZone));
}

/** Whether the wall clock is exactly midnight, i.e. the cell holds a date without a time. */
export function isMidnight(wallClock: Date): boolean {
  return wallClock.getTime() % MS_PER_DAY === 0;
}
