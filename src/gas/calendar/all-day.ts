/**
 * CalendarApp turns the Date given to createAllDayEvent / setAllDayDate into a calendar date in
 * the script's time zone (appsscript.json), not the spreadsheet's nor the calendar's. So for the
 * spreadsheet's date D we hand over noon of D in the script's zone: it falls on D there whatever
 * the offsets, and noon never lands in a DST gap (Europe's spring-forward night included).
 */
import { dayInZone, midnightInZone, type DayNumber } from '../../core/dates';

const NOON_MS = 12 * 3_600_000;

export function allDayArgument(day: DayNumber, scriptTimeZone: string): Date {
  return new Date(midnightInZone(day, scriptTimeZone).getTime() + NOON_MS);
}

/** The date of an all-day event, from getAllDayStartDate (midnight in the script's zone). */
export function allDayOf(
  date: GoogleAppsScript.Base.Date,
  scriptTimeZone: string,
): DayNumber | null {
  return dayInZone(new Date(date.getTime()), scriptTimeZone);
}
