/**
 * Reminders fire. Calendar counts reminder minutes before an event's start, 5 to 40,320
 * (https://developers.google.com/apps-script/reference/calendar/calendar-event#addPopupReminder(Integer);
 * the Calendar API's EventReminder: "minutes before the start of the event"). An all-day event on
 * today started at midnight, so its "15 h before" popup was already past: the reported overdue
 * reviews sat on today and never popped up. An event on today is now a short timed event whose
 * popup fires at 09:00, or 10 minutes after the sync when later.
 */
import { applyCalendarSync } from '../../src/gas/calendar/entrypoints';
import { harness, programsGrid, type Harness } from './calendar-fixtures';

let h: Harness;
afterEach(() => h.restore());

const MINUTE = 60_000;

/** When each event's popups fire: start minus minutes (all-day: from midnight in Paris). */
function popupInstants(h: Harness): Array<{ title: string; allDay: boolean; at: number[] }> {
  return h.env.calendarStore.events().map((e) => {
    const start = e.allDay
      ? new Date(`${e.start}T00:00:00+01:00`).getTime()
      : new Date(e.start).getTime();
    return {
      title: e.title,
      allDay: e.allDay,
      at: e.popupReminders.map((m) => start - m * MINUTE),
    };
  });
}

describe('an event placed on today pops up at a time still ahead', () => {
  it('synced at 11:00 Paris: the overdue reviews pop up at 11:10, their event at 11:20–11:50', () => {
    const now = Date.parse('2026-11-22T10:00:00Z'); // 11:00 in Paris
    h = harness(programsGrid(3, 'Europe/Paris'), { now: '2026-11-22T10:00:00Z' });
    expect(applyCalendarSync()).toMatchObject({ ok: true, remaining: 0 });
    const events = h.env.calendarStore.events();
    // Programs 1–3 were due 2026-11-01…03: overdue, so on today.
    expect(events.map((e) => [e.allDay, e.start, e.end, e.popupReminders])).toEqual([
      [false, '2026-11-22T10:20:00.000Z', '2026-11-22T10:50:00.000Z', [10]],
      [false, '2026-11-22T10:20:00.000Z', '2026-11-22T10:50:00.000Z', [10]],
      [false, '2026-11-22T10:20:00.000Z', '2026-11-22T10:50:00.000Z', [10]],
    ]);
    for (const e of popupInstants(h)) for (const at of e.at) expect(at).toBeGreaterThan(now);
  });

  it('synced at 07:00 Paris: they pop up at 09:00', () => {
    h = harness(programsGrid(2, 'Europe/Paris'), { now: '2026-11-22T06:00:00Z' });
    applyCalendarSync();
    const at = popupInstants(h).flatMap((e) => e.at);
    expect(at.map((t) => new Date(t).toISOString())).toEqual([
      '2026-11-22T08:00:00.000Z',
      '2026-11-22T08:00:00.000Z',
    ]);
  });

  it('a later sync the same day keeps the event where it is: no Calendar write', () => {
    h = harness(programsGrid(3, 'Europe/Paris'), { now: '2026-11-22T10:00:00Z' });
    applyCalendarSync();
    jest.setSystemTime(new Date('2026-11-22T15:00:00Z'));
    const before = h.env.calls.snapshot();
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0 });
    expect(h.env.calls.since(before).writes('CalendarApp')).toBe(0);
  });

  it('keeps every reminder within Google’s 5–40,320 minutes', () => {
    h = harness(programsGrid(40, 'Europe/Paris'));
    applyCalendarSync();
    const minutes = h.env.calendarStore.events().flatMap((e) => e.popupReminders);
    expect(minutes.length).toBe(40);
    for (const m of minutes) {
      expect(m).toBeGreaterThanOrEqual(5);
      expect(m).toBeLessThanOrEqual(40_320);
    }
  });
});
