/**
 * The Influence report with a holdout tab, against the in-memory Apps Script: the holdout block
 * is written from the tab in one read, the tab itself is never touched, and the cost does not
 * grow with the number of assignments.
 */
import type { CellValue } from '../../src/core/types';
import { buildInfluenceReport, planHoldoutTest } from '../../src/gas/influence/entrypoints';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';

let env: AppsScriptEnvironment;
let uninstall: () => void = () => undefined;

function world(locale: 'en' | 'fr' = 'en'): AppsScriptEnvironment {
  uninstall();
  env = createAppsScript({ timeZone: 'Europe/Paris', locale });
  uninstall = env.install();
  return env;
}

afterEach(() => {
  uninstall();
  uninstall = () => undefined;
});

const TOUCHES: CellValue[][] = [
  ['Prospect', 'Campaign', 'Touched at', 'Converted at'],
  ['A', 'Webinar', '2026-02-01', '2026-02-10'],
  ['B', 'Email', '2026-02-03', ''],
  ['C', 'Email', '2026-02-05', ''],
];

/** `perGroup` prospects in each group; 15 % of the test group and 10 % of the control convert. */
function holdout(perGroup: number, headers = ['Prospect', 'Campaign', 'Group', 'Converted at']) {
  const rows: CellValue[][] = [headers];
  for (let i = 0; i < 2 * perGroup; i++) {
    const test = i % 2 === 0;
    const k = Math.floor(i / 2);
    const converts = test ? k % 20 < 3 : k % 10 < 1;
    rows.push([`p${i}`, 'Spring nurture', test ? 'test' : 'control', converts ? '2026-04-01' : '']);
  }
  return rows;
}

function reportValues(name: string): CellValue[][] {
  return env.spreadsheet.sheet(name).getDataRange().getValues();
}

describe('the holdout block from a holdout tab', () => {
  test('a "Holdout" tab: 15 % vs 10 % on 200 per group, written after the lift table', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', TOUCHES);
    const tab = env.spreadsheet.addSheetFromGrid('Holdout', holdout(200));
    const before = tab.snapshot();
    expect(buildInfluenceReport().ok).toBe(true);
    const values = reportValues('Influence report');
    const labels = values.map((row) => row[0]);
    const lift = labels.indexOf('Lift: touched vs not touched (observational)');
    const block = labels.indexOf('Holdout tests (controlled: the causal answer)');
    expect(lift).toBeGreaterThan(0);
    expect(block).toBeGreaterThan(lift);
    const row = values.find((r, i) => i > block && r[0] === 'Spring nurture') ?? [];
    expect(row.slice(1, 3)).toEqual([200, 0.15]);
    expect(row.slice(4, 6)).toEqual([200, 0.1]);
    expect(tab.snapshot()).toEqual(before);
  });

  test('found by its Groupe column when the tab has another name; French report', () => {
    world('fr');
    env.spreadsheet.addSheetFromGrid('Touches', TOUCHES);
    env.spreadsheet.addSheetFromGrid(
      'Essai printemps',
      holdout(50, ['Prospect', 'Campagne', 'Groupe', 'Converti le']),
    );
    expect(buildInfluenceReport().ok).toBe(true);
    const labels = reportValues('Rapport d’influence').map((row) => row[0]);
    expect(labels).toContain('Tests avec groupe témoin (contrôlés : la réponse causale)');
    expect(labels).toContain('Spring nurture');
  });

  test('200 or 5,000 assignments per group cost the same SpreadsheetApp calls, two reads in all', () => {
    const callsFor = (perGroup: number) => {
      world();
      env.spreadsheet.addSheetFromGrid('Touches', TOUCHES);
      env.spreadsheet.addSheetFromGrid('Holdout', holdout(perGroup));
      const before = env.calls.snapshot();
      expect(buildInfluenceReport().ok).toBe(true);
      return env.calls.since(before).byMethod('SpreadsheetApp');
    };
    const small = callsFor(200);
    expect(callsFor(5000)).toEqual(small);
    expect(small['SpreadsheetApp Range.getValues']).toBe(2);
    expect(small['SpreadsheetApp Range.setValues']).toBe(1);
  });
});

describe('the sidebar planner’s server call', () => {
  test('4 % base, +20 %, 2,000 a week: 10,317 per group, 11 weeks, said in a sentence', () => {
    world();
    const answer = planHoldoutTest({ baseRate: 0.04, lift: 0.2, weekly: 2000 });
    expect(answer.plan).toEqual({ perGroup: 10317, total: 20634, weeks: 11 });
    expect(answer.message).toBe(
      '10,317 prospects per group (20,634 in all) to detect +20 % over a 4 % base rate ' +
        '(power 80 %, alpha 0.05, two-sided). About 11 weeks at 2,000 new prospects a week.',
    );
  });

  test('a French user gets French; what is not a number is refused like out of range', () => {
    world('fr');
    expect(planHoldoutTest({ baseRate: 0.9, lift: 0.2 })).toEqual({
      ok: false,
      message: 'Avec cet effet, le groupe test convertirait à 100 % ou plus.',
    });
    const junk = { baseRate: '4', lift: 0.2 } as unknown as Parameters<typeof planHoldoutTest>[0];
    expect(planHoldoutTest(junk).ok).toBe(false);
  });
});
