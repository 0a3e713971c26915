/**
 * End to end: the real compiled dist/Code.js (what clasp pushes) in a vm holding only the
 * in-memory Apps Script, on the example workbook, called as the sidebar would call it.
 * Run `npm run build` first.
 */
import ICAL from 'ical.js';
import path from 'path';
import { dayInZone, toIso } from '../../src/core/dates';
import { createAppsScript } from '@cadence/apps-script-fake';
import { loadAddOn } from '../../src/local/code-runtime';
import { pickSheet, readWorkbook } from '../../src/local/files/read-grid';
import type { CalendarPreview, CalendarSyncResult, IcsFile } from '../../src/gas/api';

async function exampleEnv(sheetName: string, locale: string) {
  const timeZone = 'Europe/Paris';
  const env = createAppsScript({ timeZone, locale, now: new Date('2026-11-22T09:00:00Z') });
  const grid = pickSheet(
    await readWorkbook(path.join(__dirname, '../../examples/review.xlsx'), timeZone),
    sheetName,
    'review.xlsx',
  );
  env.spreadsheet.setActiveSheet(env.spreadsheet.addSheetFromGrid(sheetName, grid.rows));
  return env;
}

describe('dist/Code.js: calendar sync on examples/review.xlsx', () => {
  it('previews, applies, then finds nothing to do; the .ics lists the same events', async () => {
    const env = await exampleEnv('Review', 'en');
    const addOn = loadAddOn(env);

    const preview = addOn.call('previewCalendarSync') as CalendarPreview;
    // 30 programs: 18 on their own, 12 content rows in 5 groups (Webinars 5, Videos 3, White
    // papers 2, Emails 1, List health 1) → 23 events.
    expect(preview).toMatchObject({ ok: true, create: 23, update: 0, remove: 0, keep: 0 });
    expect(preview.message).toBe('23 to create, 0 to update, 0 to delete, 0 unchanged.');
    expect(preview.changes).toHaveLength(20);
    expect(preview.changes[0]).toEqual({
      action: 'create',
      title: 'Review: Webinars (content group of 5)',
      // Due since 2026-08-30: an overdue review's reminder is on today, where it can pop up.
      date: '2026-11-22',
    });
    expect(env.calls.writes('CalendarApp')).toBe(0);

    const result = addOn.call('applyCalendarSync') as CalendarSyncResult;
    expect(result).toEqual({
      ok: true,
      message: 'Calendar updated: 23 created, 0 updated, 0 deleted.',
      created: 23,
      updated: 0,
      deleted: 0,
      remaining: 0,
    });
    const events = env.calendarStore.events();
    expect(events).toHaveLength(23);
    const welcome = events.find((e) => e.title === 'Review: Welcome nurture (nurture program)');
    expect(welcome).toMatchObject({
      start: '2026-11-29',
      end: '2026-11-30',
      popupReminders: [900],
    });
    expect(welcome?.tags['cadence-key']).toMatch(
      /^cadence\/1x+\d+\/s\d+\/row\/nurture\/welcome-nurture$/,
    );

    const before = env.calls.snapshot();
    const again = addOn.call('previewCalendarSync') as CalendarPreview;
    expect(again).toMatchObject({ create: 0, update: 0, remove: 0, keep: 23 });
    expect((addOn.call('applyCalendarSync') as CalendarSyncResult).created).toBe(0);
    expect(env.calls.since(before).writes('CalendarApp')).toBe(0);
    // The explicit Sync spends one search to confirm the 23 events still exist.
    expect(env.calls.since(before).count('CalendarApp', 'getEvents')).toBe(1);
    expect(env.calls.since(before).count('CalendarApp', 'getTag')).toBe(0);

    const ics = addOn.call('exportIcs') as IcsFile;
    expect(ics.filename).toBe('cadence-Review.ics');
    const vevents = new ICAL.Component(ICAL.parse(ics.content)).getAllSubcomponents('vevent');
    const parsed = vevents.map((v) => new ICAL.Event(v));
    // Calendar holds an event on today as a timed event (its popup must still be ahead); the
    // .ics keeps it all-day on the same date, with an absolute alarm at that same instant.
    const day = (e: (typeof events)[number]) =>
      e.allDay
        ? e.start
        : (toIso(dayInZone(new Date(e.start), 'Europe/Paris') as number) as string);
    expect(parsed.map((e) => `${e.startDate.toString()} ${e.summary}`).sort()).toEqual(
      events.map((e) => `${day(e)} ${e.title}`).sort(),
    );
    const webinars = vevents.find(
      (v) => v.getFirstPropertyValue('summary') === 'Review: Webinars (content group of 5)',
    );
    const inCalendar = events.find((e) => e.title === 'Review: Webinars (content group of 5)');
    const alarm = webinars?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    expect(alarm).toBeInstanceOf(ICAL.Time);
    // The same instant as Calendar's popup: 10 minutes before the timed event's start.
    expect((alarm as ICAL.Time).toJSDate().getTime()).toBe(
      new Date(inCalendar?.start as string).getTime() - 10 * 60_000,
    );
  });

  it('speaks French to a French user on the French sheet', async () => {
    const env = await exampleEnv('Revue', 'fr_FR');
    const addOn = loadAddOn(env);
    const result = addOn.call('applyCalendarSync') as CalendarSyncResult;
    expect(result.ok).toBe(true);
    // French says zero in the singular (CLDR one: i = 0,1), "0 supprimé":
    // https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
    expect(result.message).toBe('Agenda mis à jour : 8 créés, 0 mis à jour, 0 supprimé.');
    const titles = env.calendarStore.events().map((e) => e.title);
    expect(titles).toContain('Revue : Nurturing bienvenue (programme de nurturing)');
  });
});
