/**
 * Alternating colours in the in-memory Sheets: a banding is an object of its sheet, not a cell
 * format; it refuses overlaps, moves with rows and columns, and shows in the snapshot.
 */
import { createAppsScript, BANDING_OVERLAP_ERROR } from '../src';

function world() {
  const env = createAppsScript({ timeZone: 'Europe/Paris' });
  const app = env.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  env.spreadsheet.addSheetFromGrid('Review', [
    ['Program', 'Baseline', 'Q1'],
    ['Nurture A', 120, 135],
    ['Webinar B', 80, 95],
    ['Scoring C', 40, 42],
  ]);
  const sheet = ss.getSheetByName('Review')!;
  return { env, app, ss, sheet };
}

describe('applyRowBanding', () => {
  test('LIGHT_GREY with a header and no footer: header, two alternating colours, no footer', () => {
    const { app, sheet } = world();
    const banding = sheet
      .getRange('A1:C4')
      .applyRowBanding(app.BandingTheme.LIGHT_GREY, true, false);
    expect(banding.getRange().getA1Notation()).toBe('A1:C4');
    expect(banding.getHeaderRowColor()).toBe('#bdbdbd');
    expect(banding.getFirstRowColor()).toBe('#ffffff');
    expect(banding.getSecondRowColor()).toBe('#f3f3f3');
    expect(banding.getFooterRowColor()).toBeNull();
    expect(banding.getFirstColumnColor()).toBeNull();
  });

  test('without arguments it has a header row and no footer, as documented', () => {
    const { sheet } = world();
    const banding = sheet.getRange('A1:C4').applyRowBanding();
    expect(banding.getHeaderRowColor()).not.toBeNull();
    expect(banding.getFooterRowColor()).toBeNull();
  });

  test('showHeader false / showFooter true', () => {
    const { app, sheet } = world();
    const banding = sheet.getRange('A1:C4').applyRowBanding(app.BandingTheme.BLUE, false, true);
    expect(banding.getHeaderRowColor()).toBeNull();
    expect(banding.getFooterRowColor()).toBe('#acc9fe');
  });

  test('does not paint any cell: backgrounds stay the default white', () => {
    const { env, sheet } = world();
    sheet.getRange('A1:C4').applyRowBanding();
    expect(sheet.getRange('A1:C4').getBackgrounds().flat()).toEqual(Array(12).fill('#ffffff'));
    expect(env.spreadsheet.sheet('Review').snapshot().backgrounds.flat()).toEqual(
      Array(12).fill(null),
    );
  });

  test('a range overlapping an existing banding is refused; a disjoint one is not', () => {
    const { sheet } = world();
    sheet.getRange('A1:C4').applyRowBanding();
    expect(() => sheet.getRange('C4:D6').applyRowBanding()).toThrow(BANDING_OVERLAP_ERROR);
    expect(() => sheet.getRange('A1:C4').applyColumnBanding()).toThrow(BANDING_OVERLAP_ERROR);
    expect(sheet.getBandings()).toHaveLength(1);
    sheet.getRange('E1:F4').applyRowBanding();
    expect(sheet.getBandings()).toHaveLength(2);
  });

  test('one call is one counted SpreadsheetApp call', () => {
    const { env, sheet } = world();
    const range = sheet.getRange('A1:C4');
    env.calls.reset();
    range.applyRowBanding();
    expect(env.calls.count('SpreadsheetApp')).toBe(1);
  });
});

describe('getBandings', () => {
  test('sheet: all its bandings; range: those touching it; spreadsheet: every sheet’s', () => {
    const { ss, sheet } = world();
    sheet.getRange('A1:C4').applyRowBanding();
    sheet.getRange('E1:F2').applyRowBanding();
    ss.insertSheet('Other').getRange('A1:B2').applyRowBanding();
    expect(sheet.getBandings().map((b) => b.getRange().getA1Notation())).toEqual([
      'A1:C4',
      'E1:F2',
    ]);
    expect(sheet.getRange('C4:E4').getBandings()).toHaveLength(1);
    expect(sheet.getRange('B2').getBandings()[0].getRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getRange('D1:D10').getBandings()).toEqual([]);
    expect(ss.getBandings()).toHaveLength(3);
  });
});

