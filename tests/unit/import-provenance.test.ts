/**
 * The provenance note an import writes, read back (Capture baselines names an imported value's
 * export): every note the writer can produce, in English and French, replaced or not.
 */
import fc from 'fast-check';
import { parseIso, toIso, type DayNumber } from '../../src/core/dates';
import { tImport } from '../../src/core/i18n/import';
import { readProvenance } from '../../src/core/import/provenance';

describe('readProvenance', () => {
  it('reads the English and the French note, with or without the replaced value', () => {
    expect(
      readProvenance('Cadence import: hubspot.csv, row 2, column “Click rate”, on 2026-11-22.'),
    ).toEqual({ source: 'hubspot.csv', row: 2, column: 'Click rate', day: parseIso('2026-11-22') });
    expect(
      readProvenance(
        'Import Cadence : export, v2.csv, ligne 14, colonne « Taux de clics », le 2026-11-30. ' +
          tImport('fr', 'note.replaced', { old: '0,029' }),
      ),
    ).toMatchObject({ source: 'export, v2.csv', row: 14, column: 'Taux de clics' });
  });

  it('is null for any other note', () => {
    for (const note of [
      '',
      'Checked by Ana',
      'Cadence: baseline captured on 2026-11-22',
      'Cadence import: x, row two, column “y”, on 2026-11-22.',
    ])
      expect(readProvenance(note)).toBeNull();
  });

  it('gives back what the writer wrote (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'fr' as const),
        fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() === t && t !== ''),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() === t && !/[”»]/.test(t)),
        fc.integer({ min: 0, max: 60_000 }),
        (locale, source, row, column, day) => {
          const note = tImport(locale, 'note.provenance', {
            source,
            row,
            column,
            date: toIso(day as DayNumber),
          });
          const read = readProvenance(note);
          expect(read).toMatchObject({ row, column, day });
          // A name holding the template's own separators may split elsewhere; a plain one never.
          if (!/, (row|ligne) \d/.test(source)) expect(read?.source).toBe(source);
        },
      ),
    );
  });
});
