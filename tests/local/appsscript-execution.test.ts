/**
 * The strict imitation's execution model: a virtual clock every service call advances, Google's
 * execution time limits, and hard kills with no catch/finally that acts.
 * Limits: https://developers.google.com/apps-script/guides/services/quotas ("Script runtime:
 * 6 min / execution") and https://developers.google.com/apps-script/guides/triggers#restrictions
 * (simple triggers "cannot run for longer than 30 seconds").
 */
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import { createAppsScript, type AppsScriptOptions } from '@cadence/apps-script-fake';
import { loadAddOn } from '../../src/local/code-runtime';

const NOW = new Date('2026-11-22T09:00:00Z');

/** A tiny add-on written to a temp dir: tests drive it exactly as they drive dist/Code.js. */
function addOnFrom(code: string, options: AppsScriptOptions = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-exec-'));
  const file = path.join(dir, 'Code.js');
  writeFileSync(file, code);
  const env = createAppsScript({ now: NOW, oauthScopes: null, ...options });
  return { env, addOn: loadAddOn(env, file) };
}

/** Creates all-day events until stopped; its catch and finally try to save progress. */
const CREATE_FOREVER = `
function createMany() {
  var n = 0;
  try {
    for (;;) { CalendarApp.createAllDayEvent('Review ' + n, new Date()); n++; }
  } catch (e) {
    PropertiesService.getUserProperties().setProperty('caught', String(n));
    return 'caught: ' + e.message;
  } finally {
    PropertiesService.getUserProperties().setProperty('finally', String(n));
  }
}
function onOpen() {
  var range = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
  for (var i = 0; ; i++) range.setValue(i);
}
function elapsed() {
  var t0 = Date.now();
  CalendarApp.createAllDayEvent('One', new Date());
  PropertiesService.getUserProperties().setProperty('k', 'v');
  return Date.now() - t0;
}
`;

describe('the virtual clock', () => {
  it('advances by each call latency: Calendar create 0.5 s, property write 0.05 s, Sheets read 0.1 s', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER);
    // The add-on measures its own budget with Date.now(), which reads the virtual clock.
    expect(addOn.call('elapsed')).toBe(500 + 50);
    const before = env.clock.nowMs();
    env.globals.SpreadsheetApp.getActiveSpreadsheet(); // a read
    expect(env.clock.nowMs() - before).toBe(100);
  });

  it('reads the same clock in jest code that installs the globals', () => {
    const env = createAppsScript({ now: NOW, oauthScopes: null });
    const scope: Record<string, unknown> = {};
    const undo = env.install(scope);
    const D = scope.Date as DateConstructor;
    (scope.CalendarApp as GoogleAppsScript.Calendar.CalendarApp).createAllDayEvent('x', new D());
    expect(D.now() - NOW.getTime()).toBe(500);
    undo();
    expect(scope.Date).toBeUndefined();
  });

  it('is off when strict is false: calls take no virtual time', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER, { strict: false });
    expect(addOn.call('elapsed')).toBe(0);
    expect(env.clock.nowMs()).toBe(NOW.getTime());
  });
});

describe('the execution time limit', () => {
  it('stops an execution at 360 s: 720 creations of 0.5 s land, catch and finally write nothing', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER);
    expect(() => addOn.call('createMany')).toThrow('Exceeded maximum execution time');
    expect(env.calendarStore.events()).toHaveLength(720);
    expect(env.properties.user.toObject()).toEqual({});
    const report = env.executions.history[0];
    expect(report).toMatchObject({ killed: true, stopped: 'timeout', seconds: 360 });
  });

  it('stops a simple trigger (onOpen) at 30 s: after 0.3 s of reads, 99 writes of 0.3 s land', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER);
    const report = addOn.run('onOpen');
    expect(report.kind).toBe('simpleTrigger');
    expect(report.error?.message).toBe('Exceeded maximum execution time');
    expect(report.seconds).toBe(30);
    // getActive, getSheets, getRange: 3 reads of 0.1 s; write i starts at 0.3 + 0.3 i < 30 s.
    expect(env.spreadsheet.getSheets()[0].getRange('A1').getValue()).toBe(98);
  });

  it('has no limit when strict is false', () => {
    const { env } = addOnFrom(CREATE_FOREVER, { strict: false });
    const report = env.run(() => {
      for (let i = 0; i < 1000; i++) env.globals.CalendarApp.createAllDayEvent(`E${i}`, NOW);
    });
    expect(report.killed).toBe(false);
  });
});

