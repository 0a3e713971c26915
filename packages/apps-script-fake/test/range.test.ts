import { createAppsScript } from '../src';

function world(options: Parameters<typeof createAppsScript>[0] = {}) {
  const env = createAppsScript({ timeZone: 'Europe/Paris', ...options });
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, ss, sheet: ss.getActiveSheet() };
}

describe('Range.getValues', () => {
  test('returns Date objects for date cells and "" for blanks', () => {
    const { sheet } = world();
    const reviewed = new Date('2026-03-02T23:00:00Z');
    sheet.getRange('A1:C1').setValues([['Nurture A', reviewed, null]]);
    const [[name, date, blank]] = sheet.getRange('A1:C1').getValues();
    expect(name).toBe('Nurture A');
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).getTime()).toBe(reviewed.getTime());
    expect(blank).toBe('');
  });

  test('hands out copies: mutating the returned array or Date does not change the sheet', () => {
    const { sheet } = world();
    sheet.getRange('A1:B1').setValues([[10, new Date('2026-01-01T00:00:00Z')]]);
    const first = sheet.getRange('A1:B1').getValues();
    first[0][0] = 999;
    (first[0][1] as Date).setUTCFullYear(1999);
    const again = sheet.getRange('A1:B1').getValues();
    expect(again[0][0]).toBe(10);
    expect((again[0][1] as Date).getUTCFullYear()).toBe(2026);
  });

  test('reading past the last row with content returns blanks, not an error', () => {
    const { sheet } = world();
    sheet.getRange('A1').setValue('only');
    expect(sheet.getLastRow()).toBe(1);
    // rows 1..3 of column A: one value then two blanks
    expect(sheet.getRange(1, 1, 3, 1).getValues()).toEqual([['only'], [''], ['']]);
  });

  test('getRange beyond the sheet (1000 rows) throws the Apps Script message', () => {
    const { sheet } = world();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('Range.setValues dimension checks', () => {
  test('3 data rows into a 2-row range', () => {
    const { sheet } = world();
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    );
  });

  test('3 data columns into a 2-column range', () => {
    const { sheet } = world();
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test('a failed write changes nothing', () => {
    const { sheet } = world();
    sheet.getRange('A1').setValue('keep');
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow();
    expect(sheet.getRange('A1').getValue()).toBe('keep');
  });
});

describe('typed input, like a user typing into Sheets', () => {
  test("'=…' becomes a formula whose value reads '' until a result is recorded", () => {
    const { env, sheet } = world();
    sheet.getRange('C2').setValue('=B2-A2');
    expect(sheet.getRange('C2').getFormula()).toBe('=B2-A2');
    expect(sheet.getRange('C2').getValue()).toBe('');
    env.spreadsheet.sheet('Sheet1').setFormulaResult(2, 3, 42);
    expect(sheet.getRange('C2').getValue()).toBe(42);
    sheet.getRange('C2').setValue(7);
    expect(sheet.getRange('C2').getFormula()).toBe('');
  });

  test("'12' becomes 12, 'TRUE' true, '15%' 0.15, '2026-05-01' midnight Paris", () => {
    const { sheet } = world();
    sheet.getRange('A1:D1').setValues([['12', 'TRUE', '15%', '2026-05-01']]);
    const [[n, b, pct, date]] = sheet.getRange('A1:D1').getValues();
    expect(n).toBe(12);
    expect(b).toBe(true);
    expect(pct).toBeCloseTo(0.15, 12);
    // Paris is UTC+2 in May, so local midnight is 22:00 UTC the day before.
    expect((date as Date).toISOString()).toBe('2026-04-30T22:00:00.000Z');
  });

  test("plain-text format '@' and a leading apostrophe keep strings as typed", () => {
    const { sheet } = world();
    sheet.getRange('A1').setNumberFormat('@').setValue('0012');
    sheet.getRange('B1').setValue("'0012");
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['0012', '0012']]);
  });

  test('a French spreadsheet reads "1,5" as 1.5', () => {
    const { sheet } = world({ locale: 'fr' });
    sheet.getRange('A1').setValue('1,5');
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
  });
});

describe('getDisplayValues applies number formats', () => {
  test.each([
    [0.1234, '0.0%', '12.3%'],
    [3.14159, '0.00', '3.14'],
    [1234567.8, '#,##0', '1,234,568'],
    [-5, '0.00;(0.00)', '(5.00)'],
    [42, '0', '42'],
    [0.5, '0.###############', '0.5'],
  ])('%p with %p shows %p', (value, format, shown) => {
    const { sheet } = world();
    sheet.getRange('A1').setValue(value).setNumberFormat(format);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(shown);
  });

  test('dates render in the spreadsheet time zone: 2026-05-01T22:30Z is 2 May in Paris', () => {
    const { sheet } = world();
    const instant = new Date('2026-05-01T22:30:00Z');
    sheet.getRange('A1:B1').setValues([[instant, instant]]);
    sheet.getRange('A1:B1').setNumberFormats([['yyyy-mm-dd', 'dd/mm/yyyy hh:mm']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([
      ['2026-05-02', '02/05/2026 00:30'],
    ]);
  });

  test('unformatted cells: 1/3 shows 10 significant digits, booleans TRUE/FALSE', () => {
    const { sheet } = world();
    sheet.getRange('A1:B1').setValues([[1 / 3, false]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['0.3333333333', 'FALSE']]);
  });
});

describe('formats and notes', () => {
  test('colours come back lower-case #rrggbb, defaults white/black/normal', () => {
    const { sheet } = world();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['#FF0000', null]])
      .setFontColor('red')
      .setFontWeights([['bold', null]]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getFontColors()).toEqual([['#ff0000', '#ff0000']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
  });

  test('notes set, read and cleared', () => {
    const { sheet } = world();
    sheet.getRange('A1:B1').setNotes([['why', '']]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['why', '']]);
    sheet.getRange('A1').clearNote();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  test('a "reject input" list validation refuses other values with the cell address', () => {
    const { env, sheet } = world();
    const rule = env.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(['ok', 'overdue'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    sheet.getRange('B2').setValue('ok');
    expect(() => sheet.getRange('B3').setValue('late')).toThrow(
      'The data you entered in cell B3 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('B2').getDataValidation()?.getCriteriaValues()).toEqual([
      ['ok', 'overdue'],
      true,
    ]);
  });

  test('insertCheckboxes makes blank cells read false', () => {
    const { sheet } = world();
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    sheet.getRange('A1').check();
    expect(sheet.getRange('A1').isChecked()).toBe(true);
  });
});

test('10,000 rows × 70 columns load and round-trip unchanged (timing: npm run bench)', () => {
  const { env, sheet } = world();
  const rows = Array.from({ length: 10_000 }, (_, r) =>
    Array.from({ length: 70 }, (_, c) => (c === 0 ? `Program ${r}` : r * 70 + c)),
  );
  env.spreadsheet.addSheetFromGrid('Big', rows);
  const big = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Big');
  const values = big!.getDataRange().getValues();
  big!.getRange(1, 1, 10_000, 70).setValues(values);
  const again = big!.getRange(1, 1, 10_000, 70).getValues();
  expect(again[9_999][69]).toBe(9_999 * 70 + 69);
  expect(again[4_321][0]).toBe('Program 4321');
  expect(sheet.getName()).toBe('Sheet1');
});
