/**
 * When a reminder can still fire. Calendar reminders count minutes *before the start* of an event,
 * from 5 to 40,320 (CalendarEvent.addPopupReminder, https://developers.google.com/apps-script/reference/calendar/calendar-event;
 * the Calendar API's EventReminder: "minutes before the start of the event"). An all-day event
 * starts at midnight, so once its day has begun none of its reminders can fire: a review put on
 * today (overdue, or due today) with only a "15 h before" popup never pops up.
 *
 * So an event on today is a short timed event, placed so that its popup fires at 09:00 that day,
 * or 10 minutes from now when later; the .ics gives the same instant as an absolute alarm.
 */
import { dayInZone, type DayNumber, zoneOffsetMs } from '../dates';

/** Minutes between the popup and the start of a today event: within Google's 5–40,320. */
export const TODAY_LEAD_MINUTES = 10;
/** How long a today event lasts in the calendar. */
export const TODAY_EVENT_MINUTES = 30;
/** The popup fires no earlier than this local time of day (minutes after midnight): 09:00. */
export const MORNING_MINUTE = 9 * 60;
/** When the sync runs after 09:00, the popup fires this many minutes later. */
export const SOON_MINUTES = 10;

/** Google's bounds for reminder minutes (addPopupReminder / addEmailReminder). */
export const MIN_REMINDER_MINUTES = 5;
export const MAX_REMINDER_MINUTES = 40_320;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The instant of a local wall-clock time (minutes after midnight) on a day in a time zone. */
export function wallClockInZone(day: DayNumber, minute: number, timeZone: string): number {
  const wall = day * MS_PER_DAY + minute * MS_PER_MINUTE;
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const next = wall - zoneOffsetMs(new Date(guess), timeZone);
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

/**
 * When the popup of an event on `today` should fire: 09:00 local, or 10 minutes after the minute
 * `now` falls in when that is later (a sync that reads the clock at 11:00:40 gives 11:10: still
 * more than 9 minutes ahead, and the same figure whatever its own calls cost). Without `now`, or when `now` is not on `today` (a review
 * run "as of" another date), 09:00.
 */
export function todayAlertAt(today: DayNumber, timeZone: string, now?: Date): number {
  const morning = wallClockInZone(today, MORNING_MINUTE, timeZone);
  if (!now || dayInZone(now, timeZone) !== today) return morning;
  const soon = Math.floor(now.getTime() / MS_PER_MINUTE) + SOON_MINUTES;
  return Math.max(morning, soon * MS_PER_MINUTE);
}

/** The start and end of the timed event whose popup (TODAY_LEAD_MINUTES before) fires at `alertAt`. */
export function todayEventTimes(alertAt: number): { start: Date; end: Date } {
  const start = alertAt + TODAY_LEAD_MINUTES * MS_PER_MINUTE;
  return { start: new Date(start), end: new Date(start + TODAY_EVENT_MINUTES * MS_PER_MINUTE) };
}

/** Minutes kept within Google's 5–40,320, so addPopupReminder never throws. */
export function reminderMinutes(minutes: number): number {
  return Math.min(MAX_REMINDER_MINUTES, Math.max(MIN_REMINDER_MINUTES, Math.round(minutes)));
}
