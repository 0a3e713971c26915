/**
 * The journal's share of the calendar sync, planned like the review events (same keys, marker,
 * reminders, idempotence and quota rules, since they join the same reconcile plan):
 * - "capture the baseline of X before it goes live" for a row with no baseline whose Set up on
 *   is in the future (on the day before) or within the last BASELINE_RECENT_DAYS (on today) —
 *   the playbook captures the baseline before automation goes live; opt-out in the settings;
 * - one event per journal follow-up date, today or later, saying why and what was decided.
 */
import { addDays, toIso, type DayNumber } from '../dates';
import { tj } from '../i18n/journal';
import { decisionLabel } from '../journal/decisions';
import type { JournalEntry } from '../journal/sheet';
import { statusNote } from '../journal/status-note';
import type { ReviewReport } from '../review/report';
import { normalizeKey } from '../text';
import { eventOrder, type PlannedEvent } from './event';
import { emailsIn } from './guests';
import { baselineKey, followUpKey, searchMarker, uniqueKeys } from './keys';
import { eventTiming, planEvents, type CalendarPlanOptions } from './plan';

/** A program set up this recently without a baseline still gets the reminder (on today). */
export const BASELINE_RECENT_DAYS = 7;

export interface JournalEventOptions extends CalendarPlanOptions {
  readonly baselineReminders: boolean;
}

function baselineEvents(report: ReviewReport, options: JournalEventOptions): PlannedEvent[] {
  if (!options.baselineReminders) return [];
  const today = report.result.today;
  const rows = report.rows
    .map((r) => r.schedule.row)
    .filter(
      (row) =>
        row.baseline === null &&
        row.setUpOn !== null &&
        row.setUpOn >= addDays(today, -BASELINE_RECENT_DAYS),
    );
  const keys = uniqueKeys(rows.map((row) => baselineKey(options, row.name)));
  return rows.map((row, i) => {
    const setUp = row.setUpOn as DayNumber;
    const day = Math.max(addDays(setUp, -1), today);
    return {
      key: keys[i],
      day,
      title: tj(options.locale, 'event.baseline', { name: row.name }),
      description: `${tj(options.locale, 'event.baseline.description', {
        name: row.name,
        setUp: toIso(setUp),
      })}\nRef. ${searchMarker(options)}`,
      ...eventTiming(day, report, options),
      guests: options.invitations ? [...new Set(emailsIn(row.owner))].sort() : [],
      rows: [row.row],
    };
  });
}

function followUpEvents(
  report: ReviewReport,
  entries: readonly JournalEntry[],
  options: JournalEventOptions,
): PlannedEvent[] {
  const today = report.result.today;
  const rowOf = new Map(
    report.rows.map((r) => [normalizeKey(r.schedule.row.name), r.schedule.row.row]),
  );
  const due = entries.filter((e) => e.followUp !== null && e.followUp >= today);
  const keys = uniqueKeys(due.map((e) => followUpKey(options, e.day, e.program)));
  return due.map((e, i) => {
    const day = e.followUp as DayNumber;
    const reason = statusNote(
      {
        noBaseline: false,
        lateBaseline: false,
        reason: {
          day: e.day === null ? null : toIso(e.day),
          why: e.why,
          decision: e.decision,
          decisionText: e.decision === null ? e.decisionText : '',
          owner: e.owner,
          followUp: toIso(day),
        },
      },
      options.locale,
    ).replace(/^Cadence ?: /, '');
    const change =
      e.change === ''
        ? ''
        : `${tj(options.locale, 'event.followUp.change', {
            date: e.day === null ? '' : toIso(e.day),
            change: e.change,
            metric: e.metric,
          })}\n`;
    const row = rowOf.get(normalizeKey(e.program));
    const title = tj(options.locale, 'event.followUp', { program: e.program });
    return {
      key: keys[i],
      day,
      title: e.decision ? `${title} · ${decisionLabel(e.decision, options.locale)}` : title,
      description: `${change}${reason}\nRef. ${searchMarker(options)}`,
      ...eventTiming(day, report, options),
      guests: options.invitations ? [...new Set(emailsIn(e.owner))].sort() : [],
      rows: row === undefined ? [] : [row],
    };
  });
}

/** The journal's events, by date then key (appended to planEvents' by the sync). */
export function planJournalEvents(
  report: ReviewReport,
  entries: readonly JournalEntry[],
  options: JournalEventOptions,
): PlannedEvent[] {
  return [...baselineEvents(report, options), ...followUpEvents(report, entries, options)].sort(
    eventOrder,
  );
}

/**
 * Every event a review calls for — its reviews, its baseline reminders, its journal's follow-ups
 * — by date then key, as the reconcile plan expects them: the add-on's sync and download and the
 * CLI's --ics all write this one plan.
 */
export function planCalendar(
  report: ReviewReport,
  entries: readonly JournalEntry[],
  options: JournalEventOptions,
): PlannedEvent[] {
  return [...planEvents(report, options), ...planJournalEvents(report, entries, options)].sort(
    eventOrder,
  );
}
