/**
 * The desired calendar: which all-day events a review report calls for.
 * - per row (default): one event per scheduled row on its next review date;
 * - content rows reviewed as a group share one event per group (the playbook reviews content as
 *   groups), on the group's date;
 * - per day (setting): everything due on the same day in one event, for fewer calendar writes.
 * Unscheduled rows get no event. An overdue row's event is on today, not on its past due date
 * (a reminder in the past never pops up); its description says since when the review is due.
 * An event on today gets its popup at a time still ahead (alert.ts): 09:00, or in 10 minutes.
 * The key stays, so the event moves — at most one update per day — and Calendar never holds two.
 */
import type { DayNumber } from '../dates';
import { reminderMinutes, TODAY_LEAD_MINUTES, todayAlertAt } from './alert';
import type { ReviewReport, RowReport } from '../review/report';
import type { EventGrouping, Reminders } from '../settings';
import type { Locale } from '../types';
import { describe, groupTitle, rowTitle } from './describe';
import { eventOrder, type PlannedEvent } from './event';
import { emailsIn } from './guests';
import { dayKey, groupEventKey, rowKey, searchMarker, uniqueKeys, type SheetScope } from './keys';
import { tc } from '../i18n/calendar';

export interface CalendarPlanOptions extends SheetScope {
  /** Spreadsheet.getId() (the CLI: a name for the file), part of every key with the sheet id. */
  readonly spreadsheetId: string;
  /** The review sheet's id (Sheet.getSheetId). */
  readonly sheetId: string;
  readonly locale: Locale;
  readonly grouping: EventGrouping;
  readonly reminders: Reminders;
  /** Invite the Owner column's addresses. */
  readonly invitations: boolean;
  /** For a link to each row; null leaves the link out (the CLI's .ics has no spreadsheet). */
  readonly spreadsheetUrl: string | null;
  /**
   * When the plan is made (the sync, or the .ics export): an event on today gets its popup 10
   * minutes later when that is after 09:00. Absent: 09:00.
   */
  readonly now?: Date;
  /** The zone of 09:00; the review sheet's by default. */
  readonly timeZone?: string;
}

/** Rows reviewed together: one row, or a content group. */
interface Subject {
  readonly key: string;
  readonly day: DayNumber;
  readonly title: string;
  readonly rows: readonly RowReport[];
}

function joinsGroupEvent(r: RowReport): boolean {
  const { row, basis } = r.schedule;
  return (
    row.type === 'content' &&
    row.groupKey !== null &&
    basis.rule !== 'collecting' &&
    basis.rule !== 'urgent'
  );
}

function subjects(report: ReviewReport, options: CalendarPlanOptions): Subject[] {
  const scheduled = report.rows.filter((r) => r.schedule.next !== null);
  const singles = scheduled.filter((r) => !joinsGroupEvent(r));
  const keys = uniqueKeys(
    singles.map((r) => rowKey(options, r.schedule.row.type, r.schedule.row.name)),
  );
  const today = report.result.today;
  const out: Subject[] = singles.map((r, i) => ({
    key: keys[i],
    day: Math.max(r.schedule.next as DayNumber, today),
    title: rowTitle(options.locale, r),
    rows: [r],
  }));
  const groups = new Map<string, RowReport[]>();
  for (const r of scheduled.filter(joinsGroupEvent)) {
    const id = r.schedule.row.groupKey as string;
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  for (const [id, rows] of groups) {
    out.push({
      key: groupEventKey(options, id),
      day: Math.max(Math.min(...rows.map((r) => r.schedule.next as DayNumber)), today),
      title: groupTitle(options.locale, rows[0].schedule.row.group as string, rows.length),
      rows,
    });
  }
  return out;
}

/**
 * When an event's reminders fire: before its all-day start, or — for an event on today, which
 * cannot use "minutes before midnight" — at alertAt.
 */
export function eventTiming(
  day: DayNumber,
  report: ReviewReport,
  options: CalendarPlanOptions,
): Pick<PlannedEvent, 'alertAt' | 'popupMinutes' | 'emailMinutes'> {
  const { popupMinutes, emailMinutes } = options.reminders;
  const onToday = day === report.result.today;
  const alertAt = onToday
    ? todayAlertAt(day, options.timeZone ?? report.result.sheet.timeZone, options.now)
    : null;
  const minutes = (m: number | null): number[] =>
    m === null ? [] : [reminderMinutes(onToday ? TODAY_LEAD_MINUTES : m)];
  return { alertAt, popupMinutes: minutes(popupMinutes), emailMinutes: minutes(emailMinutes) };
}

function event(
  key: string,
  day: DayNumber,
  title: string,
  rows: readonly RowReport[],
  options: CalendarPlanOptions,
  report: ReviewReport,
): PlannedEvent {
  const guests = options.invitations
    ? [...new Set(rows.flatMap((r) => emailsIn(r.schedule.row.owner)))].sort()
    : [];
  return {
    key,
    day,
    title,
    // The marker's line lets a sync find this sheet's events with one Calendar search.
    description: `${describe(options.locale, rows, {
      spreadsheetUrl: options.spreadsheetUrl,
      sheetId: options.sheetId,
    })}\nRef. ${searchMarker(options)}`,
    ...eventTiming(day, report, options),
    guests,
    rows: rows.map((r) => r.schedule.row.row).sort((a, b) => a - b),
  };
}

/** The events the report calls for, by date then key. */
export function planEvents(report: ReviewReport, options: CalendarPlanOptions): PlannedEvent[] {
  const all = subjects(report, options);
  let events: PlannedEvent[];
  if (options.grouping === 'per_day') {
    const byDay = new Map<DayNumber, Subject[]>();
    for (const s of all) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s]);
    events = [...byDay].map(([day, list]) => {
      const rows = list
        .flatMap((s) => s.rows)
        .sort((a, b) => a.schedule.row.row - b.schedule.row.row);
      const title =
        list.length === 1 ? list[0].title : tc(options.locale, 'title.day', { count: rows.length });
      return event(dayKey(options, day), day, title, rows, options, report);
    });
  } else {
    events = all.map((s) => event(s.key, s.day, s.title, s.rows, options, report));
  }
  return events.sort(eventOrder);
}
