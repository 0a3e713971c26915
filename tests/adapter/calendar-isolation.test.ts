/**
 * Calendar sync touches only what it owns and only as much as it needs: another spreadsheet's
 * events (same sheet id), another user's calendar (same spreadsheet), a busy calendar's
 * meetings (never read one by one), and it brings back a reminder deleted by hand.
 */
import { applyCalendarSync, previewCalendarSync } from '../../src/gas/calendar/entrypoints';
import type { CellValue } from '../../src/core/types';
import { BEFORE_DUE, harness, programsGrid, type Harness } from './calendar-fixtures';

const TZ = 'Europe/Paris';
let h: Harness;
afterEach(() => h.restore());

const titles = (h: Harness, calendarId?: string): string[] =>
  h.env.calendarStore
    .events(calendarId)
    .map((e) => `${e.start} ${e.title}`)
    .sort();

/** 500 half-hour meetings, 5 a day from 2026-09-01: a busy default calendar. */
function busyCalendar(h: Harness): void {
  const calendar = h.env.globals.CalendarApp.getDefaultCalendar();
  for (let i = 0; i < 500; i++) {
    const start = Date.UTC(2026, 8, 1, 8) + Math.floor(i / 5) * 86_400_000 + (i % 5) * 3_600_000;
    calendar.createEvent(`Meeting ${i}`, new Date(start), new Date(start + 1_800_000));
  }
}

describe('two spreadsheets whose review sheets share a sheet id (gid 0)', () => {
  it("syncing B creates B's events and leaves A's alone, ids and all", () => {
    // A: Programs 1-3 on the first sheet (gid 0).
    h = harness(programsGrid(3, TZ), { firstSheet: true, now: BEFORE_DUE });
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 3 });
    const aEvents = h.env.calendarStore.events();
    const aState = JSON.stringify(aEvents);

    // B: "Make a copy" of A then edited: its first sheet is gid 0 too. Program 2 keeps its name
    // (same key suffix as A's), Program 9 is new.
    const app = h.env.globals.SpreadsheetApp;
    const a = app.getActiveSpreadsheet();
    const b = app.create('Copy of Cadence review');
    const grid: CellValue[][] = programsGrid(2, TZ);
    grid[1][0] = 'Program 9';
    b.getSheets()[0].setName('Review');
    b.getSheets()[0].getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    expect(b.getSheets()[0].getSheetId()).toBe(0);
    expect(b.getId()).not.toBe(a.getId());
    app.setActiveSpreadsheet(b);

    // (The in-memory document properties are shared by both files, so B even sees A's "synced"
    // mark and searches: Calendar's filter on B's marker returns none of A's events.)
    expect(previewCalendarSync()).toMatchObject({ create: 2, update: 0, remove: 0, keep: 0 });
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 2, updated: 0, deleted: 0 });
    const bKeys = h.env.calendarStore
      .events()
      .map((e) => e.tags['cadence-key'])
      .filter((k) => k.startsWith(`cadence/${b.getId()}/s0/`));
    expect(bKeys).toHaveLength(2);
    expect(titles(h)).toEqual(
      [
        '2026-11-01 Review: Program 9 (nurture program)',
        '2026-11-01 Review: Program 1 (nurture program)',
        '2026-11-02 Review: Program 2 (nurture program)',
        '2026-11-02 Review: Program 2 (nurture program)',
        '2026-11-03 Review: Program 3 (nurture program)',
      ].sort(),
    );
    expect(
      JSON.stringify(
        h.env.calendarStore.events().filter((e) => !bKeys.includes(e.tags['cadence-key'])),
      ),
    ).toBe(aState);

    expect(aEvents[0].tags['cadence-key']).toMatch(/^cadence\/1x+\d+\/s0\/row\//);

    // Back in A: nothing to do, nothing written.
    app.setActiveSpreadsheet(a);
    const before = h.env.calls.snapshot();
    expect(applyCalendarSync().message).toBe('Calendar already up to date (3 events).');
    expect(h.env.calls.since(before).writes('CalendarApp')).toBe(0);
    expect(h.env.calendarStore.events()).toHaveLength(5);
  });
});

