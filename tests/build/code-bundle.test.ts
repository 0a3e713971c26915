/**
 * The build test: dist/Code.js (what clasp pushes) loaded into a fresh vm context that holds only
 * the in-memory Apps Script services, exactly as Apps Script evaluates it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import * as entryPoints from '../../src/gas/entrypoints';
import { createAppsScript } from '@cadence/apps-script-fake';
import { DIST, loadAddOn } from '../../src/local/code-runtime';

const declared = Object.keys(entryPoints).sort();

/**
 * The size budget of dist/Code.js. One bundler must not cost the add-on's users a larger script:
 * on the same sources, webpack + gas-webpack-plugin wrote 234,524 bytes and esbuild 226,598. The
 * features that came after (strict Google limits, text dates and numbers, the calendar's reconcile
 * plan) brought it to about 297,000; the import from the tools' exports (shapes, name matching,
 * units, plan, undo), the review journal with baseline capture, lift and holdout tests, Markov of
 * higher orders and the readiness and bootstrap of the influence report to about 449,000; the
 * typed path tables of big inputs, each moment's instant beside its wall-clock time in the SQL, the
 * Journal's remembered deletions with Restore, an export's error cells named, and real plurals in
 * both languages to about 483,500. The budget leaves room for the next feature and catches what
 * should never be in it (a Node library, a second copy of core). Raise it deliberately.
 */
const CODE_JS_BUDGET_BYTES = 510_000;

type Entry = ReturnType<typeof createAppsScript>['ui']['menus'][number]['entries'][number];

/** Every clickable item, submenus included. */
function menuItems(entries: readonly Entry[]): Array<{ caption: string; functionName: string }> {
  return entries.flatMap((e) =>
    e.kind === 'item' ? [e] : e.kind === 'submenu' ? menuItems(e.entries) : [],
  );
}

describe('dist/', () => {
  it('holds exactly what clasp pushes', () => {
    expect(readdirSync(DIST).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('declares every entry point as a top-level function declaration', () => {
    const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    for (const name of declared) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    expect(code).not.toMatch(/\beval\(/);
  });

  it('stays within its size budget', () => {
    expect(statSync(path.join(DIST, 'Code.js')).size).toBeLessThanOrEqual(CODE_JS_BUDGET_BYTES);
  });

  it('ships a self-contained sidebar: inline script and style, nothing from a CDN', () => {
    const html = readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).toMatch(/<script>[\s\S]+google\.script\.run[\s\S]+<\/script>/);
  });
});

describe('dist/Code.js in a vm with only the in-memory services', () => {
  it('exposes every declared entry point as a callable global', () => {
    const names = loadAddOn(createAppsScript()).functionNames();
    expect(declared.length).toBeGreaterThanOrEqual(4);
    for (const name of declared) expect(names).toContain(name);
  });

  it('exposes nothing else: google.script.run can call any top-level function', () => {
    // The in-memory services add only the Date constructor (the environment's clock).
    const exposed = loadAddOn(createAppsScript())
      .functionNames()
      .filter((name) => name !== 'Date');
    expect(exposed.sort()).toEqual(declared);
  });

  it.each(['onOpen', 'onInstall'])(
    '%s under AuthMode.NONE builds the add-on menu without PropertiesService',
    (name) => {
      const env = createAppsScript({ locale: 'en' });
      const addOn = loadAddOn(env);
      addOn.call(name, { authMode: 'NONE' });
      expect(env.ui.menus).toHaveLength(1);
      expect(env.ui.menus[0].kind).toBe('addon');
      expect(env.ui.menus[0].entries[0]).toMatchObject({
        caption: 'Open Cadence',
        functionName: 'showSidebar',
      });
      expect(env.calls.count('PropertiesService')).toBe(0);
      for (const item of menuItems(env.ui.menus[0].entries))
        expect(declared).toContain(item.functionName);
    },
  );

  it('builds the menu in French for a French-speaking user', () => {
    const env = createAppsScript({ locale: 'fr_FR' });
    loadAddOn(env).call('onOpen', { authMode: 'NONE' });
    expect(env.ui.menus[0].entries[0]).toMatchObject({ caption: 'Ouvrir Cadence' });
  });

  it('follows the language chosen in the settings once the add-on is enabled (AuthMode.FULL)', () => {
    const env = createAppsScript({ locale: 'en' });
    env.properties.document.entries.set('cadence.settings', JSON.stringify({ language: 'fr' }));
    loadAddOn(env).call('onOpen', { authMode: 'FULL' });
    expect(env.ui.menus[0].entries[0]).toMatchObject({ caption: 'Ouvrir Cadence' });
  });

  it('opens the built sidebar at its title', () => {
    const env = createAppsScript({ locale: 'en' });
    loadAddOn(env).call('showSidebar');
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0].title).toBe('Cadence');
    expect(env.ui.sidebars[0].content).toContain('google.script.run');
  });
});
