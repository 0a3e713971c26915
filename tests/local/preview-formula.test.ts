/**
 * The preview's evaluator of conditional-format custom formulas: the shapes the add-on writes,
 * Sheets' comparison rules (text case-insensitive, above any number), references relative to the
 * rule's anchor, and a refusal — never a guess — outside its subset.
 */
import fc from 'fast-check';
import {
  formulaHolds,
  UnsupportedFormula,
  type FormulaContext,
} from '../../src/local/preview/formula';
import { a1 } from '../../src/core/text';
import type { CellValue } from '../../src/core/types';

/** A sheet of `cells` ("U2" → value), the rule anchored at A1, evaluated for the cell at row/column. */
function at(row: number, column: number, cells: Record<string, CellValue> = {}): FormulaContext {
  return {
    row,
    column,
    anchorRow: 1,
    anchorColumn: 1,
    value: (r, c) => cells[a1(r - 1, c - 1)] ?? '',
  };
}

describe('the add-on’s own rules', () => {
  test('=AND(N("cadence")=0,LEFT($U2,1)="●") holds on the rows whose U starts with ●', () => {
    const rule = '=AND(N("cadence")=0,LEFT($U2,1)="●")';
    // Anchored at A1 and written for row 2: row 5 reads U6 (relative row), any column reads U.
    expect(formulaHolds(rule, at(5, 3, { U6: '● Overdue' }))).toBe(true);
    expect(formulaHolds(rule, at(5, 3, { U6: 'Ok' }))).toBe(false);
    expect(formulaHolds(rule, at(5, 3, { U5: '● Overdue' }))).toBe(false);
  });

  test('=AND(N("cadence")=0,OR(COLUMN()=13,COLUMN()=15)) holds on columns M and O only', () => {
    const rule = '=AND(N("cadence")=0,OR(COLUMN()=13,COLUMN()=15))';
    const holds = [12, 13, 14, 15].map((column) => formulaHolds(rule, at(2, column)));
    expect(holds).toEqual([false, true, false, true]);
  });
});

describe('Sheets’ rules of comparison and arithmetic', () => {
  test('text compares case-insensitively and above any number', () => {
    expect(formulaHolds('="abc"="ABC"', at(1, 1))).toBe(true);
    expect(formulaHolds('="a">999', at(1, 1))).toBe(true);
    expect(formulaHolds('=2+3*4=14', at(1, 1))).toBe(true);
    expect(formulaHolds('=-2-3=-5', at(1, 1))).toBe(true);
    expect(formulaHolds('=10/4>=2.5', at(1, 1))).toBe(true);
    expect(formulaHolds('="a"&"b"<>"ab"', at(1, 1))).toBe(false);
  });

  test('arguments separated by ";" as a comma-decimal locale writes them', () => {
    expect(formulaHolds('=AND(1=1;LEN(B1)=3)', at(1, 1, { B1: 'abc' }))).toBe(true);
    expect(formulaHolds('=NOT(ISBLANK(B1))', at(1, 1))).toBe(false);
    expect(formulaHolds('=RIGHT(B1;2)="bc"', at(1, 1, { B1: 'abc' }))).toBe(true);
  });

  test('outside the subset: refused, never guessed', () => {
    expect(() => formulaHolds('=VLOOKUP(A1,B:C,2)', at(1, 1))).toThrow(UnsupportedFormula);
    expect(() => formulaHolds('=AND(1=1', at(1, 1))).toThrow(UnsupportedFormula);
    expect(() => formulaHolds('=1=1)', at(1, 1))).toThrow(UnsupportedFormula);
  });

  test('any text a user writes gives true, false or UnsupportedFormula — nothing else', () => {
    const piece = fc.constantFrom(
      '=',
      'AND',
      'OR(',
      'N(',
      '"x"',
      '1',
      '$A$1',
      'B2',
      ',',
      ';',
      ')',
      '(',
      '&',
      '-',
      '<>',
      'LEN(',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 12 }),
        (parts) => {
          try {
            return typeof formulaHolds(parts.join(''), at(3, 3, { A1: 'a', B4: 2 })) === 'boolean';
          } catch (e) {
            return e instanceof UnsupportedFormula;
          }
        },
      ),
    );
  });
});
