/** CalendarApp getEvents' `search` option: Calendar's full-text filter, done server-side. */
import { createAppsScript } from '../src';

describe("getEvents(start, end, { search }) filters on the events' text", () => {
  test('every word must appear in the title, description, location or a guest address', () => {
    const env = createAppsScript({
      timeZone: 'Europe/Paris',
      now: new Date('2026-11-01T08:00:00Z'),
    });
    const cal = env.globals.CalendarApp.getDefaultCalendar();
    const at = (h: number) => new Date(Date.UTC(2026, 10, 2, h));
    cal.createEvent('Budget review', at(9), at(10), { description: 'Ref. cadence0abc' });
    cal.createEvent('Standup', at(10), at(11), { location: 'Room CADENCE0ABC' });
    cal.createEvent('Lunch', at(12), at(13), { guests: 'ana@example.com' });
    cal.createEvent('Budget planning', at(14), at(15));
    const titles = (search: string) =>
      cal.getEvents(at(0), at(23), { search }).map((e) => e.getTitle());
    expect(titles('cadence0abc')).toEqual(['Budget review', 'Standup']);
    expect(titles('budget review')).toEqual(['Budget review']);
    expect(titles('ana@example.com')).toEqual(['Lunch']);
    expect(titles('nothing-like-this')).toEqual([]);
    expect(cal.getEvents(at(0), at(23))).toHaveLength(4);
    expect(env.calls.count('CalendarApp', 'getEvents')).toBe(5);
  });
});
