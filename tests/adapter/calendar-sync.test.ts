import { applyCalendarSync, previewCalendarSync } from '../../src/gas/calendar/entrypoints';
import { BEFORE_DUE, harness, programsGrid, type Harness } from './calendar-fixtures';

let h: Harness;
afterEach(() => h.restore());

function tagged(h: Harness): string[] {
  return h.env.calendarStore
    .events()
    .map((e) => e.tags['cadence-key'])
    .sort();
}

describe('calendar sync', () => {
  it('creates one all-day event per row on its next review date, then makes no write when nothing changed', () => {
    // On 2026-10-20 every program's review (2026-11-01 …) is still ahead.
    h = harness(programsGrid(3, 'Europe/Paris'), { now: BEFORE_DUE });
    const preview = previewCalendarSync();
    expect(preview).toMatchObject({ ok: true, create: 3, update: 0, remove: 0, keep: 0 });
    expect(h.env.calls.writes('CalendarApp')).toBe(0);

    const first = applyCalendarSync();
    expect(first).toMatchObject({ ok: true, created: 3, updated: 0, deleted: 0, remaining: 0 });
    const events = h.env.calendarStore.events().sort((a, b) => a.start.localeCompare(b.start));
    expect(events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Review: Program 1 (nurture program)', '2026-11-01', '2026-11-02'],
      ['Review: Program 2 (nurture program)', '2026-11-02', '2026-11-03'],
      ['Review: Program 3 (nurture program)', '2026-11-03', '2026-11-04'],
    ]);
    expect(events[0].popupReminders).toEqual([900]);
    expect(events[0].emailReminders).toEqual([]);
    expect(events[0].guests).toEqual([]);
    expect(events[0].description).toContain('Reviewed every 31 days; last reviewed on 2026-10-01.');
    expect(events[0].description).toContain('#gid=');

    // The preview trusts the fingerprints: no Calendar call at all.
    const quiet = h.env.calls.snapshot();
    expect(previewCalendarSync()).toMatchObject({ create: 0, update: 0, remove: 0, keep: 3 });
    expect(h.env.calls.since(quiet).count('CalendarApp')).toBe(0);

    const before = h.env.calls.snapshot();
    const second = applyCalendarSync();
    const since = h.env.calls.since(before);
    expect(second).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0 });
    expect(second.message).toBe('Calendar already up to date (3 events).');
    expect(since.writes('CalendarApp')).toBe(0);
    // An explicit Sync checks the events still exist with ONE search: getDefaultCalendar,
    // Calendar.getId once, getEvents once, and each found event's id (3).
    expect(since.count('CalendarApp', 'getEvents')).toBe(1);
    expect(since.count('CalendarApp', 'getTag')).toBe(0);
    expect(since.count('CalendarApp')).toBe(3 + 3);
    expect(h.env.calendarStore.events()).toHaveLength(3);
  });

  it('adopts tagged events when the mapping is lost, creating none, reading only ours', () => {
    h = harness(programsGrid(5, 'Europe/Paris'));
    applyCalendarSync();
    const ids = h.env.calendarStore
      .events()
      .map((e) => e.id)
      .sort();
    // 300 meetings around the reviews: the search must not read them one by one.
    const calendar = h.env.globals.CalendarApp.getDefaultCalendar();
    for (let i = 0; i < 300; i++) {
      const start = Date.UTC(2026, 9, 1, 8) + i * 6 * 3_600_000;
      calendar.createEvent(`Meeting ${i}`, new Date(start), new Date(start + 1_800_000));
    }
    // This user's mapping is lost (user properties); the document still says the sheet was synced.
    for (const key of [...h.env.properties.user.entries.keys()]) {
      if (key.startsWith('cadence.cal.') && key !== 'cadence.cal.createdToday') {
        h.env.properties.user.entries.delete(key);
      }
    }

    const look = h.env.calls.snapshot();
    const preview = previewCalendarSync();
    expect(preview).toMatchObject({ create: 0, update: 0, remove: 0, keep: 5 });
    // One search, filtered by Calendar to this sheet's 5 events: their tags are read to adopt
    // them, then again to compare them field by field (5 + 5), never the 300 meetings'.
    expect(h.env.calls.since(look).count('CalendarApp', 'getEvents')).toBe(1);
    expect(h.env.calls.since(look).count('CalendarApp', 'getTag')).toBe(10);
    const before = h.env.calls.snapshot();
    const result = applyCalendarSync();
    expect(result).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0 });
    expect(h.env.calls.since(before).count('CalendarApp', 'createAllDayEvent')).toBe(0);
    expect(h.env.calls.since(before).writes('CalendarApp')).toBe(0);
    expect(
      h.env.calendarStore
        .events()
        .filter((e) => e.tags['cadence-key'])
        .map((e) => e.id)
        .sort(),
    ).toEqual(ids);
    expect(h.env.calendarStore.events()).toHaveLength(305);
    // And the mapping is back: the next preview does not even look at Calendar.
    const again = h.env.calls.snapshot();
    previewCalendarSync();
    expect(h.env.calls.since(again).count('CalendarApp')).toBe(0);
  });

  it('survives a rate-limit error at every Calendar call of a 50-event sync', () => {
    h = harness(programsGrid(50, 'Europe/Paris'));
    // A clean run first, to count the calls a full sync makes.
    const start = h.env.calls.snapshot();
    applyCalendarSync();
    const total = h.env.calls.since(start).count('CalendarApp');
    const expected = tagged(h);
    h.restore();
    expect(expected).toHaveLength(50);
    expect(total).toBeGreaterThan(50 * 4);

    for (let nth = 1; nth <= total; nth++) {
      h = harness(programsGrid(50, 'Europe/Paris'));
      const fault = h.env.faults.failOn({
        service: 'CalendarApp',
        nth,
        error: new Error(
          'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
        ),
      });
      const stopped = applyCalendarSync();
      expect(fault.fired).toBe(1);
      expect(stopped.ok).toBe(false);
      expect(stopped.remaining).toBeGreaterThan(0);
      h.env.faults.clear();
      const resumed = applyCalendarSync();
      expect(resumed).toMatchObject({ ok: true, remaining: 0 });
      expect(tagged(h)).toEqual(expected);
      const byTag = new Set(h.env.calendarStore.events().map((e) => e.title));
      expect(byTag.size).toBe(50);
      // Ahead of its day: 09:00 the day before (900 min); an event on today: 10 min before its
      // timed start, which is still ahead (calendar-reminders.test.ts).
      for (const e of h.env.calendarStore.events())
        expect(e.popupReminders).toEqual(e.allDay ? [900] : [10]);
      const again = h.env.calls.snapshot();
      applyCalendarSync();
      expect(h.env.calls.since(again).writes('CalendarApp')).toBe(0);
      h.restore();
    }
    h = harness(programsGrid(1, 'Europe/Paris'));
  });
});
