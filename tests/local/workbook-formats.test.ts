import ExcelJS from 'exceljs';
import { createAppsScript } from '@cadence/apps-script-fake';
import {
  excelToSheetsFormat,
  sheetsToExcelFormat,
} from '../../src/local/files/excel-number-formats';
import { workbookBuffer } from '../../src/local/files/workbook-out';

describe('Sheets number formats → Excel numFmt', () => {
  test.each([
    '0.0%',
    '#,##0',
    'yyyy-mm-dd',
    'dd/mm/yyyy',
    '[$€]#,##0.00',
    '"▲ "0.0%',
    '0.0 "pts"',
    '\\▲0',
  ])('%s is written as it is', (format) => {
    expect(sheetsToExcelFormat(format)).toBe(format);
  });

  // The companion Δ sheet: arrows coloured by section, unquoted as Sheets allows; Excel wants
  // them quoted.
  test.each([
    ['[Color10]▲0.0%;[Red]▼0.0%;0.0%', '[Color10]"▲"0.0%;[Red]"▼"0.0%;0.0%'],
    ['[Green]▲ +0.0;[Red]▼ -0.0;"–"', '[Green]"▲" +0.0;[Red]"▼" -0.0;"–"'],
  ])('%s → %s', (sheets, excel) => {
    expect(sheetsToExcelFormat(sheets)).toBe(excel);
  });

  test('automatic and General formats write no numFmt', () => {
    expect(sheetsToExcelFormat(undefined)).toBeUndefined();
    expect(sheetsToExcelFormat('0.###############')).toBeUndefined();
    expect(sheetsToExcelFormat('General')).toBeUndefined();
  });
});

describe('Excel numFmt → Sheets number formats', () => {
  test.each([
    ['0.0%', 'en_US', '0.0%'],
    ['[$-409]d-mmm-yy', 'en_US', 'd-mmm-yy'],
    ['[$€-40C]#,##0.00', 'fr_FR', '[$€]#,##0.00'],
    ['mm-dd-yy', 'en_US', 'm/d/yyyy'],
    ['mm-dd-yy', 'fr_FR', 'dd/mm/yyyy'],
  ])('%s (%s) → %s', (excel, locale, sheets) => {
    expect(excelToSheetsFormat(excel, locale)).toBe(sheets);
  });

  test('General is automatic', () => {
    expect(excelToSheetsFormat('General', 'en_US')).toBeUndefined();
    expect(excelToSheetsFormat(undefined, 'en_US')).toBeUndefined();
  });
});

test('a Δ sheet written with arrow formats shows the same arrows in the file', async () => {
  const env = createAppsScript({ timeZone: 'Europe/Paris' });
  env.spreadsheet.addSheetFromGrid('Review · Δ', [
    ['Program', 'Q1'],
    ['Welcome nurture', 0.052],
    ['Lead scoring', -0.031],
  ]);
  const delta = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Review · Δ')!;
  delta.getRange('B2:B3').setNumberFormat('[Green]▲0.0%;[Red]▼0.0%;0.0%');
  expect(delta.getRange('B2:B3').getDisplayValues()).toEqual([['▲5.2%'], ['▼3.1%']]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookBuffer(env)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Review · Δ')!;
  expect(ws.getCell('B2').numFmt).toBe('[Green]"▲"0.0%;[Red]"▼"0.0%;0.0%');
  expect(ws.getCell('B3').value).toBe(-0.031);
});
