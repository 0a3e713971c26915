/**
 * Format + Refresh in fr_FR and de_DE spreadsheets under both hypotheses of how a script's
 * formulas are parsed (always en_US syntax, or the spreadsheet locale's: ';' between arguments,
 * '\' between array columns, decimal commas — support.google.com/docs/answer/6208276). Google
 * documents neither, so the add-on must work under both: no cell shows #ERROR!, the flag rules
 * are accepted (in whichever syntax the spreadsheet reads), the Sparkline column draws its series
 * from the companion sheet, and the steady state stays within its Sheets-call budget.
 */
import {
  createAppsScript,
  parsesIn,
  syntaxFor,
  type FormulaParsing,
} from '@cadence/apps-script-fake';
import { loadAddOn } from '../../src/local/code-runtime';
import { generatedGrid, TODAY, ZONE } from './review-env';

const CASES: Array<[string, FormulaParsing]> = [
  ['fr_FR', 'spreadsheet-locale'],
  ['fr_FR', 'en_US'],
  ['de_DE', 'spreadsheet-locale'],
  ['de_DE', 'en_US'],
];

function formatted(locale: string, parsing: FormulaParsing) {
  const env = createAppsScript({
    timeZone: ZONE,
    now: TODAY,
    locale: 'fr',
    spreadsheetLocale: locale,
  });
  env.spreadsheet.formulaParsing = parsing;
  env.spreadsheet.setActiveSheet(env.spreadsheet.addSheetFromGrid('Review', generatedGrid(30, 8)));
  const addOn = loadAddOn(env);
  expect(addOn.call('formatSheet')).toMatchObject({ ok: true });
  return { env, addOn, review: env.spreadsheet.getSheetByName('Review')! };
}

describe.each(CASES)('a %s spreadsheet, formulas parsed as %s', (locale, parsing) => {
  it('Format then Refresh: no #ERROR! anywhere, flags accepted in the syntax the sheet reads', () => {
    const { env, addOn, review } = formatted(locale, parsing);
    expect(addOn.call('refreshSheet')).toMatchObject({ ok: true });
    for (const sheet of env.spreadsheet.getSheets()) {
      const range = sheet.getDataRange();
      const shown = range.getDisplayValues().flat();
      expect(shown.filter((v) => v === '#ERROR!')).toEqual([]);
    }
    const syntax = syntaxFor(locale, parsing);
    const rules = review.snapshot().conditionalFormats;
    const ours = rules.filter((r) => JSON.stringify(r.condition).includes('N(\\"cadence\\")=0'));
    // Urgent, overdue, due soon on the rows; incomplete and scheduled review columns on the header.
    expect(ours.length).toBeGreaterThanOrEqual(3);
    for (const rule of ours) expect(parsesIn(String(rule.condition?.values[0]), syntax)).toBe(true);
    // Under the locale hypothesis the rules are in its syntax: "=AND(N("cadence")=0;LEFT(…;1)…".
    const first = String(ours[0].condition?.values[0]);
    expect(first.includes(';')).toBe(parsing === 'spreadsheet-locale');
  });

  it('the Sparkline column reads each row’s series from the companion sheet, no literal decimals', () => {
    const { review, env } = formatted(locale, parsing);
    const snap = review.snapshot();
    // The generated sheet has English headers: its owned columns are English too.
    const column = snap.values[0].indexOf('Sparkline');
    const formula = String(snap.formulas[1][column]);
    const m = /^=SPARKLINE\('Review · Δ'!([A-Z]+)2:([A-Z]+)2\)$/.exec(formula) as RegExpExecArray;
    expect(m).not.toBeNull();
    const companion = env.spreadsheet.getSheetByName('Review · Δ')!;
    const points = companion.getRange(`${m[1]}2:${m[2]}2`).getValues()[0];
    // Row 2 is Program 1: baseline 100, then its review values.
    expect(points[0]).toBe(100);
    expect(points.every((p) => typeof p === 'number')).toBe(true);
  });

  it('a later Refresh stays within 25 Sheets calls and changes nothing', () => {
    const { env, addOn } = formatted(locale, parsing);
    const before = env.spreadsheet.getSheets().map((s) => s.snapshot());
    env.calls.reset();
    expect(addOn.call('refreshSheet')).toMatchObject({ ok: true });
    expect(env.calls.count('SpreadsheetApp')).toBeLessThanOrEqual(25);
    expect(env.spreadsheet.getSheets().map((s) => s.snapshot())).toEqual(before);
  });
});
