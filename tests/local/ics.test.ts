/**
 * The .ics files (the CLI's `--ics` and the add-on's download, both written by
 * core) parsed back with an independent parser, ical.js: same events, dates and reminders as the
 * calendar plan.
 */
import ICAL from 'ical.js';
import path from 'path';
import { toIcs } from '../../src/core/calendar/ics';
import { planEvents } from '../../src/core/calendar/plan';
import type { PlannedEvent } from '../../src/core/calendar/event';
import { parseIso, toIso } from '../../src/core/dates';
import { reviewReport, type ReviewReport } from '../../src/core/review/report';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { writeIcs } from '../../src/local/files/ics';
import { pickSheet, readWorkbook } from '../../src/local/files/read-grid';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  isDate: boolean;
  /** Relative alarms in minutes before the all-day start; absolute ones (today events) at an instant. */
  alarms: Array<{ action: string; minutesBefore: number } | { action: string; at: string }>;
  attendees: string[];
}

function parse(text: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((c) => {
    const event = new ICAL.Event(c);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
      alarms: c.getAllSubcomponents('valarm').map((a) => {
        const action = String(a.getFirstPropertyValue('action'));
        const trigger = a.getFirstPropertyValue('trigger');
        return trigger instanceof ICAL.Time
          ? { action, at: trigger.toJSDate().toISOString() }
          : { action, minutesBefore: -(trigger as ICAL.Duration).toSeconds() / 60 };
      }),
      attendees: c
        .getAllProperties('attendee')
        .map((p) => String(p.getFirstValue()).replace(/^mailto:/i, '')),
    };
  });
}

function when(e: PlannedEvent, minutes: number): { minutesBefore: number } | { at: string } {
  return e.alertAt === null
    ? { minutesBefore: minutes }
    : { at: new Date(e.alertAt).toISOString() };
}

function expected(events: readonly PlannedEvent[]) {
  return events.map((e) => ({
    summary: e.title,
    description: e.description,
    start: toIso(e.day),
    end: toIso(e.day + 1),
    isDate: true,
    alarms: [
      ...e.popupMinutes.map((m) => ({ action: 'DISPLAY', ...when(e, m) })),
      ...e.emailMinutes.map((m) => ({
        action: e.guests.length > 0 ? 'EMAIL' : 'DISPLAY',
        ...when(e, m),
      })),
    ],
    attendees: [...e.guests],
  }));
}

let report: ReviewReport;
beforeAll(async () => {
  const timeZone = 'Europe/Paris';
  const sheet = pickSheet(
    await readWorkbook(path.join(__dirname, '../../examples/review.xlsx'), timeZone),
    'Review',
    'review.xlsx',
  );
  report = reviewReport(sheet.rows, { timeZone, today: parseIso('2026-11-22') as number });
});

const settings = {
  grouping: 'per_row' as const,
  reminders: { popupMinutes: 1440, emailMinutes: 2880 },
  invitations: true,
};

/** The add-on's plan of this report, for a spreadsheet at `spreadsheetUrl` (gid 0). */
const planFor = (locale: 'en' | 'fr', spreadsheetUrl: string | null, now?: Date) =>
  planEvents(report, {
    spreadsheetId: 'local',
    sheetId: '0',
    locale,
    spreadsheetUrl,
    now,
    ...settings,
  });

describe("writeIcs (the CLI's --ics) on examples/review.xlsx", () => {
  it('lists the same events, all-day dates and reminders as the plan', () => {
    const plan = planFor('en', null, new Date('2026-11-22T09:00:00Z'));
    const text = writeIcs(report, {
      sheetName: 'Review',
      settings,
      now: new Date('2026-11-22T09:00:00Z'),
    });
    const parsed = parse(text);
    // 30 rows: 17 singles + content groups (Webinars incl. the partner series, Videos, Emails, White papers).
    expect(parsed).toHaveLength(plan.length);
    expect(parsed.map(({ uid: _uid, ...rest }) => rest)).toEqual(expected(plan));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(plan.length);
    const welcome = parsed.find((e) => e.summary === 'Review: Welcome nurture (nurture program)');
    expect(welcome).toMatchObject({
      start: '2026-11-29',
      end: '2026-11-30',
      alarms: [
        { action: 'DISPLAY', minutesBefore: 1440 },
        { action: 'EMAIL', minutesBefore: 2880 },
      ],
      attendees: ['claire.martin@example.com'],
    });
    expect(text).toMatch(/DTSTART;VALUE=DATE:20261129\r\n/);
  });

  it('uses the default reminder (a popup at 09:00 the day before) without settings', () => {
    const parsed = parse(writeIcs(report, { sheetName: 'Review' }));
    const welcome = parsed.find((e) => e.summary === 'Review: Welcome nurture (nurture program)');
    expect(welcome?.alarms).toEqual([{ action: 'DISPLAY', minutesBefore: 900 }]);
    expect(parsed[0].attendees).toEqual([]);
  });

  it('gives an event on today an alarm still ahead, never "15 h before" its past midnight', () => {
    // Today 2026-11-22 in Paris (UTC+1); the overdue reviews sit on today.
    const early = parse(
      writeIcs(report, { sheetName: 'Review', now: new Date('2026-11-22T06:30:00Z') }),
    );
    expect(early[0].start).toBe('2026-11-22');
    // Written at 07:30 Paris time: the alarm is at 09:00 Paris = 08:00 UTC.
    expect(early[0].alarms).toEqual([{ action: 'DISPLAY', at: '2026-11-22T08:00:00.000Z' }]);
    // Written at 15:42:30 Paris time: 10 minutes after the minute it falls in, 15:52.
    const late = parse(
      writeIcs(report, { sheetName: 'Review', now: new Date('2026-11-22T14:42:30Z') }),
    );
    expect(late[0].alarms).toEqual([{ action: 'DISPLAY', at: '2026-11-22T14:52:00.000Z' }]);
  });
});

describe("the add-on's own writer (core toIcs)", () => {
  it('agrees with the plan too, UIDs included, and folds long lines at 75 octets', () => {
    const plan = planFor('fr', 'https://docs.google.com/spreadsheets/d/abc/edit');
    const text = toIcs(plan, {
      now: new Date('2026-11-22T09:00:00Z'),
      calendarName: 'Cadence · Revue',
    });
    const parsed = parse(text);
    expect(parsed.map(({ uid: _uid, ...rest }) => rest)).toEqual(expected(plan));
    const fromCli = parse(writeIcs(report, { sheetName: 'Review', settings, locale: 'fr' }));
    expect(parsed.map((e) => e.uid)).toEqual(fromCli.map((e) => e.uid));
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // Another file whose sheet has the same id (gid 0): other UIDs, so importing both never
    // makes one file's events replace the other's.
    const other = parse(
      writeIcs(report, { sheetName: 'Review', settings, locale: 'fr', spreadsheetId: 'copy' }),
    );
    expect(other.map((e) => e.uid).filter((uid) => fromCli.some((e) => e.uid === uid))).toEqual([]);
    expect(DEFAULT_SETTINGS.reminders.popupMinutes).toBe(900);
  });
});
