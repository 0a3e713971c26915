/**
 * Everything a calendar action starts from: the review sheet read once, the settings, the
 * language, and the events the report calls for.
 */
import type { PlannedEvent } from '../../core/calendar/event';
import { tl } from '../../core/i18n/limits';
import type { Settings, SettingsProblem } from '../../core/settings';
import type { Locale } from '../../core/types';
import { userLocale } from '../locale';
import { readReviewSource, reviewSheet, type ReviewSource } from '../review-source';
import { loadSettingsRead } from '../settings-store';
import type { SyncRequest } from './sync';
import { planCalendar } from '../../core/calendar/journal-events';
import { readJournal, type JournalEntry } from '../../core/journal/sheet';
import { readJournalGrid } from '../journal/journal-sheet';

/** The Journal's entries (two Sheets calls), for their follow-up events; none without one. */
function journalEntries(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
): readonly JournalEntry[] {
  const grid = readJournalGrid(spreadsheet);
  return grid ? readJournal(grid, timeZone).entries : [];
}

export interface CalendarContext {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly source: ReviewSource;
  readonly settings: Settings;
  /** The user's language, for events in their calendar and messages. */
  readonly locale: Locale;
  readonly desired: readonly PlannedEvent[];
  readonly request: SyncRequest;
  /** Sentences to add to the result: stored settings Cadence could not use as they are. */
  readonly notes: readonly string[];
}

/** A stored reminder outside Calendar's range is used clamped (core/settings.ts); say so. */
export function settingsNotes(locale: Locale, problems: readonly SettingsProblem[]): string[] {
  return problems
    .filter((p) => p.field.startsWith('reminders.') && p.used !== undefined)
    .map((p) =>
      tl(locale, 'settings.reminderClamped', {
        kind: tl(
          locale,
          p.field === 'reminders.popupMinutes' ? 'reminder.popup' : 'reminder.email',
        ),
        value: p.value ?? '',
        used: p.used ?? '',
      }),
    );
}

/** fromUi: the active sheet; from a trigger: the sheet remembered by the last refresh or sync. */
export function calendarContext(fromUi: boolean): CalendarContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = reviewSheet(spreadsheet, fromUi);
  const read = loadSettingsRead();
  const settings = read.settings;
  const source = readReviewSource(sheet, settings);
  const locale = settings.language ?? userLocale();
  const sheetId = String(sheet.getSheetId());
  // Sheet ids repeat across files (every first sheet is gid 0): the spreadsheet id scopes them.
  const spreadsheetId = spreadsheet.getId();
  const planOptions = {
    spreadsheetId,
    sheetId,
    locale,
    grouping: settings.grouping,
    reminders: settings.reminders,
    invitations: settings.invitations,
    spreadsheetUrl: spreadsheet.getUrl(),
    // An event on today gets its popup at 09:00, or 10 minutes from now when later.
    now: new Date(),
    timeZone: source.timeZone,
  };
  const desired = planCalendar(source.report, journalEntries(spreadsheet, source.timeZone), {
    ...planOptions,
    baselineReminders: settings.baselineReminders,
  });
  return {
    spreadsheet,
    source,
    settings,
    locale,
    desired,
    notes: settingsNotes(locale, read.problems),
    request: {
      spreadsheetId,
      sheetId,
      desired,
      choice: settings.calendar,
      timeZone: source.timeZone,
      today: source.today,
    },
  };
}
