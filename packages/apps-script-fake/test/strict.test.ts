/**
 * The strict imitation's scopes, validation, quotas, faults and deleted events, each against the
 * Google page that documents it (cited per block).
 */
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { createAppsScript, SCOPES, type AppsScriptOptions } from '../src';

const NOW = new Date('2026-11-22T09:00:00Z');
const MANIFEST = [
  SCOPES.spreadsheetsCurrentOnly,
  SCOPES.containerUi,
  SCOPES.calendar,
  SCOPES.scriptApp,
  SCOPES.sendMail,
];

function world(options: AppsScriptOptions = {}) {
  return createAppsScript({ now: NOW, oauthScopes: MANIFEST, ...options });
}

// https://developers.google.com/apps-script/concepts/scopes (explicit oauthScopes, granular
// consent) and each method's "Authorization" section in its reference page.
describe('scopes', () => {
  it('a call whose scope the manifest lacks throws "Specified permissions are not sufficient"', () => {
    const env = world();
    expect(() => env.globals.Session.getEffectiveUser()).toThrow(
      'Specified permissions are not sufficient to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    // Locale and time zone need no scope.
    expect(env.globals.Session.getActiveUserLocale()).toBe('en');
  });

  it('reads oauthScopes from appsscript.json beside the HTML files by default, or from manifestFile', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fake-manifest-'));
    writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ oauthScopes: MANIFEST }));
    expect(createAppsScript({ now: NOW, htmlDir: dir }).scopes.manifest).toEqual(MANIFEST);
    const other = path.join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ oauthScopes: [SCOPES.calendar] }));
    const env = createAppsScript({ now: NOW, htmlDir: dir, manifestFile: other });
    expect(env.scopes.manifest).toEqual([SCOPES.calendar]);
  });

  it('a scope the user declined throws "You do not have permission", the others keep working', () => {
    const env = world({ declinedScopes: [SCOPES.calendar] });
    expect(() => env.globals.CalendarApp.createAllDayEvent('Review', NOW)).toThrow(
      'You do not have permission to call CalendarApp.createAllDayEvent. Required permissions: (https://www.googleapis.com/auth/calendar || https://www.google.com/calendar/feeds)',
    );
    expect(() => env.globals.CalendarApp.getDefaultCalendar()).toThrow(
      'Required permissions: (https://www.googleapis.com/auth/calendar.readonly || https://www.googleapis.com/auth/calendar || https://www.google.com/calendar/feeds)',
    );
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Cadence review');
    env.scopes.grant(SCOPES.calendar);
    expect(env.globals.CalendarApp.createAllDayEvent('Review', NOW).getTitle()).toBe('Review');
  });

  it('spreadsheets.currentonly or spreadsheets opens the sheet; menus and builders need no scope', () => {
    const env = world({ oauthScopes: [SCOPES.spreadsheets] });
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(1);
    const none = world({ oauthScopes: [] });
    expect(() => none.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    none.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
    expect(none.ui.menus).toHaveLength(1);
    expect(none.globals.PropertiesService.getUserProperties().getKeys()).toEqual([]);
  });

  it('sending mail needs script.send_mail; triggers need script.scriptapp', () => {
    const env = world({ declinedScopes: [SCOPES.sendMail, SCOPES.scriptApp] });
    expect(() => env.globals.MailApp.sendEmail('a@example.com', 'S', 'B')).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => env.globals.ScriptApp.newTrigger('digest')).toThrow(
      'Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('is off when strict is false', () => {
    const env = world({ strict: false, declinedScopes: [SCOPES.calendar] });
    expect(env.globals.Session.getEffectiveUser().getEmail()).toBe('reviewer@example.com');
    expect(env.globals.CalendarApp.createAllDayEvent('R', NOW).getTitle()).toBe('R');
  });
});

// https://developers.google.com/apps-script/reference/script/authorization-info and
// https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
describe('ScriptApp authorization info and requireScopes', () => {
  it('reports REQUIRED with a URL while a scope is declined, NOT_REQUIRED with null once granted', () => {
    const env = world({ declinedScopes: [SCOPES.sendMail] });
    const { ScriptApp } = env.globals;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect(String(info.getAuthorizationStatus())).toBe('REQUIRED');
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
    const calendarOnly = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPES.calendar]);
    expect(String(calendarOnly.getAuthorizationStatus())).toBe('NOT_REQUIRED');
    expect(calendarOnly.getAuthorizationUrl()).toBeNull();
    env.scopes.grant(SCOPES.sendMail);
    expect(
      String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()),
    ).toBe('NOT_REQUIRED');
  });

  it('requireScopes ends the execution with a consent prompt when a scope is missing', () => {
    const env = world({ declinedScopes: [SCOPES.calendar] });
    const { ScriptApp, PropertiesService } = env.globals;
    const report = env.run(() => {
      try {
        ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPES.calendar]);
      } finally {
        PropertiesService.getUserProperties().setProperty('after', 'prompt');
      }
    });
    expect(report.stopped).toBe('consent');
    expect(report.error?.message).toBe('Authorization is required to perform that action.');
    expect(env.scopes.consentPrompts).toEqual([[SCOPES.calendar]]);
    expect(env.properties.user.toObject()).toEqual({});
    // Granted: nothing happens.
    env.scopes.grant(SCOPES.calendar);
    expect(env.run(() => ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL)).error).toBeNull();
  });
});