describe('a banding moves with rows and columns, like protections', () => {
  test('insertRowsBefore(3, 2) inside A1:C4 grows it to A1:C6; rows above it push it down', () => {
    const { sheet } = world();
    const banding = sheet.getRange('A1:C4').applyRowBanding();
    sheet.insertRowsBefore(3, 2);
    expect(banding.getRange().getA1Notation()).toBe('A1:C6');
    sheet.insertRowsBefore(1, 1);
    expect(banding.getRange().getA1Notation()).toBe('A2:C7');
  });

  test('deleteColumn(2) narrows A1:C4 to A1:B4; deleting every column removes the banding', () => {
    const { sheet } = world();
    const banding = sheet.getRange('A1:C4').applyRowBanding();
    sheet.getRange('E1:E4').applyRowBanding();
    sheet.deleteColumn(2);
    expect(banding.getRange().getA1Notation()).toBe('A1:B4');
    expect(sheet.getBandings().map((b) => b.getRange().getA1Notation())).toEqual([
      'A1:B4',
      'D1:D4',
    ]);
    sheet.deleteColumn(4);
    expect(sheet.getBandings()).toHaveLength(1);
  });
});

describe('editing and removing', () => {
  test('setters change the stored banding; colours come back lower-case #rrggbb', () => {
    const { sheet } = world();
    sheet.getRange('A1:C4').applyRowBanding().setFirstRowColor('#FFF').setHeaderRowColor(null);
    const stored = sheet.getBandings()[0];
    expect(stored.getFirstRowColor()).toBe('#ffffff');
    expect(stored.getHeaderRowColor()).toBeNull();
  });

  test('setRange moves it, refusing another banding’s cells', () => {
    const { sheet } = world();
    const banding = sheet.getRange('A1:C4').applyRowBanding();
    sheet.getRange('E1:E4').applyRowBanding();
    banding.setRange(sheet.getRange('A1:C10'));
    expect(banding.getRange().getA1Notation()).toBe('A1:C10');
    expect(() => banding.setRange(sheet.getRange('A1:E4'))).toThrow(BANDING_OVERLAP_ERROR);
  });

  test('copyTo puts the same colours elsewhere', () => {
    const { app, sheet } = world();
    const banding = sheet.getRange('A1:C4').applyRowBanding(app.BandingTheme.GREEN);
    const copy = banding.copyTo(sheet.getRange('A10:C12'));
    expect(copy.getSecondRowColor()).toBe(banding.getSecondRowColor());
    expect(sheet.getBandings()).toHaveLength(2);
  });

  test('remove() takes it off the sheet, and the range can be banded again', () => {
    const { sheet } = world();
    sheet.getRange('A1:C4').applyRowBanding().remove();
    expect(sheet.getBandings()).toEqual([]);
    expect(() => sheet.getRange('A1:C4').applyRowBanding()).not.toThrow();
  });

  test('deleting the sheet deletes its bandings', () => {
    const { ss, sheet } = world();
    ss.insertSheet('Other');
    sheet.getRange('A1:C4').applyRowBanding();
    ss.deleteSheet(sheet);
    expect(ss.getBandings()).toEqual([]);
  });
});

test('the snapshot lists each banding with its range and colours', () => {
  const { app, env, sheet } = world();
  sheet.getRange('A1:C4').applyRowBanding(app.BandingTheme.LIGHT_GREY, true, false);
  expect(env.spreadsheet.sheet('Review').snapshot().bandings).toEqual([
    {
      range: 'A1:C4',
      headerRowColor: '#bdbdbd',
      firstRowColor: '#ffffff',
      secondRowColor: '#f3f3f3',
    },
  ]);
});
