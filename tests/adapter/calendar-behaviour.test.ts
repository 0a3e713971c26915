import { saveSettings } from '../../src/gas/settings-store';
import {
  applyCalendarSync,
  previewCalendarSync,
  runDailyDigest,
  resumeCalendarSync,
  setDailyDigest,
  syncCalendar,
} from '../../src/gas/calendar/entrypoints';
import { BEFORE_DUE, dateCell, harness, programsGrid, type Harness } from './calendar-fixtures';

let h: Harness;
afterEach(() => h.restore());

const byStart = (h: Harness) =>
  h.env.calendarStore
    .events()
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));

describe('calendar sync keeps one event per row as the sheet changes', () => {
  it('moves the event of a reviewed row, deletes the event of a removed row, previewing both', () => {
    h = harness(programsGrid(3, 'Europe/Paris'), { now: BEFORE_DUE });
    applyCalendarSync();
    const sheet = h.env.spreadsheet.sheet('Review');
    // Program 1 gets a cadence of 60 days: 2026-10-01 + 60 = 2026-11-30. Program 3 is removed.
    sheet.getRange(2, 6).setValue(60);
    sheet.deleteRow(4);
    const preview = previewCalendarSync();
    expect(preview).toMatchObject({ create: 0, update: 1, remove: 1, keep: 1 });
    expect(preview.changes).toEqual([
      { action: 'update', title: 'Review: Program 1 (nurture program)', date: '2026-11-30' },
      { action: 'delete', title: 'Review: Program 3 (nurture program)', date: '2026-11-03' },
    ]);
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 0, updated: 1, deleted: 1 });
    expect(byStart(h).map((e) => [e.title, e.start])).toEqual([
      ['Review: Program 2 (nurture program)', '2026-11-02'],
      ['Review: Program 1 (nurture program)', '2026-11-30'],
    ]);
  });

  // Apps Script quotas page (https://developers.google.com/apps-script/guides/services/quotas):
  // 5,000 / 10,000 events created per day, and quotas "reset 24 hours after the first request".
  it('refuses a plan that would pass the creation quota, changing nothing, and says when it frees up', () => {
    h = harness(programsGrid(4, 'Europe/Paris'));
    // The window opened 14 hours ago (2026-11-21 20:00 UTC): it frees up at 2026-11-22 20:00 UTC.
    h.env.properties.user.entries.set(
      'cadence.cal.createdToday',
      JSON.stringify({ since: Date.parse('2026-11-21T20:00:00Z'), n: 9997 }),
    );
    const result = applyCalendarSync();
    expect(result).toMatchObject({ ok: false, created: 0, remaining: 4 });
    expect(result.message).toBe(
      'This sync would create 4 events but only 3 of the 10,000 Calendar creations Google allows in 24 hours are left. Nothing was changed: sync again after 2026-11-22 21:00, or group events per day in the settings.',
    );
    expect(h.env.calls.writes('CalendarApp')).toBe(0);
  });

  it('counts creations against the consumer quota of 5,000 for a Gmail address, over 24 hours, not a calendar day', () => {
    h = harness(programsGrid(2, 'Europe/Paris'), { userEmail: 'reviewer@gmail.com' });
    // 4,999 created yesterday at 13:00 UTC: today at 10:00 UTC they still count (22 hours ago).
    h.env.properties.user.entries.set(
      'cadence.cal.createdToday',
      JSON.stringify({ since: Date.parse('2026-11-21T13:00:00Z'), n: 4999 }),
    );
    expect(applyCalendarSync().message).toContain(
      'only 1 of the 5,000 Calendar creations Google allows in 24 hours',
    );
    h.env.properties.user.entries.set(
      'cadence.cal.createdToday',
      JSON.stringify({ since: Date.parse('2026-11-21T09:59:00Z'), n: 4999 }),
    );
    // 24 hours and a minute later: a new window opens with these creations, counted as they land.
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 2 });
    const ledger = JSON.parse(
      h.env.properties.user.entries.get('cadence.cal.createdToday') as string,
    ) as { since: number; n: number };
    // The window opens at the first creation (a second or two of virtual latency after 10:00).
    expect(ledger.n).toBe(2);
    expect(ledger.since).toBeGreaterThan(Date.parse('2026-11-22T10:00:00Z'));
    expect(ledger.since).toBeLessThan(Date.parse('2026-11-22T10:01:00Z'));
  });

  it('groups everything due the same day into one event per day when asked', () => {
    const grid = programsGrid(4, 'Europe/Paris');
    grid[2][5] = 31; // Program 2 now due with Program 1 on 2026-11-01
    h = harness(grid, { now: BEFORE_DUE });
    saveSettings({ grouping: 'per_day' });
    expect(applyCalendarSync()).toMatchObject({ created: 3 });
    const [first] = byStart(h);
    expect(first.title).toBe('Reviews due: 2 items');
    expect(first.start).toBe('2026-11-01');
    expect(first.tags['cadence-key']).toMatch(/\/day\/2026-11-01$/);
    expect(first.description).toContain('• Review: Program 1 (nurture program)');
    expect(first.description).toContain('• Review: Program 2 (nurture program)');
  });

  it('gives a content group one event, invites owners only when invitations are on', () => {
    const tz = 'Europe/Paris';
    const grid = [
      ['Name', 'Baseline', 'Type', 'Owner', dateCell('2026-09-01', tz)],
      ['Webinar: Ops 101', 120, 'Webinar', 'Ana <ana@example.com>', 130],
      ['Webinar: Scoring', 90, 'Webinar', 'bo@example.com', 80],
      ['Welcome nurture', 0.03, 'Nurture', 'Claire (no address)', 0.031],
    ];
    h = harness(grid);
    applyCalendarSync();
    let events = byStart(h);
    expect(events.map((e) => [e.title, e.start, e.guests])).toEqual([
      ['Review: Webinars (content group of 2)', '2026-11-30', []],
      ['Review: Welcome nurture (nurture program)', '2026-11-30', []],
    ]);
    saveSettings({ invitations: true, reminders: { popupMinutes: 60, emailMinutes: 2880 } });
    expect(applyCalendarSync()).toMatchObject({ updated: 2, created: 0 });
    events = byStart(h);
    expect([...events[0].guests].sort()).toEqual(['ana@example.com', 'bo@example.com']);
    expect(events[0].popupReminders).toEqual([60]);
    expect(events[0].emailReminders).toEqual([2880]);
    expect(events[1].guests).toEqual([]);
  });

  it('writes French titles for a French user', () => {
    h = harness(programsGrid(1, 'Europe/Paris'), { locale: 'fr_FR' });
    applyCalendarSync();
    const [event] = byStart(h);
    expect(event.title).toBe('Revue : Program 1 (programme de nurturing)');
    expect(event.description).toContain('Revu tous les 31 jours ; dernière revue le 01/10/2026.');
  });

  it('uses a dedicated "Cadence reviews" calendar on request, moving the events out of the default one', () => {
    h = harness(programsGrid(2, 'Europe/Paris'));
    applyCalendarSync();
    saveSettings({ calendar: 'dedicated' });
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 2, deleted: 2 });
    expect(h.env.calendarStore.events()).toHaveLength(0);
    const dedicated = [...h.env.calendarStore.calendars.values()].find(
      (c) => c.name === 'Cadence reviews',
    );
    expect(dedicated?.timeZone).toBe('Europe/Paris');
    expect(h.env.calendarStore.events(dedicated?.id)).toHaveLength(2);
    const before = h.env.calls.snapshot();
    applyCalendarSync();
    expect(h.env.calls.since(before).writes('CalendarApp')).toBe(0);
    expect(h.env.calls.since(before).count('CalendarApp', 'getEvents')).toBe(1);
  });

  it('a second sync while another holds the lock is told so, and nothing is written', () => {
    h = harness(programsGrid(2, 'Europe/Paris'));
    h.env.locks.holdElsewhere('document');
    const result = applyCalendarSync();
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      'Another Cadence action is running on this spreadsheet. Try again in a moment.',
    );
    expect(h.env.calendarStore.events()).toHaveLength(0);
  });

  it('the menu item shows the result as a toast', () => {
    h = harness(programsGrid(2, 'Europe/Paris'));
    syncCalendar();
    expect(h.env.ui.toasts.map((t) => t.message)).toEqual([
      'Calendar updated: 2 created, 0 updated, 0 deleted.',
    ]);
  });
});

