import fc from 'fast-check';
import { createAppsScript, formatA1, parseA1, quoteSheetName } from '../src';

describe('A1 notation', () => {
  test("quoted sheet names: 'My sheet'!A1:B2 and a doubled quote inside", () => {
    expect(parseA1("'My sheet'!A1:B2")).toEqual({
      sheetName: 'My sheet',
      startRow: 1,
      startColumn: 1,
      endRow: 2,
      endColumn: 2,
    });
    expect(parseA1("'Bob''s plan'!C3").sheetName).toBe("Bob's plan");
  });

  test('whole columns A:C have no row bounds; rows 2:5 no column bounds', () => {
    expect(parseA1('A:C')).toEqual({
      startColumn: 1,
      endColumn: 3,
      startRow: undefined,
      endRow: undefined,
      sheetName: undefined,
    });
    expect(parseA1('2:5')).toEqual({
      startRow: 2,
      endRow: 5,
      startColumn: undefined,
      endColumn: undefined,
      sheetName: undefined,
    });
  });

  test('absolute markers and reversed corners: $B$2:A1 is A1:B2', () => {
    expect(parseA1('$B$2:A1')).toMatchObject({
      startRow: 1,
      startColumn: 1,
      endRow: 2,
      endColumn: 2,
    });
  });

  test.each(['', 'A0', '1', 'A1:B2:C3', "'unterminated!A1", 'A1:'])(
    'rejects %p with "Range not found"',
    (text) => {
      expect(() => parseA1(text)).toThrow('Range not found');
    },
  );

  test('sheet names that need quoting get quotes; plain ones do not', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Revue T1')).toBe("'Revue T1'");
    expect(quoteSheetName('A1')).toBe("'A1'");
  });

  test('property: format then parse gives back the same rectangle and sheet', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('!')),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (name, row, column, numRows, numColumns) => {
          const text = formatA1(
            { row, column, numRows, numColumns, rowsBounded: true, columnsBounded: true },
            name,
          );
          const ref = parseA1(text);
          expect(ref).toEqual({
            sheetName: name,
            startRow: row,
            startColumn: column,
            endRow: row + numRows - 1,
            endColumn: column + numColumns - 1,
          });
        },
      ),
    );
  });
});

describe('ranges from A1 on the in-memory sheet', () => {
  test('Spreadsheet.getRange("\'Revue T1\'!B2:C3") reaches the named sheet', () => {
    const env = createAppsScript();
    env.spreadsheet.addSheetFromGrid('Revue T1', [
      ['Program', 'Baseline', 'Q1'],
      ['Nurture A', 120, 135],
      ['Rule B', 40, 38],
    ]);
    const range = env.globals.SpreadsheetApp.getActiveSpreadsheet().getRange("'Revue T1'!B2:C3");
    expect(range.getSheet().getName()).toBe('Revue T1');
    expect(range.getValues()).toEqual([
      [120, 135],
      [40, 38],
    ]);
    expect(range.getA1Notation()).toBe('B2:C3');
  });

  test('whole-column range C:C spans all 1000 rows and prints as C:C', () => {
    const env = createAppsScript();
    const range = env.globals.SpreadsheetApp.getActiveSheet().getRange('C:C');
    expect(range.getNumRows()).toBe(1000);
    expect(range.getA1Notation()).toBe('C:C');
    expect(range.isStartRowBounded()).toBe(false);
  });

  test('rows 2:5 span all 26 columns', () => {
    const env = createAppsScript();
    const range = env.globals.SpreadsheetApp.getActiveSheet().getRange('2:5');
    expect([range.getRow(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 4, 26]);
    expect(range.getA1Notation()).toBe('2:5');
  });

  test('an unknown sheet name is "Range not found"', () => {
    const env = createAppsScript();
    expect(() => env.globals.SpreadsheetApp.getActiveSpreadsheet().getRange("'Nope'!A1")).toThrow(
      'Range not found',
    );
  });
});
