/**
 * Each menu click, google.script.run call and trigger is one execution of the whole script: its
 * top-level code runs again in a fresh global scope, so only what the services store (properties,
 * caches, the spreadsheet) outlives an execution. Google's pages say it by what they offer rather
 * than in one sentence: server calls "may not execute in the order you expect" and run up to 10 at
 * a time (https://developers.google.com/apps-script/guides/html/communication), so no call can
 * count on another's memory; state that must last goes to the Properties service
 * (https://developers.google.com/apps-script/guides/properties) or the Cache service "for short
 * term storage of data" (https://developers.google.com/apps-script/reference/cache/cache-service).
 */
import * as vm from 'vm';
import { createAppsScript } from '../src';

const NOW = new Date('2026-11-22T09:00:00Z');

/** A script that keeps a counter and a memo in globals, and the same in the services' stores. */
const SCRIPT = new vm.Script(
  `
var calls = 0;
var memo = {};
var opened = SpreadsheetApp.getActiveSpreadsheet();
function bump() { calls++; return calls; }
function remember(key, value) { memo[key] = value; return Object.keys(memo).length; }
function recall(key) { return memo[key] === undefined ? null : memo[key]; }
function save(value) {
  PropertiesService.getDocumentProperties().setProperty('k', value);
  CacheService.getUserCache().put('k', value);
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue(value);
}
function load() {
  return [
    PropertiesService.getDocumentProperties().getProperty('k'),
    CacheService.getUserCache().get('k'),
    SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(),
  ];
}
`,
  { filename: 'Code.js' },
);

function world() {
  return createAppsScript({ now: NOW, oauthScopes: null });
}

describe('one execution, one fresh global scope', () => {
  it('a counter kept in a global starts again at every call: bump, bump → 1, 1', () => {
    const env = world();
    expect(env.runScript(SCRIPT, 'bump').value).toBe(1);
    expect(env.runScript(SCRIPT, 'bump').value).toBe(1);
  });

  it('a memo filled by one call is empty in the next: what one call remembers, the next cannot recall', () => {
    const env = world();
    expect(env.runScript(SCRIPT, 'remember', ['pairs', 'Q3 → Q3 webinar']).value).toBe(1);
    expect(env.runScript(SCRIPT, 'recall', ['pairs']).value).toBeNull();
  });

  it('document properties, the user cache and the cells are kept from one call to the next', () => {
    const env = world();
    expect(env.runScript(SCRIPT, 'save', ['42']).error).toBeNull();
    expect(env.runScript(SCRIPT, 'load').value).toEqual(['42', '42', 42]);
  });

  it('the top-level code runs inside each execution: its service call counts in every report', () => {
    const env = world();
    // getActiveSpreadsheet at top level, then nothing in bump.
    expect(env.runScript(SCRIPT, 'bump').calls).toBe(1);
    expect(env.runScript(SCRIPT, 'bump').calls).toBe(1);
    expect(env.executions.history.map((r) => r.handler)).toEqual(['bump', 'bump']);
  });

  it('a trigger runs the same way, with its kind and event: a time-driven bump is 1 too', () => {
    const env = world();
    env.runScript(SCRIPT, 'bump');
    const report = env.runScript(SCRIPT, 'bump', [{ authMode: 'FULL' }], { kind: 'timeDriven' });
    expect(report).toMatchObject({ kind: 'timeDriven', handler: 'bump', value: 1 });
  });

  it('a name the script does not declare fails as Google says: "Script function not found: nope"', () => {
    const env = world();
    const report = env.runScript(SCRIPT, 'nope');
    expect(report.error?.message).toBe('Script function not found: nope');
    // Object's own properties are not the script's functions either.
    expect(env.runScript(SCRIPT, 'constructor').error?.message).toBe(
      'Script function not found: constructor',
    );
  });
});
