/**
 * The influence report says it right, through the real dist/Code.js: its tab is named in the
 * user's language, `by channel` says "Channel", and no label or caveat is cut (column A fits its
 * names, the long header labels wrap, the caveats are split into lines that fit the table).
 */
import path from 'path';
import { textPx } from '../../src/core/sheet-plans/widths';
import type { CellValue } from '../../src/core/types';
import { createAppsScript } from '@cadence/apps-script-fake';
import { loadAddOn } from '../../src/local/code-runtime';
import { readWorkbook } from '../../src/local/files/read-grid';
import { creditHeaderRow, creditRows } from './influence-rows';

let csvRows: CellValue[][];
beforeAll(async () => {
  [{ rows: csvRows }] = await readWorkbook(
    path.resolve(__dirname, '../../examples/touches.csv'),
    'Europe/Paris',
  );
});

function setUp(locale: string) {
  const env = createAppsScript({ timeZone: 'Europe/Paris', locale });
  env.spreadsheet.addSheetFromGrid('Touches', csvRows);
  return { env, addOn: loadAddOn(env) };
}

describe('the influence report in the user’s language, nothing cut', () => {
  test('a French user gets a « Rapport d’influence » tab, renamed (not doubled) from English', () => {
    const { env, addOn } = setUp('en');
    expect(addOn.call('buildInfluenceReport')).toMatchObject({ ok: true });
    expect(env.spreadsheet.getSheetByName('Influence report')).not.toBeNull();
    const fr = createAppsScript({ timeZone: 'Europe/Paris', locale: 'fr' });
    fr.spreadsheet.addSheetFromGrid('Touches', csvRows);
    const frAddOn = loadAddOn(fr);
    expect(frAddOn.call('buildInfluenceReport')).toMatchObject({ ok: true });
    expect(fr.spreadsheet.getSheets().map((s) => s.getName())).toContain('Rapport d’influence');
    expect(fr.spreadsheet.getSheetByName('Influence report')).toBeNull();
    // A colleague in English, then one in French, on the same file: one tab, renamed.
    addOn.call('saveSettings', { language: 'fr' });
    expect(addOn.call('buildInfluenceReport')).toMatchObject({ ok: true });
    const names = env.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => /influence/i.test(n))).toEqual(['Rapport d’influence']);
  });

  test('by channel, the key column and the chart say "Channel"', () => {
    const { env, addOn } = setUp('en');
    addOn.call('saveSettings', { influence: { by: 'channel' } });
    expect(addOn.call('buildInfluenceReport')).toMatchObject({ ok: true });
    const sheet = env.spreadsheet.sheet('Influence report');
    const HEADER_ROW = creditHeaderRow(sheet.getDataRange().getValues());
    expect(sheet.getRange(HEADER_ROW, 1).getValue()).toBe('Channel');
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe(
      'Conversions credited to each channel, by model',
    );
  });

  test('column A fits every name and label; header labels wrap; caveat lines fit the table', () => {
    const { env, addOn } = setUp('fr');
    expect(addOn.call('buildInfluenceReport')).toMatchObject({ ok: true });
    const sheet = env.spreadsheet.sheet('Rapport d’influence');
    const values = sheet.getDataRange().getValues();
    const HEADER_ROW = creditHeaderRow(values);
    const width = values[HEADER_ROW - 1].length;
    const a = sheet.getColumnWidth(1);
    const campaigns = creditRows(values).map((r) => String(r[0]));
    const longest = Math.max(...campaigns.slice(0, 8).map(textPx));
    expect(a).toBeGreaterThanOrEqual(longest);
    expect(
      sheet
        .getRange(HEADER_ROW, 2, 1, width - 1)
        .getWraps()[0]
        .every(Boolean),
    ).toBe(true);
    const tableWidth = a + (width - 1) * 100;
    const caveatStart = values.findIndex((r) => r[0] === 'Ce qu’aucun modèle ne peut prouver');
    expect(caveatStart).toBeGreaterThan(HEADER_ROW);
    const lastTouch = values.findIndex((r) =>
      String(r[0]).startsWith('Dernier contact par prospect'),
    );
    const lines = values.slice(caveatStart + 1, lastTouch - 1).map((r) => String(r[0]));
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(3);
    for (const line of lines) expect(textPx(line)).toBeLessThanOrEqual(tableWidth);
    // The three caveats read whole once their lines are joined.
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('invisibles ici');
  });
});
