import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { dayNumber, midnightInZone, toIso } from '../../src/core/dates';
import { createAppsScript } from '@cadence/apps-script-fake';
import { loadWorkbookInto } from '../../src/local/files/workbook-in';
import { saveWorkbook, workbookBuffer } from '../../src/local/files/workbook-out';

const REVIEW = path.join(__dirname, '../../examples/review.xlsx');

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** A review sheet the way the add-on leaves it: flags as rules, dropdowns, a checkbox column. */
function formattedReview() {
  const env = createAppsScript({ timeZone: 'Europe/Paris' });
  const app = env.globals.SpreadsheetApp;
  env.spreadsheet.addSheetFromGrid('Review', [
    ['Program', 'Type', 'Tuned', 'Status', 'Change'],
    ['Welcome nurture', 'Nurture', false, 'urgent', -0.04],
    ['Lead scoring', 'Scoring rule', true, 'ok', 0.02],
  ]);
  const sheet = app.getActiveSpreadsheet().getSheetByName('Review')!;
  const urgent = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$D2="urgent"')
    .setBackground('#F4C7C3')
    .setRanges([sheet.getRange('A2:A100'), sheet.getRange('D2:D100')])
    .build();
  const drop = app
    .newConditionalFormatRule()
    .whenNumberLessThan(0)
    .setFontColor('#cc0000')
    .setBold(true)
    .setRanges([sheet.getRange('E2:E100')])
    .build();
  sheet.setConditionalFormatRules([urgent, drop]);
  sheet
    .getRange('B2:B100')
    .setDataValidation(
      app.newDataValidation().requireValueInList(['Nurture', 'Scoring rule'], true).build(),
    );
  sheet
    .getRange('C2:C100')
    .setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
  return env;
}

describe('conditional formats and data validations', () => {
  test('formula rules become expression rules on the same ranges, with their fill and font', async () => {
    const ws = (await readBack(await workbookBuffer(formattedReview()))).getWorksheet('Review')!;
    // exceljs reads the rules back into `conditionalFormattings`, missing from its typings.
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['A2:A100 D2:D100', 'E2:E100']);
    expect(cf[0].rules[0]).toMatchObject({
      type: 'expression',
      formulae: ['$D2="urgent"'],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4C7C3' } } },
    });
    // whenNumberLessThan(0) anchored on E2, the rule's top-left cell.
    expect(cf[1].rules[0]).toMatchObject({
      type: 'expression',
      formulae: ['AND(ISNUMBER(E2),E2<0)'],
      style: { font: { color: { argb: 'FFCC0000' }, bold: true } },
    });
  });

  test('a dropdown and a checkbox column export as list validations over their whole range', async () => {
    const ws = (await readBack(await workbookBuffer(formattedReview()))).getWorksheet('Review')!;
    expect(ws.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Nurture,Scoring rule"'],
    });
    expect(ws.getCell('B100').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('B101').dataValidation).toBeUndefined();
    // Lenient in Sheets ("show a warning"), so no blocking alert in Excel.
    expect(ws.getCell('B2').dataValidation.showErrorMessage).toBeFalsy();
    expect(ws.getCell('C50').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"TRUE,FALSE"'],
      showErrorMessage: true,
      errorStyle: 'stop',
    });
  });

  test('the exported validations load back as the same Sheets rules', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cadence-dv-'));
    const file = path.join(dir, 'review.xlsx');
    await saveWorkbook(formattedReview(), file);
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    await loadWorkbookInto(env, file, { timeZone: 'Europe/Paris' });
    const sheet = env.spreadsheet.sheet('Review');
    const list = sheet.getRange('B7').getDataValidation()!;
    expect(String(list.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(list.getCriteriaValues()).toEqual([['Nurture', 'Scoring rule'], true]);
    expect(list.getAllowInvalid()).toBe(true);
    const box = sheet.getRange('C2').getDataValidation()!;
    expect(String(box.getCriteriaType())).toBe('CHECKBOX');
    expect(box.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('C3').getValue()).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('text, formulas and Sheets-only formulas', () => {
  test("a string starting with '=' stays text; a formula stays a formula with its result", async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    const sheet = env.spreadsheet.addSheetFromGrid('Notes', [
      ['=1+1', '=HYPERLINK("http://evil.example")', { formula: '=C2*2', value: 84 }],
      ['', '', 42],
    ]);
    // Typed by a user with the apostrophe that keeps it text.
    env.globals.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Notes')!
      .getRange('A2')
      .setValue("'=SUM(A1:A3)");
    expect(sheet.getRange('A2').getValue()).toBe('=SUM(A1:A3)');
    const ws = (await readBack(await workbookBuffer(env))).getWorksheet('Notes')!;
    for (const [address, text] of [
      ['A1', '=1+1'],
      ['B1', '=HYPERLINK("http://evil.example")'],
      ['A2', '=SUM(A1:A3)'],
    ]) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(address).value).toBe(text);
      expect(ws.getCell(address).formula).toBeUndefined();
    }
    expect(ws.getCell('C1').formula).toBe('C2*2');
    expect(ws.getCell('C1').result).toBe(84);
  });

  test('a SPARKLINE is written as its last result so LibreOffice and Excel never show #NAME?', async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    env.spreadsheet.addSheetFromGrid('Trend', [
      [{ formula: '=SPARKLINE(B1:E1,{"charttype","line"})' }, 1, 2, 3, 4],
      [{ formula: '=sparkline(B1:E1)', value: '↗' }, '', '', '', ''],
      [{ formula: '=IF(B1>0,"SPARKLINE(x)","")', value: 'SPARKLINE(x)' }, '', '', '', ''],
    ]);
    const ws = (await readBack(await workbookBuffer(env))).getWorksheet('Trend')!;
    expect(ws.getCell('A1').value).toBeNull();
    expect(ws.getCell('A2').value).toBe('↗');
    expect(ws.getCell('A2').formula).toBeUndefined();
    // The name inside a string literal is not a call: that formula is kept.
    expect(ws.getCell('A3').formula).toBe('IF(B1>0,"SPARKLINE(x)","")');
  });
});