// https://developers.google.com/apps-script/reference/calendar/calendar-event#addPopupReminder(Integer)
// (5 to 40,320 minutes, as the Calendar API's reminders.overrides[].minutes allows 4 weeks).
describe('calendar validation', () => {
  it('accepts popup and e-mail reminders of 5 and 40,320 minutes, refuses 0–4 and 40,321', () => {
    const env = world();
    const event = env.globals.CalendarApp.createAllDayEvent('Review', NOW);
    event.addPopupReminder(5).addPopupReminder(40_320).addEmailReminder(5);
    for (const bad of [0, 4, 40_321, 7.5]) {
      expect(() => event.addPopupReminder(bad)).toThrow('Invalid argument: minutesBefore');
      expect(() => event.addEmailReminder(bad)).toThrow('Invalid argument: minutesBefore');
    }
    expect(event.getPopupReminders()).toEqual([5, 40_320]);
    expect(
      world({ strict: false })
        .globals.CalendarApp.createAllDayEvent('R', NOW)
        .addPopupReminder(0)
        .getPopupReminders(),
    ).toEqual([0]);
  });

  it('refuses a description over 8,192 characters and a title over 1,024, before anything is created', () => {
    const env = world();
    const cal = env.globals.CalendarApp;
    expect(() => cal.createAllDayEvent('R', NOW, { description: 'x'.repeat(8_193) })).toThrow(
      'Invalid argument: description',
    );
    expect(() => cal.createAllDayEvent('t'.repeat(1_025), NOW)).toThrow('Invalid argument: title');
    expect(env.calendarStore.events()).toEqual([]);
    const ok = cal.createAllDayEvent('R', NOW, { description: 'x'.repeat(8_192) });
    expect(() => ok.setDescription('y'.repeat(8_193))).toThrow('Invalid argument: description');
    expect(env.calendarStore.events()[0].description).toHaveLength(8_192);
  });
});

