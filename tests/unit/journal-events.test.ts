/**
 * Which rows get "capture the baseline of X before it goes live": no baseline and Set up on in
 * the future (the day before) or within the last 7 days (today); and follow-up dates → events.
 */
import { midnightInZone, parseIso, toIso, type DayNumber } from '../../src/core/dates';
import { planJournalEvents } from '../../src/core/calendar/journal-events';
import { readJournal } from '../../src/core/journal/sheet';
import { reviewReport } from '../../src/core/review/report';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const ZONE = 'Europe/Paris';
const day = (iso: string) => parseIso(iso) as DayNumber;
const date = (iso: string) => midnightInZone(day(iso), ZONE);
const TODAY = day('2026-11-22');

const report = reviewReport(
  [
    ['Name', 'Baseline', 'Type', 'Set up on', date('2026-10-01')],
    ['Goes live tomorrow', '', 'nurture', date('2026-11-23'), ''],
    ['Live since Wednesday', '', 'nurture', date('2026-11-18'), ''],
    ['Live for two weeks', '', 'nurture', date('2026-11-08'), ''],
    ['Has a baseline', 12, 'nurture', date('2026-12-01'), ''],
    ['Goes live in January', '', 'nurture', date('2027-01-15'), ''],
  ],
  { timeZone: ZONE, today: TODAY },
);

const options = (baselineReminders: boolean) => ({
  spreadsheetId: 'file',
  sheetId: '0',
  locale: 'en' as const,
  grouping: DEFAULT_SETTINGS.grouping,
  reminders: DEFAULT_SETTINGS.reminders,
  invitations: false,
  spreadsheetUrl: null,
  timeZone: ZONE,
  now: new Date('2026-11-22T08:00:00Z'),
  baselineReminders,
});

describe('baseline reminders', () => {
  it('the day before go-live, or today for a program live for less than a week; none with a baseline', () => {
    const events = planJournalEvents(report, [], options(true));
    expect(events.map((e) => [e.title, toIso(e.day)])).toEqual([
      ['Capture the baseline of Goes live tomorrow before it goes live', '2026-11-22'],
      ['Capture the baseline of Live since Wednesday before it goes live', '2026-11-22'],
      ['Capture the baseline of Goes live in January before it goes live', '2027-01-14'],
    ]);
    // On today: the popup comes at a time still ahead (09:00 in Paris is 08:00 UTC), not before midnight.
    expect(events[0].alertAt).not.toBeNull();
    expect(events[2].popupMinutes).toEqual([900]);
  });

  it('turned off: none', () => {
    expect(planJournalEvents(report, [], options(false))).toEqual([]);
  });
});

describe('follow-up events', () => {
  it('one per entry with a follow-up today or later, keyed by the entry so the date can move', () => {
    const entries = readJournal(
      [
        ['Date', 'Program', 'Why', 'Decision', 'Follow-up'],
        [date('2026-10-01'), 'Has a baseline', 'Price change', 'stop', date('2026-12-01')],
        [date('2026-10-01'), 'Goes live tomorrow', 'x', '', date('2026-11-01')],
      ],
      ZONE,
    ).entries;
    const [a] = planJournalEvents(report, entries, options(false));
    const [b] = planJournalEvents(
      report,
      [{ ...entries[0], followUp: day('2026-12-05') }],
      options(false),
    );
    expect(planJournalEvents(report, entries, options(false))).toHaveLength(1);
    expect([a.title, toIso(a.day), a.rows]).toEqual(['Follow up: Has a baseline · Stop', '2026-12-01', [5]]);
    expect(b.key).toBe(a.key);
    expect(toIso(b.day)).toBe('2026-12-05');
  });
});
