/**
 * The add-on under Google's limits, each case with the reference it comes from: reminder range,
 * granular consent, description length, events deleted by hand (read back as cancelled), the
 * property store's quota.
 */
import {
  applyCalendarSync,
  forgetOtherCalendarLinks,
  previewCalendarSync,
  resumeCalendarSync,
  runDailyDigest,
  setDailyDigest,
} from '../../src/gas/calendar/entrypoints';
import { saveSettings as saveFromSidebar } from '../../src/gas/actions/entrypoints';
import { loadSettings, saveSettings } from '../../src/gas/settings-store';
import { BEFORE_DUE, harness, programsGrid, type Harness } from './calendar-fixtures';

const TZ = 'Europe/Paris';
const CALENDAR = 'https://www.googleapis.com/auth/calendar';
let h: Harness;
afterEach(() => h.restore());

describe('reminders outside 5-40,320 minutes', () => {
  // CalendarEvent.addPopupReminder: "minimum value is 5, maximum value is 40320 (4 weeks)"
  // (https://developers.google.com/apps-script/reference/calendar/calendar-event#addPopupReminder(Integer)).
  it('a 0-minute reminder stored by an older version syncs with 5 minutes and says so, every time', () => {
    h = harness(programsGrid(2, TZ), { now: BEFORE_DUE });
    // What versions that accepted 0-40,320 could store; the sidebar can no longer save it.
    h.env.properties.document.entries.set(
      'cadence.settings',
      JSON.stringify({ reminders: { popupMinutes: 0, emailMinutes: null } }),
    );
    expect(saveSettings({ reminders: { popupMinutes: 3 } }).problems).toEqual([
      expect.objectContaining({ field: 'reminders.popupMinutes', min: 5, max: 40320 }),
    ]);
    const first = applyCalendarSync();
    expect(first).toMatchObject({ ok: true, created: 2 });
    expect(first.message).toBe(
      'Calendar updated: 2 created, 0 updated, 0 deleted. The saved pop-up reminder (0 minutes) is outside what Calendar accepts (5 to 40,320 minutes); Cadence uses 5 minutes until you change it in the settings.',
    );
    expect(h.env.calendarStore.events().map((e) => e.popupReminders)).toEqual([[5], [5]]);
    // The next sync is not wedged: nothing to do.
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 0, updated: 0 });
  });
});