describe('two users syncing the same spreadsheet, each to their own default calendar', () => {
  it("do not undo each other: each user's mapping is their own", () => {
    const ana = harness(programsGrid(3, TZ), { userEmail: 'ana@example.com' });
    h = ana;
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 3 });
    const anaIds = ana.env.calendarStore.events().map((e) => e.id);
    ana.restore();

    // Bo opens the same spreadsheet (same id, same sheet): its document properties are shared.
    const bo = harness(programsGrid(3, TZ), { userEmail: 'bo@example.com' });
    h = bo;
    expect(bo.env.globals.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(
      ana.env.spreadsheet.getId(),
    );
    for (const [k, v] of ana.env.properties.document.entries) {
      bo.env.properties.document.entries.set(k, v);
    }
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 3, deleted: 0 });
    expect(bo.env.calendarStore.events()).toHaveLength(3);
    for (const [k, v] of bo.env.properties.document.entries) {
      ana.env.properties.document.entries.set(k, v);
    }
    bo.restore();

    // Ana syncs again: her 3 events are still right, none doubled, nothing written.
    ana.resume();
    h = ana;
    const before = ana.env.calls.snapshot();
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 0, updated: 0, deleted: 0 });
    expect(ana.env.calls.since(before).writes('CalendarApp')).toBe(0);
    expect(ana.env.calendarStore.events().map((e) => e.id)).toEqual(anaIds);
  });
});

describe('Calendar calls on a busy calendar', () => {
  it('a first preview and sync never search the calendar (no earlier sync to find)', () => {
    h = harness(programsGrid(3, TZ));
    busyCalendar(h);
    const start = h.env.calls.snapshot();
    expect(previewCalendarSync()).toMatchObject({ create: 3, keep: 0 });
    // getDefaultCalendar and Calendar.getId only: no search, no event read.
    expect(h.env.calls.since(start).count('CalendarApp')).toBe(2);

    const sync = h.env.calls.snapshot();
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 3 });
    const calls = h.env.calls.since(sync);
    expect(calls.count('CalendarApp', 'getEvents')).toBe(0);
    expect(calls.count('CalendarApp', 'getTag')).toBe(0);
    // getDefaultCalendar, Calendar.getId once (the id also tells the account's quota); per event
    // createAllDayEvent, getId, setTag, removeAllReminders, addPopupReminder (3 × 5).
    expect(calls.count('CalendarApp')).toBe(2 + 3 * 5);
    expect(h.env.calendarStore.events()).toHaveLength(503);
  });
});

describe('a reminder deleted by hand in Calendar', () => {
  it('comes back on the next Sync, which spends one search whatever the number of events', () => {
    h = harness(programsGrid(40, TZ), { now: BEFORE_DUE });
    busyCalendar(h);
    applyCalendarSync();
    const program7 = h.env.calendarStore
      .events()
      .find((e) => e.title === 'Review: Program 7 (nurture program)');
    h.env.globals.CalendarApp.getEventById(program7?.id ?? '').deleteEvent();
    expect(h.env.calendarStore.events()).toHaveLength(539);

    const before = h.env.calls.snapshot();
    const result = applyCalendarSync();
    expect(result).toMatchObject({ ok: true, created: 1, updated: 0, deleted: 0 });
    expect(result.message).toBe('Calendar updated: 1 created, 0 updated, 0 deleted.');
    expect(h.env.calls.since(before).count('CalendarApp', 'getEvents')).toBe(1);
    const back = h.env.calendarStore
      .events()
      .filter((e) => e.title === 'Review: Program 7 (nurture program)');
    // 2026-10-01 + 37 days.
    expect(back.map((e) => [e.start, e.popupReminders])).toEqual([['2026-11-07', [900]]]);

    // And then: no write, one search, 40 ids read — never a call per meeting.
    const again = h.env.calls.snapshot();
    expect(applyCalendarSync().message).toBe('Calendar already up to date (40 events).');
    const calls = h.env.calls.since(again);
    expect(calls.writes('CalendarApp')).toBe(0);
    expect(calls.count('CalendarApp', 'getEvents')).toBe(1);
    expect(calls.count('CalendarApp', 'getTag')).toBe(0);
    expect(calls.count('CalendarApp')).toBe(3 + 40);
  });
});
