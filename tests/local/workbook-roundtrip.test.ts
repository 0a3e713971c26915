import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { createAppsScript } from '@cadence/apps-script-fake';
import { loadWorkbookInto } from '../../src/local/files/workbook-in';
import { workbookBuffer } from '../../src/local/files/workbook-out';

const REVIEW = path.join(__dirname, '../../examples/review.xlsx');

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

async function openExample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(REVIEW);
  return wb;
}

/** What a reader of the file sees in one cell, in comparable form. */
function look(cell: ExcelJS.Cell) {
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill : null;
  const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
  return {
    value: cell.value instanceof Date ? cell.value.toISOString() : (cell.value ?? null),
    numFmt,
    fill: fill ? fill.fgColor?.argb : null,
    bold: cell.font?.bold === true,
    color: cell.font?.color?.argb ?? null,
    note: typeof cell.note === 'string' ? cell.note : null,
  };
}

describe('examples/review.xlsx → in-memory Apps Script → .xlsx', () => {
  test('loads both sheets in order, replacing the empty Sheet1, in the given time zone', async () => {
    const env = createAppsScript({ timeZone: 'UTC' });
    await loadWorkbookInto(env, REVIEW, { timeZone: 'Europe/Paris' });
    const ss = env.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Review', 'Revue']);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    const review = ss.sheet('Review');
    expect(review.getFrozenRows()).toBe(1);
    expect(review.getFrozenColumns()).toBe(1);
    // 34 characters of Calibri 11 = 34 × 7 + 5 px.
    expect(review.getColumnWidth(1)).toBe(243);
    const f2 = review.getRange('F2');
    // Set up on 2024-09-16: local midnight in Paris (UTC+2 in September).
    expect((f2.getValue() as Date).toISOString()).toBe('2024-09-15T22:00:00.000Z');
    expect(f2.getDisplayValue()).toBe('2024-09-16');
    expect(review.getRange('B2').getValue()).toBe(0.031);
    expect(review.getRange('B2').getDisplayValue()).toBe('3.1%');
    expect(review.getRange('A1').getBackground()).toBe('#e8f0fe');
    expect(review.getRange('A1').getFontWeight()).toBe('bold');
    expect(review.getRange('A2').getFontWeight()).toBe('normal');
  });

  test('every cell keeps its value, number format, fill, weight, colour and note; panes and widths stay', async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    await loadWorkbookInto(env, REVIEW, { timeZone: 'Europe/Paris' });
    const original = await openExample();
    const copy = await readBack(await workbookBuffer(env));
    expect(copy.worksheets.map((w) => w.name)).toEqual(['Review', 'Revue']);
    let compared = 0;
    for (const before of original.worksheets) {
      const after = copy.getWorksheet(before.name)!;
      expect(after.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
      for (let c = 1; c <= before.columnCount; c++) {
        expect(after.getColumn(c).width).toBeCloseTo(before.getColumn(c).width!, 1);
      }
      for (let r = 1; r <= before.rowCount; r++) {
        for (let c = 1; c <= before.columnCount; c++) {
          expect({ at: `${before.name}!${r},${c}`, ...look(after.getCell(r, c)) }).toEqual({
            at: `${before.name}!${r},${c}`,
            ...look(before.getCell(r, c)),
          });
          compared++;
        }
      }
    }
    expect(compared).toBe(31 * 19 + 9 * 19);
  });

  test('notes, font colours, alignment, wrapping, hidden lines, tab colours and formulas survive a round trip', async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet('Sheet1', { properties: { tabColor: { argb: 'FF34A853' } } });
    ws.getCell('A1').value = 'Program';
    ws.getCell('A1').note = 'Owned by Claire';
    ws.getCell('B1').value = 120;
    ws.getCell('B1').font = { color: { argb: 'FFCC0000' } };
    ws.getCell('C1').value = { formula: 'B1*2', result: 240 };
    ws.getCell('D1').value = 'Wrapped and centred';
    ws.getCell('D1').alignment = { horizontal: 'center', wrapText: true };
    ws.getCell('E1').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
    ws.getColumn(2).hidden = true;
    ws.getCell('A3').value = 'Paused program';
    ws.getRow(3).hidden = true;
    ws.getRow(1).height = 30;
    const dir = mkdtempSync(path.join(tmpdir(), 'cadence-wb-'));
    const file = path.join(dir, 'styled.xlsx');
    await source.xlsx.writeFile(file);

    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    await loadWorkbookInto(env, file, { timeZone: 'Europe/Paris' });
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    const sheet = env.spreadsheet.sheet('Sheet1');
    expect(sheet.getRange('A1').getNote()).toBe('Owned by Claire');
    expect(sheet.getRange('B1').getFontColor()).toBe('#cc0000');
    expect(sheet.getRange('C1').getFormula()).toBe('=B1*2');
    expect(sheet.getRange('C1').getValue()).toBe(240);
    expect(sheet.getRange('D1').getHorizontalAlignment()).toBe('center');
    expect(sheet.getRange('D1').getWrap()).toBe(true);
    // Theme 4 is accent 1 of the default Office theme.
    expect(sheet.getRange('E1').getBackground()).toBe('#4472c4');
    expect(sheet.isColumnHiddenByUser(2)).toBe(true);
    expect(sheet.isRowHiddenByUser(3)).toBe(true);
    expect(sheet.getRowHeight(1)).toBe(40);
    expect(sheet.getTabColor()).toBe('#34a853');

    const back = (await readBack(await workbookBuffer(env))).getWorksheet('Sheet1')!;
    expect(back.getCell('A1').note).toBe('Owned by Claire');
    expect(back.getCell('B1').font.color?.argb).toBe('FFCC0000');
    expect(back.getCell('C1').formula).toBe('B1*2');
    expect(back.getCell('C1').result).toBe(240);
    expect(back.getCell('D1').alignment).toEqual({ horizontal: 'center', wrapText: true });
    expect(back.getCell('E1').fill).toMatchObject({ fgColor: { argb: 'FF4472C4' } });
    expect(back.getColumn(2).hidden).toBe(true);
    expect(back.getRow(3).hidden).toBe(true);
    expect(back.getRow(1).height).toBe(30);
    expect(back.properties.tabColor).toEqual({ argb: 'FF34A853' });
    rmSync(dir, { recursive: true, force: true });
  });
});