describe('dates', () => {
  test.each(['Europe/Paris', 'America/Los_Angeles'])(
    'review dates stay on their calendar day in %s, in memory and in the saved file',
    async (timeZone) => {
      const env = createAppsScript({ timeZone });
      await loadWorkbookInto(env, REVIEW, { timeZone });
      const review = env.spreadsheet.sheet('Review');
      expect(review.getRange('F2').getDisplayValue()).toBe('2024-09-16');
      expect(review.getRange('K1').getDisplayValue()).toBe('2024-12-02');
      const ws = (await readBack(await workbookBuffer(env))).getWorksheet('Review')!;
      expect(ws.getCell('F2').value).toEqual(new Date('2024-09-16T00:00:00Z'));
      expect(ws.getCell('F2').numFmt).toBe('yyyy-mm-dd');
      expect(ws.getCell('K1').value).toEqual(new Date('2024-12-02T00:00:00Z'));
      expect(ws.getCell('S1').value).toEqual(new Date('2026-12-07T00:00:00Z'));
    },
  );

  test('any calendar day from 1900 to 2100, in any zone, is the same day after save and reload', async () => {
    const zones = [
      'Europe/Paris',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    const days = fc.sample(
      fc.integer({ min: dayNumber(1900, 3, 1), max: dayNumber(2100, 12, 31) }),
      {
        numRuns: 200,
        seed: 9,
      },
    );
    for (const timeZone of zones) {
      const env = createAppsScript({ timeZone });
      // An unformatted date gets the ISO format in the file, since a bare serial shows a number.
      env.spreadsheet.addSheetFromGrid(
        'Days',
        days.map((d) => [midnightInZone(d, timeZone)]),
      );
      const ws = (await readBack(await workbookBuffer(env))).getWorksheet('Days')!;
      days.forEach((d, i) => {
        const cell = ws.getCell(i + 1, 1);
        expect(cell.numFmt).toBe('yyyy-mm-dd');
        expect((cell.value as Date).toISOString().slice(0, 10)).toBe(toIso(d));
      });
    }
  });

  test('a date-time keeps its wall-clock time and gets a date-time format', async () => {
    const env = createAppsScript({ timeZone: 'America/Los_Angeles' });
    // 2026-03-08 09:30 in Los Angeles, the morning clocks go forward (UTC-7).
    env.spreadsheet.addSheetFromGrid('Touches', [[new Date('2026-03-08T16:30:00Z')]]);
    const cell = (await readBack(await workbookBuffer(env))).getWorksheet('Touches')!.getCell('A1');
    expect(cell.value).toEqual(new Date('2026-03-08T09:30:00Z'));
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  });
});

describe('structure and speed', () => {
  test('sheet order, the active sheet, hidden sheets and frozen panes are kept', async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    const ss = env.spreadsheet;
    ss.addSheetFromGrid('Review · Δ', [['Program']]).setFrozenRows(2);
    ss.addSheetFromGrid('Influence', [['Campaign']]).hideSheet();
    ss.setActiveSheet(ss.sheet('Review · Δ'));
    const wb = await readBack(await workbookBuffer(env));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Sheet1', 'visible'],
      ['Review · Δ', 'visible'],
      ['Influence', 'hidden'],
    ]);
    expect(wb.views[0].activeTab).toBe(1);
    expect(wb.getWorksheet('Review · Δ')!.views[0]).toMatchObject({
      state: 'frozen',
      ySplit: 2,
      xSplit: 0,
    });
  });

  test('sheet names Excel refuses are renamed just enough to open', async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    env.spreadsheet.addSheetFromGrid('Q1/Q2 [draft]', [['Program']]);
    env.spreadsheet.addSheetFromGrid('Campaign influence report by channel', [['Campaign']]);
    env.spreadsheet.addSheetFromGrid('History', [['Date']]);
    env.spreadsheet.addSheetFromGrid('Q1-Q2 -draft-', [['Program']]);
    const wb = await readBack(await workbookBuffer(env));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Sheet1',
      'Q1-Q2 -draft-',
      'Campaign influence report by ch',
      'HistorySheet',
      'Q1-Q2 -draft- (2)',
    ]);
  });

  test('a 10,000 × 20 formatted sheet exports whole (timing: npm run bench)', async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    const rows = Array.from({ length: 10_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c === 0 ? `Program ${r}` : (r * c) / 1000)),
    );
    const sheet = env.spreadsheet.addSheetFromGrid('Big', rows);
    const counted = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Big')!;
    counted.getRange(1, 2, 10_000, 19).setNumberFormat('0.0%');
    counted
      .getRange(1, 1, 10_000, 1)
      .setBackgrounds(rows.map((_, r) => [r % 3 === 0 ? '#f4c7c3' : null]));
    counted.getRange(1, 1, 1, 20).setFontWeight('bold');
    expect(sheet.getLastRow()).toBe(10_000);
    const buffer = await workbookBuffer(env);
    const ws = (await readBack(buffer)).getWorksheet('Big')!;
    expect(ws.rowCount).toBe(10_000);
    expect(ws.getCell('T10000').value).toBeCloseTo(189.981, 6);
    expect(ws.getCell('T10000').numFmt).toBe('0.0%');
    expect(ws.getCell('A9999').fill).toBeUndefined();
    expect(ws.getCell('A10000').fill).toMatchObject({ fgColor: { argb: 'FFF4C7C3' } });
  });

  test('a 10,000 × 20 formatted workbook loads back whole, formats included (timing: npm run bench)', async () => {
    const source = createAppsScript({ timeZone: 'Europe/Paris' });
    source.spreadsheet.addSheetFromGrid(
      'Big',
      Array.from({ length: 10_000 }, (_, r) =>
        Array.from({ length: 20 }, (_, c) => (c === 0 ? `Program ${r}` : (r * c) / 1000)),
      ),
    );
    source.globals.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Big')!
      .getRange(1, 2, 10_000, 19)
      .setNumberFormat('0.0%');
    const dir = mkdtempSync(path.join(tmpdir(), 'cadence-big-'));
    const file = path.join(dir, 'big.xlsx');
    await saveWorkbook(source, file);
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    await loadWorkbookInto(env, file, { timeZone: 'Europe/Paris' });
    const big = env.spreadsheet.sheet('Big');
    expect(big.getLastRow()).toBe(10_000);
    expect(big.getRange('T10000').getDisplayValue()).toBe('18998.1%');
    rmSync(dir, { recursive: true, force: true });
  });
});
