/**
 * The exported .xlsx keeps what the user sees: the add-on's Sparkline column shows the trend as
 * a text sparkline (exceljs cannot write Excel's own sparklines), never an empty column under a
 * header; and an error cell of the user's sheet (#N/A) is written back as an error, not as text.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import path from 'path';
import { createAppsScript } from '@cadence/apps-script-fake';
import { textSparkline } from '../../src/local/files/excel-formulas';
import { loadWorkbookInto } from '../../src/local/files/workbook-in';
import { workbookBuffer } from '../../src/local/files/workbook-out';

const REVIEW = path.join(__dirname, '../../examples/review.xlsx');

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('textSparkline', () => {
  it('draws the series from its lowest (▁) to its highest (█) value', () => {
    expect(textSparkline('=SPARKLINE({10,20,30,40,50,60,70,80})')).toBe('▁▂▃▄▅▆▇█');
    // 0.031 sits (0.031 − 0.029) / 0.0043 = 47 % of the way up: bar 3.26 ≈ 3 of 0..7, ▄.
    expect(textSparkline('=SPARKLINE({0.031,0.0333,0.029})')).toBe('▄█▁');
    expect(textSparkline('=SPARKLINE({5,5,5})')).toBe('▄▄▄');
  });

  it('leaves other formulas alone', () => {
    expect(textSparkline('=SUM(A1:A3)')).toBeNull();
    expect(textSparkline('=SPARKLINE(B2:K2)')).toBeNull();
  });

  it('gives one bar per value, the highest value a full bar, for any series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 40 }),
        (values) => {
          const bars = [...(textSparkline(`=SPARKLINE({${values.join(',')}})`) as string)];
          expect(bars).toHaveLength(values.length);
          const top = values.indexOf(Math.max(...values));
          expect(bars[top]).toBe(new Set(values).size === 1 ? '▄' : '█');
        },
      ),
    );
  });
});

describe('an exported review workbook', () => {
  let review: ExcelJS.Worksheet;
  beforeAll(async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    await loadWorkbookInto(env, REVIEW, { timeZone: 'Europe/Paris' });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Review')!;
    // What Refresh writes in the Sparkline column for Welcome nurture's baseline and reviews.
    sheet.getRange('Z1').setValue('Sparkline');
    sheet.getRange('Z2').setFormula('=SPARKLINE({0.031,0.0333,0.029,0.035})');
    review = (await readBack(await workbookBuffer(env))).getWorksheet('Review')!;
  });

  it('shows the trend under the Sparkline header', () => {
    expect(review.getCell('Z1').value).toBe('Sparkline');
    expect(review.getCell('Z2').value).toBe('▃▆▁█');
  });

  it('keeps a cell holding the text "#N/A" as text', () => {
    expect(review.getCell('Q15').value).toBe('#N/A');
  });
});

describe('error cells of the user’s file', () => {
  it('go back as errors (#N/A, #DIV/0!), while the text "#N/A" stays text', async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    await loadWorkbookInto(env, path.join(__dirname, '../fixtures/error-cells.xlsx'), {
      timeZone: 'Europe/Paris',
    });
    const ws = (await readBack(await workbookBuffer(env))).getWorksheet('Review')!;
    expect(ws.getCell('D2').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('D4').value).toEqual({ error: '#DIV/0!' });
    expect(ws.getCell('E3').value).toBe('#N/A');
  });
});
