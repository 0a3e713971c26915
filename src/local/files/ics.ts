/**
 * `cadence review … --ics out.ics`: the review's planned calendar events as an RFC 5545 file
 * for Outlook, Apple Calendar or a Google Calendar import. The events are exactly the add-on's
 * (src/core/calendar/plan) and so is the writer (src/core/calendar/ics.ts, the one the add-on's
 * download uses): all-day DATE values (the same day in every zone), a display alarm per popup
 * reminder and an e-mail alarm per e-mail reminder, UIDs from the event keys so importing a
 * newer file updates rather than doubles.
 */
import { toIcs } from '../../core/calendar/ics';
import { planEvents } from '../../core/calendar/plan';
import type { ReviewReport } from '../../core/review-report';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { Locale } from '../../core/types';

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

export function writeIcs(report: ReviewReport, options: WriteIcsOptions): string {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const events = planEvents(report, {
    spreadsheetId: options.spreadsheetId ?? 'local',
    sheetId: options.sheetId ?? '0',
    locale: options.locale ?? 'en',
    grouping: settings.grouping,
    reminders: settings.reminders,
    invitations: settings.invitations,
    spreadsheetUrl: null,
  });
  return toIcs(events, {
    now: options.now ?? new Date(),
    calendarName: `Cadence · ${options.sheetName}`,
  });
}
