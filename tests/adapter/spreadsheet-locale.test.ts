/**
 * The add-on reads text dates in the spreadsheet's own locale (File > Settings) when the sheet
 * does not settle their order: Spreadsheet.getSpreadsheetLocale(), which returns e.g. "en_US" —
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()
 */
import type { CellValue } from '../../src/core/types';
import { worldWith, ZONE } from './review-env';

// A set-up date pasted as text: 1 October in en_US, 10 January in fr_FR or en_GB.
const grid = (): CellValue[][] => [
  ['Name', 'Baseline', 'Type', 'Set up on'],
  ['Pricing page rule', 340, 'Automation rule', '10/1/2026'],
];

function nextReview(spreadsheetLocale: string): string {
  const world = worldWith('Review', grid());
  world.env.spreadsheet.setSpreadsheetLocale(spreadsheetLocale);
  expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
  const sheet = world.env.spreadsheet.getSheetByName('Review')!;
  const values = sheet.getDataRange().getValues();
  const column = values[0].indexOf('Next review');
  const cell = values[1][column] as Date;
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(cell);
}

describe('text dates follow the spreadsheet locale', () => {
  it('en_US: set up on 10/1/2026 is 1 October, so an automation rule is due 30 days later, on 2026-10-31', () => {
    expect(nextReview('en_US')).toBe('2026-10-31');
  });

  it('fr_FR and en_GB: the same cell is 10 January, due on 2026-02-09', () => {
    expect(nextReview('fr_FR')).toBe('2026-02-09');
    expect(nextReview('en_GB')).toBe('2026-02-09');
  });
});
