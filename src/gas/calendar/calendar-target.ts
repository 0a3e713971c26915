/**
 * Which calendar the events go to: the user's default calendar, or a dedicated "Cadence reviews"
 * calendar created on the first sync that needs it (settings.calendar = 'dedicated') and
 * remembered in user properties: it is this user's calendar (another user of the spreadsheet has
 * their own), shared by all their spreadsheets.
 */
import type { CalendarChoice } from '../../core/settings';

export const DEDICATED_NAME = 'Cadence reviews';
const DEDICATED_KEY = 'cadence.cal.dedicatedId';

type Calendar = GoogleAppsScript.Calendar.Calendar;

export interface Target {
  readonly calendar: Calendar | null;
  /** Just created: it holds none of our events, nothing to look for. */
  readonly fresh: boolean;
}

/** With create = false (preview) a dedicated calendar not made yet is null. */
export function targetCalendar(choice: CalendarChoice, timeZone: string, create: boolean): Target {
  if (choice === 'default') return { calendar: CalendarApp.getDefaultCalendar(), fresh: false };
  const props = PropertiesService.getUserProperties();
  const id = props.getProperty(DEDICATED_KEY);
  const existing = id === null ? null : CalendarApp.getCalendarById(id);
  if (existing) return { calendar: existing, fresh: false };
  // The remembered id can be lost with the document properties: find the calendar by name.
  const named = CalendarApp.getOwnedCalendarsByName(DEDICATED_NAME)[0];
  if (named) {
    if (create) props.setProperty(DEDICATED_KEY, named.getId());
    return { calendar: named, fresh: false };
  }
  if (!create) return { calendar: null, fresh: true };
  const calendar = CalendarApp.createCalendar(DEDICATED_NAME, { timeZone });
  props.setProperty(DEDICATED_KEY, calendar.getId());
  return { calendar, fresh: true };
}
