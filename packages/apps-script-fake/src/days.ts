/**
 * Calendar days in a time zone, as Sheets and Calendar store them: a date cell is the instant of
 * local midnight in the spreadsheet's zone, an all-day event a span of dates (end exclusive).
 *
 * The add-on under test has its own date arithmetic; this package keeps its own copy on purpose:
 * it imitates Google independently, so a defect in the add-on's dates cannot hide by being
 * mirrored in the imitation, and the package imports nothing of the code it tests.
 */
import { zoneOffsetMs } from './zoned';

/** 'YYYY-MM-DD', the all-day dates Calendar stores. */
export type IsoDate = string & { readonly __calendarDate: unique symbol };

/** Days since 1970-01-01 (proleptic Gregorian). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** The day number of y-m-d when it is a real calendar date (2026-02-30 is not), else null. */
export function validDay(y: number, m: number, d: number): DayNumber | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) return null;
  const back = new Date(Date.UTC(y, m - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() + 1 === m && back.getUTCDate() === d
    ? Math.floor(back.getTime() / MS_PER_DAY)
    : null;
}

export function toIso(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** Strict 'YYYY-MM-DD' → day number; null for anything else. */
export function parseIso(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The date an instant falls on in a time zone (a date cell's instant → the date typed). */
export function dayInZone(instant: Date, timeZone: string): DayNumber | null {
  const t = instant.getTime();
  if (!Number.isFinite(t)) return null;
  return Math.floor((t + zoneOffsetMs(instant, timeZone)) / MS_PER_DAY);
}

/** The instant of local midnight of a date in a time zone (how Sheets stores date cells). */
export function midnightInZone(day: DayNumber, timeZone: string): Date {
  // From UTC midnight, corrected by the zone's offset; further passes settle DST edges.
  let guess = day * MS_PER_DAY;
  for (let i = 0; i < 3; i++) {
    const next = day * MS_PER_DAY - zoneOffsetMs(new Date(guess), timeZone);
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}
