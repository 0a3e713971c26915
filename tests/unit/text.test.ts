import fc from 'fast-check';
import { a1, columnIndex, columnLetter, columnNumber, normalizeKey } from '../../src/core/text';

describe('A1 letters', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s and back', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('round-trips every column of a Sheets grid (18,278 columns)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 18_277 }), (n) => columnIndex(columnLetter(n)) === n),
    );
  });

  it.each(['', 'a', 'A1', 'AAAA', '1', 'É'])('rejects %j', (text) => {
    expect(columnIndex(text)).toBeNull();
  });

  it('counts columns of a typed reference in either case, as A1 notation does: ab → 28', () => {
    expect(columnNumber('ab')).toBe(28);
    expect(columnNumber('AB')).toBe(28);
    expect(columnNumber('A')).toBe(1);
  });

  it('names cells like Sheets: row 6, column 1 → B7', () => {
    expect(a1(6, 1)).toBe('B7');
  });
});

describe('normalizeKey', () => {
  it('ignores case, accents and punctuation: "Cycle de vente (jours)" ≡ "CYCLE DE VENTE – JOURS"', () => {
    expect(normalizeKey('Cycle de vente (jours)')).toBe(normalizeKey('CYCLE DE VENTE – JOURS'));
    expect(normalizeKey('Mis en place le')).toBe('mis en place le');
    expect(normalizeKey('Réglé ?')).toBe('regle');
  });
});