describe('injected hard kills', () => {
  it('at call N: calls before N land, call N and everything after do not', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER);
    env.executions.killAt({ call: 3 });
    expect(() => addOn.call('createMany')).toThrow('Exceeded maximum execution time');
    expect(env.calendarStore.events().map((e) => e.title)).toEqual(['Review 0', 'Review 1']);
    expect(env.properties.user.toObject()).toEqual({});
    expect(env.executions.history[0]).toMatchObject({ stopped: 'killed', calls: 3 });
  });

  it('at call N after it landed: the event exists but the script never learns its id', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER);
    env.executions.killAt({ call: 3, landed: true });
    expect(addOn.run('createMany').killed).toBe(true);
    expect(env.calendarStore.events()).toHaveLength(3);
    expect(env.properties.user.toObject()).toEqual({});
  });

  it('at a virtual instant: a creation in flight at 1.2 s lands (started at 1.0 s), then the kill', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER);
    env.executions.killAt({ atSeconds: 1.2 });
    const report = addOn.run('createMany');
    expect(report).toMatchObject({ killed: true, stopped: 'killed', seconds: 1.5 });
    expect(env.calendarStore.events()).toHaveLength(3);
  });

  it('applies to one execution only: the next one runs to its end', () => {
    const { env, addOn } = addOnFrom(CREATE_FOREVER);
    env.executions.killAt({ call: 1 });
    expect(addOn.run('elapsed').killed).toBe(true);
    expect(addOn.call('elapsed')).toBe(550);
  });
});

