/**
 * Calendar dates without time zones. Review dates are *calendar* dates in the spreadsheet's
 * time zone, so all arithmetic happens on day numbers (days since 1970-01-01), never on
 * instants: adding 90 days can never drift by an hour across DST.
 */

/** 'YYYY-MM-DD'. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

/** Days since 1970-01-01 (proleptic Gregorian). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function toIso(day: DayNumber): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}` as IsoDate;
}

/** Parses 'YYYY-MM-DD' strictly (rejects 2026-02-30); null otherwise. */
export function parseIso(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Builds a day number only if y-m-d is a real calendar date. */
export function validDay(y: number, m: number, d: number): DayNumber | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) return null;
  const n = dayNumber(y, m, d);
  const back = new Date(n * MS_PER_DAY);
  return back.getUTCFullYear() === y && back.getUTCMonth() + 1 === m && back.getUTCDate() === d
    ? n
    : null;
}

export function addDays(day: DayNumber, days: number): DayNumber {
  return day + days;
}

/** Year, month (1-12) and day of a day number. */
export function ymd(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone, for the wall-clock date and time of an instant there. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of an instant in a time zone: year, month (1-12), day, hour, minute, second. */
function wallClock(instant: Date, timeZone: string): Record<string, number> {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return p;
}

/** True when the runtime knows this IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date an instant falls on in a time zone. Sheets hands date cells to Apps Script
 * as instants at local midnight of the spreadsheet's zone, so this recovers the date the user typed.
 */
export function dayInZone(instant: Date, timeZone: string): DayNumber | null {
  const t = instant.getTime();
  if (!Number.isFinite(t)) return null;
  const p = wallClock(instant, timeZone);
  return dayNumber(p.year, p.month, p.day);
}

/** The instant of local midnight of a calendar date in a time zone (how Sheets stores dates). */
export function midnightInZone(day: DayNumber, timeZone: string): Date {
  // Start from UTC midnight and correct by the zone's offset; a second pass settles DST edges.
  let guess = day * MS_PER_DAY;
  for (let i = 0; i < 3; i++) {
    const offset = zoneOffsetMs(new Date(guess), timeZone);
    const next = day * MS_PER_DAY - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

/** Offset of local wall time from UTC at an instant, in ms (Paris in winter: +3,600,000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
