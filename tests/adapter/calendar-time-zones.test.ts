import { midnightInZone, parseIso } from '../../src/core/dates';
import { applyCalendarSync } from '../../src/gas/calendar/entrypoints';
import { dateCell, harness, type Harness } from './calendar-fixtures';

const ZONES = ['Europe/Paris', 'America/Los_Angeles', 'Pacific/Auckland'] as const;

/** Reviewed on 2026-12-28, a nurture program is due 90 days later: 2027-03-28, the night Europe springs forward. */
function grid(timeZone: string) {
  return [
    ['Name', 'Baseline', 'Type', dateCell('2026-12-28', timeZone)],
    ['Welcome nurture', 0.031, 'Nurture', 0.034],
  ];
}

let h: Harness;
afterEach(() => h.restore());

const combos = ZONES.flatMap((sheet) =>
  ZONES.flatMap((script) => ZONES.map((calendar) => [sheet, script, calendar] as const)),
);

describe('all-day events land on the spreadsheet date whatever the zones', () => {
  it.each(combos)('sheet %s, script %s, calendar %s: 2027-03-28', (sheet, script, calendar) => {
    h = harness(grid(sheet), {
      timeZone: sheet,
      scriptTimeZone: script,
      now: '2027-03-01T12:00:00Z',
    });
    const store = h.env.calendarStore;
    (store.calendars.get(store.defaultCalendarId) as { timeZone: string }).timeZone = calendar;
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 1 });
    const [event] = store.events();
    expect(event.start).toBe('2027-03-28');
    expect(event.end).toBe('2027-03-29');
    const live = h.env.globals.CalendarApp.getEventById(event.id);
    // Shown in the calendar's zone: from its midnight on the 28th.
    expect(live.getStartTime().getTime()).toBe(
      midnightInZone(parseIso('2027-03-28') as number, calendar).getTime(),
    );
    // And nothing to fix on the next sync.
    const before = h.env.calls.snapshot();
    applyCalendarSync();
    expect(h.env.calls.since(before).writes('CalendarApp')).toBe(0);
  });
});