describe('time-driven triggers', () => {
  const TRIGGERS = `
function schedule() {
  ScriptApp.newTrigger('tick').timeBased().after(5 * 60 * 1000).create();
}
function tick(e) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  PropertiesService.getUserProperties().setProperty('tick', JSON.stringify({
    uid: e.triggerUid,
    at: new Date().toISOString(),
    spreadsheet: ss === null ? null : ss.getName(),
    lock: LockService.getDocumentLock() === null ? null : 'document',
    documentProperties: PropertiesService.getDocumentProperties() === null ? null : 'ok',
  }));
}
`;
  it('run without an active document when triggerDocument is none (the strict default)', () => {
    const { env, addOn } = addOnFrom(TRIGGERS);
    addOn.call('schedule');
    const createdAt = env.clock.nowMs();
    const [report] = addOn.runDueTriggers();
    expect(report.kind).toBe('timeDriven');
    const tick = JSON.parse(env.properties.user.entries.get('tick') ?? '{}') as Record<
      string,
      unknown
    >;
    expect(tick).toEqual({
      uid: env.triggers.triggers[0].id,
      // due 5 minutes after creation; the getActiveSpreadsheet read (0.1 s) came first
      at: new Date(createdAt + 300_000 + 100).toISOString(),
      spreadsheet: null,
      lock: null,
      documentProperties: null,
    });
  });

  it('run in their document when triggerDocument is bound', () => {
    const { env, addOn } = addOnFrom(TRIGGERS, { strict: { triggerDocument: 'bound' } });
    addOn.call('schedule');
    addOn.runDueTriggers();
    const tick = JSON.parse(env.properties.user.entries.get('tick') ?? '{}') as Record<
      string,
      unknown
    >;
    expect(tick).toMatchObject({
      spreadsheet: 'Cadence review',
      lock: 'document',
      documentProperties: 'ok',
    });
  });

  it('getUi throws in a documentless run, as outside any editor', () => {
    const env = createAppsScript({ now: NOW, oauthScopes: null });
    const report = env.run(() => env.globals.SpreadsheetApp.getUi(), { kind: 'timeDriven' });
    expect(report.error?.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(vm.runInContext('typeof Date.now()', env.vmContext())).toBe('number');
  });
});

// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle: onOpen runs in
// AuthMode.NONE (no service that needs authorization) or LIMITED (the bound file and its UI).
describe("onOpen's authorization modes", () => {
  const ON_OPEN = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
  var out = [];
  try { out.push(SpreadsheetApp.getActiveSpreadsheet().getName()); } catch (x) { out.push(x.message); }
  try { CalendarApp.getDefaultCalendar(); out.push('calendar'); } catch (x) { out.push(x.message); }
  return out;
}
`;
  it('NONE: menus only; the spreadsheet and Calendar are refused', () => {
    const { env, addOn } = addOnFrom(ON_OPEN, { oauthScopes: undefined });
    expect(addOn.call('onOpen', { authMode: 'NONE' })).toEqual([
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
      'You do not have permission to call CalendarApp.getDefaultCalendar. Required permissions: (https://www.googleapis.com/auth/calendar.readonly || https://www.googleapis.com/auth/calendar || https://www.google.com/calendar/feeds)',
    ]);
    expect(env.ui.menus).toHaveLength(1);
  });

  it('LIMITED: the bound spreadsheet, not Calendar; FULL: both', () => {
    const { addOn } = addOnFrom(ON_OPEN, { oauthScopes: undefined });
    const limited = addOn.call('onOpen', { authMode: 'LIMITED' }) as string[];
    expect(limited[0]).toBe('Cadence review');
    expect(limited[1]).toMatch(/^You do not have permission to call CalendarApp/);
    expect(addOn.call('onOpen', { authMode: 'FULL' })).toEqual(['Cadence review', 'calendar']);
  });
});

describe('seeded random kills expose a sync that is not crash-safe', () => {
  // A toy sync: creates an event per program, then records its id. Killed between the two, the
  // next run cannot know the event exists and creates it again: the class of defect the kill
  // hook is for.
  const TOY_SYNC = `
function sync() {
  var props = PropertiesService.getUserProperties();
  for (var i = 1; i <= 20; i++) {
    if (props.getProperty('p' + i)) continue;
    var event = CalendarApp.createAllDayEvent('Program ' + i, new Date());
    props.setProperty('p' + i, event.getId());
  }
}
`;
  function lcg(seed: number): () => number {
    let s = seed >>> 0;
    return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  }

  it('a kill after a creation landed leaves a duplicate; kills before a call never do', () => {
    const next = lcg(42);
    let duplicated = 0;
    for (let trial = 0; trial < 20; trial++) {
      const { env, addOn } = addOnFrom(TOY_SYNC);
      const call = 1 + Math.floor(next() * 60);
      const landed = next() < 0.5;
      env.executions.killAt({ call, landed });
      addOn.run('sync');
      expect(addOn.run('sync').killed).toBe(false);
      const titles = env.calendarStore.events().map((e) => e.title);
      expect(new Set(titles).size).toBe(20);
      if (titles.length > 20) duplicated++;
      // Only a kill between a landed creation and the saving of its id duplicates, once.
      expect(titles.length).toBeLessThanOrEqual(21);
    }
    expect(duplicated).toBeGreaterThan(0);
  });
});

// Each google.script.run call, menu click and trigger is its own execution of the whole script
// (calls "may not execute in the order you expect", up to 10 at a time:
// https://developers.google.com/apps-script/guides/html/communication): top-level state starts
// again every time; only the services' stores last.
describe('every call runs in a fresh global scope', () => {
  const COUNTER = `
var runs = 0;
function bump() {
  runs++;
  PropertiesService.getUserProperties().setProperty('runs', String(runs));
  return runs;
}
function scheduleBump() { ScriptApp.newTrigger('bump').timeBased().after(60 * 1000).create(); }
`;
  it('a counter in a global reads 1 at each call, from the sidebar or a trigger: 1, 1, 1', () => {
    const { env, addOn } = addOnFrom(COUNTER);
    expect(addOn.call('bump')).toBe(1);
    expect(addOn.call('bump')).toBe(1);
    addOn.call('scheduleBump');
    const [report] = addOn.runDueTriggers();
    expect(report).toMatchObject({ kind: 'timeDriven', value: 1 });
    // What the add-on stored in PropertiesService is what lasts.
    expect(env.properties.user.entries.get('runs')).toBe('1');
  });

  it('lists the functions the script declares, and refuses the rest as Google does', () => {
    const { addOn } = addOnFrom(COUNTER);
    expect(addOn.functionNames().sort()).toEqual(['Date', 'bump', 'scheduleBump']);
    expect(() => addOn.call('toString')).toThrow('Script function not found: toString');
  });
});
