/**
 * `cadence review … --ics out.ics`: the review's planned calendar events as an RFC 5545 file
 * for Outlook, Apple Calendar or a Google Calendar import, written with ical-generator. The
 * events are exactly the add-on's (src/core/calendar/plan): all-day DATE values (the same day in
 * every zone), a display alarm per popup reminder and an e-mail alarm per e-mail reminder, UIDs
 * from the event keys so importing a newer file updates rather than doubles.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { distinctTitles, icsUid } from '../../core/calendar/ics';
import { tc } from '../../core/i18n/cli';
import { normalizeKey } from '../../core/text';
import { planEvents } from '../../core/calendar/plan';
import type { ReviewReport } from '../../core/review-report';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { Locale } from '../../core/types';

const MS_PER_DAY = 86_400_000;

export interface WriteIcsOptions {
  /** The sheet's name, for the calendar's name. */
  readonly sheetName: string;
  readonly locale?: Locale;
  /** Grouping, reminders and invitations; the add-on's defaults otherwise. */
  readonly settings?: Pick<Settings, 'grouping' | 'reminders' | 'invitations'>;
  /**
   * With the sheet id, part of each event's key and so its UID: two files whose sheets share an
   * id get different UIDs. The file's name is a good value; 'local' by default.
   */
  readonly spreadsheetId?: string;
  /** Part of each event's key (and UID); '0' (the first sheet) by default. */
  readonly sheetId?: string;
  /** DTSTAMP; now by default. */
  readonly now?: Date;
}

/** ical-generator writes an all-day date from the Date's UTC fields: UTC midnight of the day. */
function utcDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function writeIcs(report: ReviewReport, options: WriteIcsOptions): string {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const locale = options.locale ?? 'en';
  const planned = planEvents(report, {
    spreadsheetId: options.spreadsheetId ?? 'local',
    sheetId: options.sheetId ?? '0',
    locale,
    grouping: settings.grouping,
    reminders: settings.reminders,
    invitations: settings.invitations,
    spreadsheetUrl: null,
    // An event on today alarms at 09:00, or 10 minutes after the file is written when later.
    now: options.now ?? new Date(),
  });
  const events = distinctTitles(planned, locale);
  const calendar = ical({
    name: `Cadence · ${options.sheetName}`,
    scale: 'GREGORIAN',
    prodId: { company: 'Cadence', product: 'Review reminders', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const stamp = options.now ?? new Date();
  for (const e of events) {
    // An event on today alarms at an absolute instant still ahead (core/calendar/alert): its
    // midnight start has passed, so "minutes before" would already be over.
    const trigger = (minutes: number): number | Date =>
      e.alertAt === null ? minutes * 60 : new Date(e.alertAt);
    const event = calendar.createEvent({
      id: icsUid(e),
      start: utcDate(e.day),
      end: utcDate(e.day + 1),
      allDay: true,
      stamp,
      summary: e.title,
      description: e.description,
      transparency: ICalEventTransparency.TRANSPARENT,
      attendees: e.guests.map((email) => ({ email, rsvp: true })),
    });
    for (const minutes of e.popupMinutes) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: trigger(minutes),
        description: e.title,
      });
    }
    for (const minutes of e.emailMinutes) {
      // An e-mail alarm needs a recipient: without one, it can only be a display alarm.
      event.createAlarm(
        e.guests.length > 0
          ? {
              type: ICalAlarmType.email,
              trigger: trigger(minutes),
              summary: e.title,
              description: e.title,
              attendees: e.guests.map((email) => ({ email })),
            }
          : { type: ICalAlarmType.display, trigger: trigger(minutes), description: e.title },
      );
    }
  }
  // RFC 5545 §3.1: every line ends with CRLF; ical-generator leaves the last one bare.
  return calendar.toString().replace(/(\r\n)?$/, '\r\n');
}

/** One warning per name shared by several programs, in the user's language. */
export function duplicateNameWarnings(report: ReviewReport, locale: Locale): string[] {
  const byName = new Map<string, { name: string; rows: number[] }>();
  for (const r of report.rows) {
    const key = normalizeKey(r.schedule.row.name);
    const entry = byName.get(key) ?? { name: r.schedule.row.name, rows: [] };
    entry.rows.push(r.schedule.row.row);
    byName.set(key, entry);
  }
  return [...byName.values()]
    .filter((e) => e.rows.length > 1)
    .map((e) => tc(locale, 'note.duplicateName', { name: e.name, rows: e.rows.join(', ') }));
}
