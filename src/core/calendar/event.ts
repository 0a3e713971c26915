/**
 * One event Cadence wants in the calendar. Every field that ends up in Calendar is here, so a
 * fingerprint of this object tells whether the event Calendar holds is still right without
 * asking Calendar (the second sync of an unchanged sheet makes no Calendar call at all).
 */
import { toIso, type DayNumber } from '../dates';
import { digest } from './hash';

export interface PlannedEvent {
  /** Stable identity across syncs: the same row keeps the same key when its date moves. */
  readonly key: string;
  /** The all-day date, a calendar date in the spreadsheet's time zone. */
  readonly day: DayNumber;
  readonly title: string;
  readonly description: string;
  /**
   * Set for an event on today (overdue or due today): the instant its popup fires (alert.ts).
   * Calendar holds it as a timed event starting TODAY_LEAD_MINUTES later; the .ics as an all-day
   * event with an absolute alarm. null: an all-day event, reminders before its midnight start.
   */
  readonly alertAt: number | null;
  /** Minutes before the start (of the day, or of a today event); at most one of each kind. */
  readonly popupMinutes: readonly number[];
  readonly emailMinutes: readonly number[];
  /** Lower-case addresses, sorted; empty unless invitations are on. */
  readonly guests: readonly string[];
  /** The sheet rows the event is about (1-based). */
  readonly rows: readonly number[];
}

/** The order of a plan: by date, then key. */
export function eventOrder(a: PlannedEvent, b: PlannedEvent): number {
  return a.day - b.day || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** What a sync recorded for an event: its Calendar id and the fingerprint it was written with. */
export interface MappedEvent {
  /** '' = creation announced but its id never recorded (the run stopped half-way). */
  readonly id: string;
  /** '' = the event may be incomplete (or was adopted): compare it field by field. */
  readonly hash: string;
  readonly day: DayNumber;
}

export function fingerprint(event: PlannedEvent): string {
  return digest(
    JSON.stringify([
      toIso(event.day),
      // Whether it is a today event, not the exact instant: a second sync later the same day
      // finds it unchanged (zero calls) instead of moving it by a few minutes.
      event.alertAt !== null,
      event.title,
      event.description,
      event.popupMinutes,
      event.emailMinutes,
      event.guests,
    ]),
  );
}

/** The mapping is keyed by a digest of the key, which can be long (program names). */
export function keyDigest(key: string): string {
  return digest(key);
}
