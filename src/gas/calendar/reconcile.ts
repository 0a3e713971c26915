/**
 * Brings one Calendar event in line with its planned event, field by field, writing only what
 * differs. Used for events whose state the mapping cannot vouch for (adopted after the mapping was
 * lost, or left half-written) and for planned changes; an adopted event that is already right
 * costs reads only.
 */
import { todayEventTimes } from '../../core/calendar/alert';
import type { PlannedEvent } from '../../core/calendar/event';
import { dayInZone } from '../../core/dates';
import { allDayArgument, allDayOf } from './all-day';

export const TAG = 'cadence-key';

type CalEvent = GoogleAppsScript.Calendar.CalendarEvent;

function sameList(a: readonly number[], b: readonly number[]): boolean {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * An event deleted by hand: getEventById returns null, or (the Calendar API's events.get returns
 * deleted events with status "cancelled") an event that reads as cancelled. Either way it is
 * never "reconciled" back to life: the update path creates a new event instead.
 */
export function gone(ev: CalEvent | null): ev is null {
  return ev === null;
}

/** Returns how many fields differ; writes them when `write`. */
export function reconcile(ev: CalEvent, e: PlannedEvent, scriptTz: string, write: boolean): number {
  let n = 0;
  const fix = (wrong: boolean, apply: () => void): void => {
    if (!wrong) return;
    n++;
    if (write) apply();
  };
  fix(ev.getTitle() !== e.title, () => ev.setTitle(e.title));
  fix(ev.getDescription() !== e.description, () => ev.setDescription(e.description));
  fix(!onPlannedDay(ev, e, scriptTz), () => setDay(ev, e, scriptTz));
  fix(ev.getTag(TAG) !== e.key, () => ev.setTag(TAG, e.key));
  const remindersWrong =
    !sameList(ev.getPopupReminders(), e.popupMinutes) ||
    !sameList(ev.getEmailReminders(), e.emailMinutes);
  fix(remindersWrong, () => setReminders(ev, e));
  const guests = ev.getGuestList().map((g) => g.getEmail().toLowerCase());
  for (const g of e.guests) fix(!guests.includes(g), () => ev.addGuest(g));
  for (const g of guests) fix(!e.guests.includes(g), () => ev.removeGuest(g));
  return n;
}

/**
 * Whether the event sits where planned: all-day on its day, or — an event on today, so that its
 * popup can still fire — timed, starting on the same day as planned (the exact minute is the
 * first sync's of the day: a later sync does not move it by a few minutes).
 */
export function onPlannedDay(ev: CalEvent, e: PlannedEvent, scriptTz: string): boolean {
  if (e.alertAt === null)
    return ev.isAllDayEvent() && allDayOf(ev.getAllDayStartDate(), scriptTz) === e.day;
  if (ev.isAllDayEvent()) return false;
  const planned = todayEventTimes(e.alertAt).start;
  return (
    dayInZone(new Date(ev.getStartTime().getTime()), scriptTz) === dayInZone(planned, scriptTz)
  );
}

function setDay(ev: CalEvent, e: PlannedEvent, scriptTz: string): void {
  if (e.alertAt === null) ev.setAllDayDate(allDayArgument(e.day, scriptTz));
  else {
    const { start, end } = todayEventTimes(e.alertAt);
    ev.setTime(start, end);
  }
}

/** Calendar gives new events the calendar's default reminders: replace them with ours. */
export function setReminders(ev: CalEvent, e: PlannedEvent): void {
  ev.removeAllReminders();
  for (const m of e.popupMinutes) ev.addPopupReminder(m);
  for (const m of e.emailMinutes) ev.addEmailReminder(m);
}
