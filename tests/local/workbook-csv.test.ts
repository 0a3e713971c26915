import path from 'path';
import { createAppsScript } from '@cadence/apps-script-fake';
import { TOUCH_COLUMN_LABELS } from '../../src/core/attribution/headers';
import { addCsvSheet, loadWorkbookInto } from '../../src/local/files/workbook-in';
import { InputError } from '../../src/local/files/read-grid';

const REVIEW = path.join(__dirname, '../../examples/review.xlsx');
const TOUCHES = path.join(__dirname, '../../examples/touches.csv');

describe('CSV sheets', () => {
  test('examples/touches.csv becomes a Touches sheet of 6,551 touches under its header', async () => {
    const env = createAppsScript({ timeZone: 'Europe/Paris' });
    await loadWorkbookInto(env, REVIEW, { timeZone: 'Europe/Paris' });
    const touches = await addCsvSheet(env, 'Touches', TOUCHES);
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      'Review',
      'Revue',
      'Touches',
    ]);
    expect(touches.getLastRow()).toBe(6_552);
    expect(touches.getLastColumn()).toBe(8);
    // Every documented Touches column, in the documented order.
    expect(touches.getRange('A1:H1').getValues()).toEqual([Object.values(TOUCH_COLUMN_LABELS)]);
    // Cells stay text, exactly as read-grid.ts reads CSV for the CLI.
    expect(touches.getRange('A2:D2').getValues()).toEqual([
      ['P00001', 'Organic social', 'Social', '2026-02-09 09:31'],
    ]);
  });

  test('a .csv given as the workbook is its only sheet, named after the file', async () => {
    const env = createAppsScript({ timeZone: 'America/Los_Angeles' });
    await loadWorkbookInto(env, TOUCHES, { timeZone: 'America/Los_Angeles' });
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['touches']);
    expect(env.spreadsheet.getSpreadsheetTimeZone()).toBe('America/Los_Angeles');
    expect(env.spreadsheet.sheet('touches').getLastRow()).toBe(6_552);
  });

  test('other files are refused in one line', async () => {
    const env = createAppsScript();
    await expect(loadWorkbookInto(env, 'notes.txt', { timeZone: 'UTC' })).rejects.toThrow(
      new InputError('notes.txt: expected a .xlsx or .csv file'),
    );
    await expect(loadWorkbookInto(env, 'missing.xlsx', { timeZone: 'UTC' })).rejects.toThrow(
      InputError,
    );
    // A failed load leaves the spreadsheet as it was.
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });
});