// https://developers.google.com/apps-script/guides/services/quotas: "Calendar events created
// 5,000 / day (consumer), 10,000 / day (Workspace)", "Email recipients per day 100", and "Quotas
// are per user and reset 24 hours after the first request".
describe('daily quotas reset 24 hours after the first request', () => {
  it('a consumer account creates 5,000 events, then fails until 24 h after the first one', () => {
    const env = world({ userEmail: 'ana@gmail.com', strict: { latency: false } });
    const cal = env.globals.CalendarApp;
    env.clock.set(new Date('2026-11-22T22:00:00Z'));
    for (let i = 0; i < 5_000; i++) cal.createAllDayEvent(`E${i}`, NOW);
    expect(() => cal.createAllDayEvent('one more', NOW)).toThrow(
      'Service invoked too many times for one day: calendar.',
    );
    // Midnight passes: still refused (the window is 24 h, not the calendar day).
    env.clock.set(new Date('2026-11-23T21:59:59Z'));
    expect(() => cal.createAllDayEvent('one more', NOW)).toThrow('for one day: calendar.');
    env.clock.set(new Date('2026-11-23T22:00:00Z'));
    expect(cal.createAllDayEvent('one more', NOW).getTitle()).toBe('one more');
  });

  it('a Workspace account gets 10,000', () => {
    expect(world().calendarStore.creations.limit).toBe(10_000);
    expect(world({ userEmail: 'ana@gmail.com' }).calendarStore.creations.limit).toBe(5_000);
  });

  it('MailApp recipients: 100, back to 100 exactly 24 h after the first send', () => {
    const env = world();
    const mail = env.globals.MailApp;
    env.clock.set(new Date('2026-11-22T18:00:00Z'));
    mail.sendEmail('a@example.com,b@example.com', 'S', 'B');
    expect(mail.getRemainingDailyQuota()).toBe(98);
    env.clock.set(new Date('2026-11-23T17:59:00Z'));
    expect(mail.getRemainingDailyQuota()).toBe(98);
    env.clock.set(new Date('2026-11-23T18:00:00Z'));
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});

describe('injectable Calendar faults', () => {
  it('"Calendar usage limits exceeded." fails the nth creation before it lands', () => {
    const env = world();
    const handle = env.faults.calendarUsageLimit({ nth: 2, times: 2 });
    const cal = env.globals.CalendarApp;
    cal.createAllDayEvent('first', NOW);
    expect(() => cal.createAllDayEvent('second', NOW)).toThrow('Calendar usage limits exceeded.');
    expect(() => cal.createAllDayEvent('third', NOW)).toThrow('Calendar usage limits exceeded.');
    cal.createAllDayEvent('fourth', NOW);
    expect(handle.fired).toBe(2);
    expect(env.calendarStore.events().map((e) => e.title)).toEqual(['first', 'fourth']);
  });
});

// The Calendar API's events.get returns cancelled events
// (https://developers.google.com/calendar/api/v3/reference/events/get); CalendarApp's behaviour
// is undocumented, so both readings are switchable.
describe('getEventById of an event deleted by hand', () => {
  function deletedByHand(options: AppsScriptOptions = {}) {
    const env = world(options);
    const id = env.globals.CalendarApp.createAllDayEvent('Review: A', NOW).setTag('k', 'v').getId();
    env.calendarStore.deleteByHand(id);
    return { env, id };
  }

  it("'cancelled' (strict default): still an event with its tags; setters change nothing visible", () => {
    const { env, id } = deletedByHand();
    const event = env.globals.CalendarApp.getEventById(id);
    expect(event.getTitle()).toBe('Review: A');
    expect(event.getTag('k')).toBe('v');
    event.setTitle('Review: A (moved)').setAllDayDate(new Date('2026-12-01T12:00:00Z'));
    expect(env.calendarStore.events()).toEqual([]);
    expect(env.calendarStore.status(id)).toBe('cancelled');
    // A search, as Calendar's own list, never shows it.
    const cal = env.globals.CalendarApp.getDefaultCalendar();
    expect(cal.getEvents(new Date('2026-01-01'), new Date('2027-12-31'))).toEqual([]);
  });

  it("'null': getEventById returns null", () => {
    const { env, id } = deletedByHand({ strict: { deletedEventById: 'null' } });
    expect(env.globals.CalendarApp.getEventById(id)).toBeNull();
  });
});

// https://developers.google.com/apps-script/guides/services/quotas: "Properties value size
// 9 KB / val", "Properties total storage 500 KB / property store", "Triggers 20 / user / script";
// the user store belongs to the user and the script, so every document shares it.
describe("limits shared by all of a user's documents", () => {
  it('one 500 KB user store: a second spreadsheet cannot write once the first filled it', () => {
    const first = world();
    const second = world({ sharedWith: first, spreadsheetName: 'Other review' });
    const value = 'v'.repeat(9 * 1024 - 10); // with a 3-byte key: 9,209 bytes, under 9 KB
    const props = first.globals.PropertiesService.getUserProperties();
    for (let i = 0; i < 55; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, value);
    expect(first.properties.user.usedBytes()).toBe(55 * (3 + 9 * 1024 - 10));
    // 55 × 9,209 = 506,495 bytes fit in 500 KB (512,000); a 56th (515,704) would not.
    expect(() =>
      second.globals.PropertiesService.getUserProperties().setProperty('k55', value),
    ).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(() =>
      second.globals.PropertiesService.getUserProperties().setProperty('big', 'x'.repeat(9 * 1024)),
    ).toThrow('Argument too large: value');
    // Document properties stay each document's own.
    second.globals.PropertiesService.getDocumentProperties().setProperty('d', '1');
    expect(first.properties.document.toObject()).toEqual({});
    expect(second.spreadsheet.getId()).not.toBe(first.spreadsheet.getId());
  });

  it('20 triggers per user per script, counted across documents', () => {
    const first = world();
    const second = world({ sharedWith: first });
    for (let i = 0; i < 10; i++) {
      first.globals.ScriptApp.newTrigger('a').timeBased().everyDays(1).create();
      second.globals.ScriptApp.newTrigger('b').timeBased().everyDays(1).create();
    }
    expect(() =>
      second.globals.ScriptApp.newTrigger('c').timeBased().everyDays(1).create(),
    ).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    const { ScriptApp } = second.globals;
    expect(ScriptApp.getUserTriggers(second.globals.SpreadsheetApp.getActive())).toHaveLength(10);
  });
});
