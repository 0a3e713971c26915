/**
 * Every figure in its own unit, and nothing cut, through the real dist/Code.js on
 * examples/review.xlsx: a rate's last change in percentage points, the legend of arrows, colours
 * and units in the change columns' notes and under the Δ sheet, owned columns and the Δ sheet's
 * name column wide enough for their text, and the White papers group steady.
 */
import { textPx } from '../../src/core/sheet-plans/widths';
import type { CellValue } from '../../src/core/types';
import { exampleGrid, worldWith } from './review-env';

async function refreshed(locale = 'en', name = 'Review') {
  const world = worldWith(name, await exampleGrid(name), locale);
  expect(world.addOn.call('formatSheet')).toMatchObject({ ok: true });
  expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
  const sheet = world.env.spreadsheet.sheet(name);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as CellValue[];
  const col = (name: string) => header.indexOf(name) + 1;
  return { world, sheet, header, col };
}

describe('owned columns after Refresh on examples/review.xlsx', () => {
  test('a rate’s last change is in points (+0.1 pt), a count’s in its unit, the % stays relative', async () => {
    const { sheet, col } = await refreshed();
    const names = sheet
      .getRange(1, 1, sheet.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    const row = names.indexOf('Re-engagement nurture') + 1;
    const last = sheet.getRange(row, col('Last change'));
    expect(last.getNumberFormat()).toBe('+0.0#" pt";-0.0#" pt";0.0" pt"');
    expect(last.getDisplayValue()).toMatch(/^[+-]\d+\.\d\d? pt$/);
    expect(sheet.getRange(row, col('Last change %')).getDisplayValue()).toMatch(/^[▲▼=] \d+\.\d%$/);
    // Attendees are a count: 252 → 245 is "-7".
    const webinar = names.indexOf('Webinar: Marketing ops 101') + 1;
    expect(sheet.getRange(webinar, col('Last change')).getDisplayValue()).toBe('-7');
  });

  test('the change columns’ header notes carry the legend; the date column’s does not', async () => {
    const { sheet, col } = await refreshed();
    const note = sheet.getRange(1, col('Last change')).getNote();
    expect(note).toMatch(/^Cadence: computed by the add-on/);
    expect(note).toContain('▲ up, ▼ down');
    expect(note).toContain('percentage points (pt)');
    expect(sheet.getRange(1, col('Next review')).getNote()).not.toContain('▲');
  });

  test('owned columns are wide enough for their headers and words (French too)', async () => {
    const { sheet, col } = await refreshed('fr', 'Revue');
    const status = col('Statut');
    expect(status).toBeGreaterThan(0);
    expect(sheet.getColumnWidth(status)).toBeGreaterThanOrEqual(textPx('… Collecte des données'));
    const trend = col('Tendance');
    expect(sheet.getColumnWidth(trend)).toBeGreaterThanOrEqual(textPx('… trop peu de points'));
  });
});

describe('the Δ sheet', () => {
  test('its name column shows the longest name, and the legend sits below the table', async () => {
    const { world } = await refreshed();
    const delta = world.env.spreadsheet.sheet('Review · Δ');
    expect(delta.getColumnWidth(1)).toBeGreaterThanOrEqual(
      textPx('Webinar: Attribution demystified'),
    );
    const values = delta.getDataRange().getValues();
    expect(String(values[values.length - 1][1])).toMatch(/^▲ up, ▼ down/);
  });

  test('the White papers group no longer swings −41 %, +75 %, −42 %, +82 % on one blank cell', async () => {
    const { world } = await refreshed();
    const values = world.env.spreadsheet.sheet('Review · Δ').getDataRange().getValues();
    const papers = values.find((r) => r[0] === 'White papers') as CellValue[];
    const changes = papers.slice(1, -1).filter((v): v is number => typeof v === 'number');
    expect(changes).toHaveLength(8);
    for (const c of changes) expect(Math.abs(c)).toBeLessThan(0.05);
  });
});
