/**
 * The xlsx export of a sheet with alternating colours: xlsx has no banding object, so the export
 * writes the values and paints no fill for it.
 */
import ExcelJS from 'exceljs';
import { createAppsScript } from '@cadence/apps-script-fake';
import { workbookBuffer } from '../../src/local/files/workbook-out';

test('xlsx export skips bandings (xlsx has no such object) and paints no fill for them', async () => {
  const env = createAppsScript({ timeZone: 'Europe/Paris' });
  env.spreadsheet.addSheetFromGrid('Review', [
    ['Program', 'Baseline', 'Q1'],
    ['Nurture A', 120, 135],
    ['Webinar B', 80, 95],
    ['Scoring C', 40, 42],
  ]);
  const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Review')!;
  sheet.getRange('A1:C4').applyRowBanding();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBuffer(env)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Review')!;
  expect(ws.getCell('B3').value).toBe(80);
  expect(ws.getCell('A2').fill).toBeUndefined();
});
