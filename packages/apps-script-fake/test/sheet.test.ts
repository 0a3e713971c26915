import { createAppsScript } from '../src';

function world() {
  const env = createAppsScript({ timeZone: 'Europe/Paris' });
  const app = env.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { env, app, ss };
}

describe('inserting and deleting columns moves everything attached to cells', () => {
  function reviewSheet() {
    const w = world();
    const sheet = w.env.spreadsheet.addSheetFromGrid('Review', [
      ['Program', 'Baseline', '2026-01-15'],
      ['Nurture A', 120, 135],
    ]);
    const counted = w.ss.getSheetByName('Review')!;
    counted.getRange('C2').setNote('reviewed by Ana').setBackground('#d9ead3');
    counted.getRange('C:C').addDeveloperMetadata('cadence.review', '2026-01-15');
    const rule = w.app
      .newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setFontColor('#cc0000')
      .setRanges([counted.getRange('C2:C50')])
      .build();
    counted.setConditionalFormatRules([rule]);
    counted.getRange('C1:C2').protect().setDescription('review column');
    return { ...w, sheet, counted };
  }

  test('a column inserted before C pushes values, notes, formats, metadata, rules and protections to D', () => {
    const { counted, app } = reviewSheet();
    counted.insertColumnBefore(3);
    expect(counted.getRange('A1:D2').getValues()).toEqual([
      ['Program', 'Baseline', '', '2026-01-15'],
      ['Nurture A', 120, '', 135],
    ]);
    expect(counted.getRange('D2').getNote()).toBe('reviewed by Ana');
    expect(counted.getRange('D2').getBackground()).toBe('#d9ead3');
    expect(counted.getRange('C2').getNote()).toBe('');
    const [meta] = counted.createDeveloperMetadataFinder().withKey('cadence.review').find();
    expect(meta.getLocation().getColumn()!.getA1Notation()).toBe('D:D');
    expect(counted.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('D2:D50');
    const [protection] = counted.getProtections(app.ProtectionType.RANGE);
    expect(protection.getRange().getA1Notation()).toBe('D1:D2');
    expect(counted.getMaxColumns()).toBe(27);
  });

  test('deleting the review column deletes its metadata and protection; B stays', () => {
    const { counted, app } = reviewSheet();
    counted.deleteColumn(3);
    expect(counted.getRange('A1:C1').getValues()).toEqual([['Program', 'Baseline', '']]);
    expect(counted.createDeveloperMetadataFinder().withKey('cadence.review').find()).toHaveLength(
      0,
    );
    expect(counted.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
    expect(counted.getConditionalFormatRules()).toHaveLength(0);
  });

  test('a row inserted inside a rule range grows it: C2:C50 becomes C2:C51', () => {
    const { counted } = reviewSheet();
    counted.insertRowAfter(10);
    expect(counted.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('C2:C51');
  });

  test('deleting rows out of bounds uses the Apps Script message', () => {
    const { ss } = world();
    expect(() => ss.getActiveSheet().deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
  });
});

describe('the 10,000,000-cell limit', () => {
  test('1000 × 26 default sheet + 384,615 more rows would pass 10M cells: refused, sheet unchanged', () => {
    const { ss } = world();
    const sheet = ss.getActiveSheet();
    // (1000 + 384,615) × 26 = 10,000,990 > 10,000,000
    expect(() => sheet.insertRowsAfter(1000, 384_615)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(sheet.getMaxRows()).toBe(1000);
    // (1000 + 383,615) × 26 = 9,999,990 fits
    sheet.insertRowsAfter(1000, 383_615);
    expect(sheet.getMaxRows()).toBe(384_615);
  });

  test('the limit counts every sheet', () => {
    const { ss } = world();
    ss.getActiveSheet().insertColumnsAfter(26, 9_974); // 1000 × 10,000 = 10,000,000 exactly
    expect(() => ss.insertSheet('More')).toThrow('above the limit of 10000000 cells');
  });
});

describe('sheets, snapshots and harness access', () => {
  test('insertSheet names, activates, refuses duplicates', () => {
    const { ss } = world();
    const review = ss.insertSheet('Review');
    expect(ss.getActiveSheet().getName()).toBe('Review');
    expect(review.getIndex()).toBe(2);
    expect(() => ss.insertSheet('review')).toThrow(
      'A sheet with the name "review" already exists. Please enter another name.',
    );
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Review']);
  });

  test('snapshot dumps values, formulas and formats cell by cell, null for defaults', () => {
    const { env, ss } = world();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1:B1').setValues([['Baseline', '=B2*2']]);
    sheet.getRange('A1').setFontWeight('bold').setBackground('#EEEEEE');
    sheet.getRange('B2').setValue(0.25).setNumberFormat('0%');
    sheet.setFrozenRows(1);
    const snap = env.spreadsheet.sheet('Sheet1').snapshot();
    expect(snap.values).toEqual([
      ['Baseline', ''],
      ['', 0.25],
    ]);
    expect(snap.formulas).toEqual([
      [null, '=B2*2'],
      [null, null],
    ]);
    expect(snap.fontWeights[0]).toEqual(['bold', null]);
    expect(snap.backgrounds[0]).toEqual(['#eeeeee', null]);
    expect(snap.numberFormats[1]).toEqual([null, '0%']);
    expect(snap.frozenRows).toBe(1);
  });

  test('charts are recorded with their type, ranges and options', () => {
    const { env, ss } = world();
    const sheet = ss.getActiveSheet();
    const chart = sheet
      .newChart()
      .setChartType(env.globals.Charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:C10'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Attendance')
      .build();
    sheet.insertChart(chart);
    const [recorded] = env.spreadsheet.sheet('Sheet1').snapshot().charts;
    expect(recorded).toMatchObject({
      type: 'LINE',
      rangesA1: ['A1:C10'],
      options: { title: 'Attendance' },
    });
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Attendance');
  });

  test('developer metadata can only sit on whole rows or columns', () => {
    const { ss } = world();
    expect(() => ss.getActiveSheet().getRange('B2:C3').addDeveloperMetadata('k')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported.',
    );
  });

  test('appendRow writes after the last row with content', () => {
    const { ss } = world();
    const sheet = ss.getActiveSheet();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  test('toasts are recorded', () => {
    const { env, ss } = world();
    ss.toast('3 reviews overdue', 'Cadence', 10);
    expect(env.ui.toasts).toEqual([
      { message: '3 reviews overdue', title: 'Cadence', timeoutSeconds: 10 },
    ]);
  });
});
