/**
 * When a touch (or a conversion, or a milestone) happened: an instant for ordering and the
 * calendar day in the report's time zone for windows, same-day groups and time decay.
 *
 * Date cells are instants (Sheets stores a typed date as local midnight of the spreadsheet's zone);
 * text is wall-clock time in that zone. A value at exactly local midnight counts as "date only",
 * because Sheets cannot tell a typed date from a typed 00:00: date-only values are compared by day.
 */
import type { CellValue } from '../types';
import { type DayNumber, dayInZone, midnightInZone, validDay } from '../dates';

export interface Moment {
  /** Epoch milliseconds, for ordering. */
  readonly time: number;
  /** Calendar day in the report's zone. */
  readonly day: DayNumber;
  /** False for a plain date: then only the day is meaningful. */
  readonly timed: boolean;
}

const MS_PER_MINUTE = 60_000;
/** Every zone in use today is offset by a multiple of 15 minutes, so a day never starts inside one. */
const BUCKET_MS = 15 * MS_PER_MINUTE;

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/i;

/**
 * Reads moments in one time zone. Intl conversions cost microseconds each and a million-touch
 * sheet has a million dates, so days are memoised per 15-minute bucket and midnights per day.
 */
export class ZonedClock {
  private readonly dayByBucket = new Map<number, DayNumber>();
  private readonly midnightByDay = new Map<DayNumber, number>();

  constructor(readonly timeZone: string) {}

  /** null when the cell is not a date, a date-time or a date text we recognise. */
  read(cell: CellValue): Moment | null {
    if (cell instanceof Date) return this.fromInstant(cell.getTime());
    if (typeof cell === 'string') return this.fromText(cell.trim());
    return null;
  }

  private fromInstant(time: number): Moment | null {
    if (!Number.isFinite(time)) return null;
    const day = this.dayOf(time);
    if (day === null) return null;
    return { time, day, timed: time !== this.midnight(day) };
  }

  private fromText(text: string): Moment | null {
    let y: number, m: number, d: number;
    let hh: string | undefined, mm: string | undefined, ss: string | undefined;
    let zone: string | undefined;
    const iso = ISO.exec(text);
    if (iso) {
      [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
      [hh, mm, ss, zone] = [iso[4], iso[5], iso[6], iso[7]];
    } else {
      const fr = FRENCH.exec(text);
      if (!fr) return null;
      [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
      [hh, mm, ss] = [fr[4], fr[5], fr[6]];
    }
    const day = validDay(y, m, d);
    if (day === null) return null;
    if (hh === undefined) return { time: this.midnight(day), day, timed: false };
    const h = Number(hh);
    const mi = Number(mm);
    const s = ss === undefined ? 0 : Number(ss);
    if (h > 23 || mi > 59 || s > 59) return null;
    const seconds = h * 3600 + mi * 60 + s;
    if (zone !== undefined) {
      // An explicit offset makes the text an instant, like a date cell.
      const offset = zone.toUpperCase() === 'Z' ? 0 : offsetMinutes(zone);
      return this.fromInstant(Date.UTC(y, m - 1, d) + seconds * 1000 - offset * MS_PER_MINUTE);
    }
    // Wall-clock time: local midnight plus the time of day (off by the DST shift on the two
    // transition days only, which never reorders touches of the same day).
    return { time: this.midnight(day) + seconds * 1000, day, timed: seconds !== 0 };
  }

  private dayOf(time: number): DayNumber | null {
    const bucket = Math.floor(time / BUCKET_MS);
    let day = this.dayByBucket.get(bucket);
    if (day === undefined) {
      const computed = dayInZone(new Date(bucket * BUCKET_MS), this.timeZone);
      if (computed === null) return null;
      day = computed;
      this.dayByBucket.set(bucket, day);
    }
    return day;
  }

  private midnight(day: DayNumber): number {
    let t = this.midnightByDay.get(day);
    if (t === undefined) {
      t = midnightInZone(day, this.timeZone).getTime();
      this.midnightByDay.set(day, t);
    }
    return t;
  }
}

function offsetMinutes(zone: string): number {
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
