/**
 * `cadence review … --ics out.ics`: the review's planned calendar events as an RFC 5545 file
 * for Outlook, Apple Calendar or a Google Calendar import. The events are exactly the add-on's
 * sync (planCalendar: reviews, baseline reminders, the Journal's follow-ups) and so is the writer (src/core/calendar/ics): one writer for the CLI
 * and the add-on's download, so both files are the same, line for line. (ical-generator kept a
 * second copy of every event in memory: 200 MB more at 10,000 rows.) All-day DATE values (the
 * same day in every zone), a display alarm per popup reminder and an e-mail alarm per e-mail
 * reminder, UIDs from the event keys so importing a newer file updates rather than doubles.
 */
import { toIcs } from '../../core/calendar/ics';
import { planCalendar } from '../../core/calendar/journal-events';
import type { JournalEntry } from '../../core/journal/sheet';
import { tc } from '../../core/i18n/cli';
import type { ReviewReport } from '../../core/review/report';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { normalizeKey } from '../../core/text';
import type { Locale } from '../../core/types';

export interface WriteIcsOptions {
  /** The sheet's name, for the calendar's name. */
  readonly sheetName: string;
  readonly locale?: Locale;
  /** Grouping, reminders, invitations, baseline reminders; the add-on's defaults otherwise. */
  readonly settings?: Pick<Settings, 'grouping' | 'reminders' | 'invitations'> &
    Partial<Pick<Settings, 'baselineReminders'>>;
  /** The workbook's Journal entries, for their follow-up events; none by default. */
  readonly journal?: readonly JournalEntry[];
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
  const locale = options.locale ?? 'en';
  const events = planCalendar(report, options.journal ?? [], {
    spreadsheetId: options.spreadsheetId ?? 'local',
    sheetId: options.sheetId ?? '0',
    locale,
    grouping: settings.grouping,
    reminders: settings.reminders,
    invitations: settings.invitations,
    baselineReminders: settings.baselineReminders ?? DEFAULT_SETTINGS.baselineReminders,
    spreadsheetUrl: null,
    // An event on today alarms at 09:00, or 10 minutes after the file is written when later.
    now: options.now ?? new Date(),
  });
  return toIcs(events, {
    now: options.now ?? new Date(),
    calendarName: `Cadence · ${options.sheetName}`,
    locale,
  });
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