describe('granular consent: a user who declined Calendar', () => {
  // "Design your script to handle granular OAuth permissions using requireScopes or
  // getAuthorizationInfo" (https://developers.google.com/apps-script/concepts/scopes).
  it('is asked to grant access, in their language, and no Calendar call is made', () => {
    h = harness(programsGrid(2, TZ));
    h.env.scopes.decline(CALENDAR);
    const result = applyCalendarSync();
    expect(result).toMatchObject({
      ok: false,
      message: 'Cadence needs access to your Calendar to create reminders.',
      created: 0,
    });
    expect(result.authorizationUrl).toMatch(/^https:\/\/script\.google\.com\//);
    expect(previewCalendarSync()).toMatchObject({
      ok: false,
      message: 'Cadence needs access to your Calendar to create reminders.',
    });
    expect(h.env.calls.count('CalendarApp')).toBe(0);
    h.restore();
    h = harness(programsGrid(2, TZ), { locale: 'fr_FR' });
    h.env.scopes.decline(CALENDAR);
    expect(applyCalendarSync().message).toBe(
      'Cadence a besoin d’accéder à votre agenda pour créer les rappels.',
    );
  });
});

describe('granular consent: a user who declined mail or background runs', () => {
  const MAIL = 'https://www.googleapis.com/auth/script.send_mail';
  const TRIGGERS = 'https://www.googleapis.com/auth/script.scriptapp';
  // https://developers.google.com/apps-script/concepts/scopes: check with getAuthorizationInfo.
  it('is asked to grant access before the digest is turned on; no trigger, nothing saved', () => {
    h = harness(programsGrid(2, TZ));
    h.env.scopes.decline(MAIL);
    const result = setDailyDigest(true, 8);
    expect(result).toMatchObject({
      ok: false,
      message: 'Cadence needs permission to send e-mail for the daily digest.',
    });
    expect(result.authorizationUrl).toMatch(/^https:\/\/script\.google\.com\//);
    expect(h.env.triggers.triggers).toHaveLength(0);
    h.env.scopes.grant(MAIL);
    h.env.scopes.decline(TRIGGERS);
    expect(setDailyDigest(true, 8).message).toBe(
      'Cadence needs permission to run in the background for the daily digest.',
    );
  });

  it('the sidebar turning the digest on is told the same, with the link, and nothing is saved', () => {
    h = harness(programsGrid(2, TZ));
    h.env.scopes.decline(MAIL);
    const before = loadSettings();
    const result = saveFromSidebar({ ...before, digest: { enabled: true, hour: 8 } });
    expect(result).toMatchObject({
      ok: false,
      problems: [],
      message: 'Cadence needs permission to send e-mail for the daily digest.',
    });
    expect(result.authorizationUrl).toMatch(/^https:\/\/script\.google\.com\//);
    expect(loadSettings().digest.enabled).toBe(false);
    expect(h.env.triggers.triggers).toHaveLength(0);
    h.env.scopes.grant(MAIL);
    expect(saveFromSidebar({ ...before, digest: { enabled: true, hour: 8 } })).toMatchObject({
      ok: true,
    });
    expect(h.env.triggers.triggers.map((t) => t.handler)).toEqual(['runDailyDigest']);
  });

  it('a digest whose mail scope was declined later sends nothing and says why in the log', () => {
    h = harness(programsGrid(3, TZ), { now: BEFORE_DUE });
    expect(setDailyDigest(true, 8)).toMatchObject({ ok: true });
    h.env.scopes.decline(MAIL);
    runDailyDigest();
    expect(h.env.outbox).toHaveLength(0);
    expect(h.env.logs.messages().join('\n')).toContain(
      'Cadence needs permission to send e-mail for the daily digest.',
    );
  });
});

describe('long descriptions', () => {
  it('a per-day event of 120 rows lists what fits in 4,000 characters, then "… and N more"', () => {
    const grid = programsGrid(120, TZ);
    for (const row of grid.slice(1)) row[5] = 31; // every program due on 2026-11-01
    h = harness(grid, { now: BEFORE_DUE });
    saveSettings({ grouping: 'per_day' });
    expect(applyCalendarSync()).toMatchObject({ ok: true, created: 1 });
    const [event] = h.env.calendarStore.events();
    expect(event.title).toBe('Reviews due: 120 items');
    // Calendar refuses descriptions over 8,192 characters.
    expect(event.description.length).toBeLessThan(4400);
    expect(event.description).toMatch(/… and \d+ more \(see the sheet\)/);
    const shown = (event.description.match(/^• /gm) ?? []).length;
    const more = Number(/… and (\d+) more/.exec(event.description)?.[1]);
    expect(shown + more).toBe(120);
  });
});

describe('an event deleted by hand, read back as cancelled by getEventById', () => {
  // The Calendar API's events.get returns deleted events with status "cancelled"; CalendarApp has
  // no status getter, so the strict imitation returns the event, absent from every search.
  // Docs silent on what CalendarApp returns: both readings, the add-on passes under each.
  it.each(['cancelled', 'null'] as const)(
    'getEventById answering %s: it is created again by the next background sync, never "updated" in the bin',
    (reading) => {
      h = harness(programsGrid(3, TZ), { now: BEFORE_DUE });
      h.env.strict.deletedEventById = reading;
      applyCalendarSync();
      const p2 = h.env.calendarStore
        .events()
        .find((e) => e.title === 'Review: Program 2 (nurture program)');
      h.env.calendarStore.deleteByHand(p2?.id ?? '');
      // Program 2's cadence changes: an update of the deleted event, run by a continuation (no
      // explicit Sync, so no verify search).
      h.env.spreadsheet.sheet('Review').getRange(3, 6).setValue(40);
      resumeCalendarSync();
      const live = h.env.calendarStore
        .events()
        .filter((e) => h.env.calendarStore.status(e.id) === 'confirmed');
      expect(live.map((e) => [e.title, e.start]).sort()).toEqual([
        ['Review: Program 1 (nurture program)', '2026-11-01'],
        ['Review: Program 2 (nurture program)', '2026-11-10'],
        ['Review: Program 3 (nurture program)', '2026-11-03'],
      ]);
    },
  );
});

describe('the daily digest when Google runs it without the document', () => {
  // Time-driven triggers of an add-on may run with no active spreadsheet (docs silent: the strict
  // imitation's default), and opening the file by id would need the full `spreadsheets` scope.
  it('goes out from the snapshot saved when it was turned on, and says a sync backlog remains', () => {
    h = harness(programsGrid(30, TZ));
    expect(setDailyDigest(true, 8).ok).toBe(true);
    const [trigger] = h.env.triggers.triggers;
    expect(trigger.handler).toBe('runDailyDigest');
    // A sync stopped part-way is still catching up in the background.
    h.env.properties.user.entries.set(
      `cadence.job.${h.env.spreadsheet.getId()}`,
      JSON.stringify({
        spreadsheetId: h.env.spreadsheet.getId(),
        sheetId: '1',
        written: 12,
        total: 30,
        digest: { hour: 8, timeZone: TZ },
        triggerUid: 'x',
      }),
    );
    const run = h.env.run(() => runDailyDigest({ triggerUid: trigger.id } as never), {
      kind: 'timeDriven',
      handler: 'runDailyDigest',
    });
    expect(run.error).toBeNull();
    // One digest per owner, even when the sync has a backlog.
    expect(h.env.outbox.map((m) => m.to).join(' ')).toBe(
      'owner0@example.com owner1@example.com owner2@example.com',
    );
    // owner1's digest lists the overdue reviews, then says the calendar is not complete yet.
    expect(h.env.outbox[1]).toMatchObject({
      subject: 'Cadence: 10 reviews overdue or due this week',
      body: expect.stringMatching(
        /Overdue:\n- Program 1: due 2026-11-01, 21 days late[\s\S]*Calendar sync is still catching up: 12 of 30 reminders written; the rest follows in the background\./,
      ),
    });
  });
});

describe("the user property store: 500 KB shared by all the user's files", () => {
  // Apps Script quotas page: "Properties value size 9 KB / val", "Properties total storage 500 KB".
  it('stops a sync that would pass 450 KB, with progress saved and how to make room', () => {
    h = harness(programsGrid(300, TZ), { now: BEFORE_DUE });
    // Other files' mappings already take 447,180 bytes (58 values of 7,710 bytes with their key):
    // the 300 announced creations fit under 450 KB (460,800 bytes), not every completed record.
    for (let i = 10; i < 68; i++) {
      h.env.properties.user.entries.set(`cadence.cal.otherfile${i}.s0.map.0`, 'x'.repeat(7_680));
    }
    const stopped = applyCalendarSync();
    expect(stopped.ok).toBe(false);
    expect(stopped.message).toMatch(
      /^Cadence's storage in your Google account is nearly full \(\d+ KB of 500 KB, shared by all your spreadsheets\), so this sync stopped before saving more\. Progress is saved\. To make room, use Extensions → Cadence → Forget calendar links of other files/,
    );
    const created = h.env.calendarStore.events().length;
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThan(300);
    // The menu item makes room; the next sync completes with no duplicate.
    forgetOtherCalendarLinks();
    expect(h.env.ui.toasts.at(-1)?.message).toMatch(/^Forgot the calendar links of 58 other files/);
    // 300 events take more than one 4.5-minute run at Google's latency: Sync until done.
    let runs = 1;
    while (!applyCalendarSync().ok && runs < 5) runs++;
    expect(runs).toBeLessThan(5);
    const keys = h.env.calendarStore.events().map((e) => e.tags['cadence-key']);
    expect(new Set(keys).size).toBe(300);
    expect(keys).toHaveLength(300);
  });

  it("forgets a deleted sheet's mapping at the next Sync, leaving other files' alone", () => {
    h = harness(programsGrid(2, TZ));
    const id = h.env.spreadsheet.getId();
    h.env.properties.user.entries.set(`cadence.cal.${id}.s999.map.0`, '[]');
    h.env.properties.user.entries.set('cadence.cal.otherfile.s999.map.0', '[]');
    applyCalendarSync();
    expect(h.env.properties.user.entries.has(`cadence.cal.${id}.s999.map.0`)).toBe(false);
    expect(h.env.properties.user.entries.has('cadence.cal.otherfile.s999.map.0')).toBe(true);
  });
});