describe('rate limit, retry trigger and daily digest', () => {
  it("on the rate limit, continues in the background in the digest's slot, then gives the slot back (editor add-on)", () => {
    h = harness(programsGrid(10, 'Europe/Paris'));
    // Google: one trigger of each type per user per document — a second time-driven one throws.
    h.env.triggers.editorAddOn = true;
    expect(setDailyDigest(true, 7)).toMatchObject({
      ok: true,
      message: 'Daily digest on: every day at 7:00 (Europe/Paris).',
    });
    h.env.faults.calendarRateLimit({ nth: 4 });
    const stopped = applyCalendarSync();
    expect(stopped).toMatchObject({ ok: false, created: 3, remaining: 7, continuing: true });
    expect(stopped.message).toBe(
      'Calendar asked Cadence to slow down after 3 changes; 7 remain. Progress is saved; continuing in the background in a few minutes.',
    );
    // The continuation holds the document's one time-driven slot while it runs.
    expect(h.env.triggers.triggers.map((t) => [t.handler, t.schedule])).toEqual([
      ['resumeCalendarSync', { afterMs: 300_000 }],
    ]);
    resumeCalendarSync({ triggerUid: h.env.triggers.triggers[0].id } as never);
    expect(h.env.calendarStore.events()).toHaveLength(10);
    expect(h.env.triggers.triggers.map((t) => [t.handler, t.schedule])).toEqual([
      ['runDailyDigest', { everyDays: 1, atHour: 7, timeZone: 'Europe/Paris' }],
    ]);
  });

  it('a retry trigger left by an earlier version runs once, removes itself, and never blocks the digest', () => {
    h = harness(programsGrid(2, 'Europe/Paris'));
    h.env.triggers.editorAddOn = true;
    h.env.globals.ScriptApp.newTrigger('resumeCalendarSync').timeBased().after(300_000).create();
    // Turning the digest on replaces it: this document may hold one time-driven trigger.
    expect(setDailyDigest(true, 8).ok).toBe(true);
    expect(h.env.triggers.triggers.map((t) => t.handler)).toEqual(['runDailyDigest']);
    setDailyDigest(false, 8);
    h.env.globals.ScriptApp.newTrigger('resumeCalendarSync').timeBased().after(300_000).create();
    resumeCalendarSync();
    expect(h.env.calendarStore.events()).toHaveLength(2);
    expect(h.env.triggers.triggers).toHaveLength(0);
  });

  it("turning the digest off leaves the user's triggers of other spreadsheets alone", () => {
    h = harness(programsGrid(1, 'Europe/Paris'));
    h.env.triggers.editorAddOn = true;
    const app = h.env.globals.SpreadsheetApp;
    const here = app.getActiveSpreadsheet();
    const other = app.create('Another review');
    app.setActiveSpreadsheet(other);
    h.env.globals.ScriptApp.newTrigger('runDailyDigest')
      .timeBased()
      .everyDays(1)
      .atHour(6)
      .create();
    app.setActiveSpreadsheet(here);
    setDailyDigest(true, 8);
    expect(h.env.triggers.triggers.map((t) => [t.documentId, t.schedule.atHour])).toEqual([
      [other.getId(), 6],
      [here.getId(), 8],
    ]);
    expect(setDailyDigest(false, 8).ok).toBe(true);
    expect(h.env.triggers.triggers.map((t) => [t.documentId, t.schedule.atHour])).toEqual([
      [other.getId(), 6],
    ]);
  });

  it('continues with the digest off too: one one-off trigger, gone once the sync is complete', () => {
    h = harness(programsGrid(3, 'Europe/Paris'));
    h.env.faults.calendarRateLimit({ nth: 2 });
    expect(applyCalendarSync()).toMatchObject({ ok: false, continuing: true, remaining: 2 });
    expect(h.env.triggers.triggers.map((t) => t.handler)).toEqual(['resumeCalendarSync']);
    resumeCalendarSync({ triggerUid: h.env.triggers.triggers[0].id } as never);
    expect(h.env.calendarStore.events()).toHaveLength(3);
    expect(h.env.triggers.triggers).toHaveLength(0);
  });

  it('turning the digest off deletes its trigger; bad hours are refused', () => {
    h = harness(programsGrid(1, 'Europe/Paris'));
    setDailyDigest(true, 8);
    setDailyDigest(true, 9);
    expect(h.env.triggers.triggers).toHaveLength(1);
    expect(setDailyDigest(false, 9)).toMatchObject({ ok: true, message: 'Daily digest off.' });
    expect(h.env.triggers.triggers).toHaveLength(0);
    expect(setDailyDigest(true, 24).ok).toBe(false);
  });

  it('e-mails each owner their overdue and this week reviews, plain and HTML, and syncs', () => {
    // Today 2026-11-22: Program 1..22 are overdue (next 2026-11-01 .. 2026-11-22 is today).
    h = harness(programsGrid(30, 'Europe/Paris'));
    setDailyDigest(true, 8);
    runDailyDigest();
    expect(h.env.calendarStore.events()).toHaveLength(30);
    expect(h.env.outbox.map((m) => m.to)).toEqual([
      'owner0@example.com',
      'owner1@example.com',
      'owner2@example.com',
    ]);
    const mail = h.env.outbox[1];
    // owner1: programs 1, 4, 7 … 28. Overdue: next < 2026-11-22 (programs 1..21); this week: 22..28.
    expect(mail.subject).toBe('Cadence: 10 reviews overdue or due this week');
    expect(mail.body).toContain('Overdue:\n- Program 1: due 2026-11-01, 21 days late');
    expect(mail.body).toContain(
      'Due this week:\n- Program 22: 2026-11-22\n- Program 25: 2026-11-25\n- Program 28: 2026-11-28',
    );
    expect(mail.htmlBody).toContain('<li>Program 28: 2026-11-28</li>');
  });

  it('writes the digest in French for a sheet with French headers, escaping sheet text in HTML', () => {
    const tz = 'Europe/Paris';
    const grid = [
      ['Nom', 'Référence', 'Type', 'Responsable', dateCell('2026-08-01', tz)],
      ['<b>Bienvenue</b>', 0.03, 'Programme de nurturing', 'ines@example.com', 0.031],
    ];
    h = harness(grid);
    setDailyDigest(true, 8);
    runDailyDigest();
    expect(h.env.outbox).toHaveLength(1);
    expect(h.env.outbox[0].subject).toBe('Cadence : 1 revue en retard ou à faire cette semaine');
    expect(h.env.outbox[0].body).toContain(
      '- <b>Bienvenue</b> : prévue le 30/10/2026, 23 jours de retard',
    );
    expect(h.env.outbox[0].htmlBody).toContain('&lt;b&gt;Bienvenue&lt;/b&gt;');
    expect(h.env.outbox[0].htmlBody).not.toContain('<b>Bienvenue');
  });
});
