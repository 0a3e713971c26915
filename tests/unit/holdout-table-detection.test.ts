/**
 * `isHoldoutTable`: a table whose group column (Group, Groupe, Test group…; else Holdout) holds
 * test/control values only, blanks aside, is a holdout table, never touches. Any other value
 * (a campaign group such as "Webinars") makes it a touch table with a Group column of its own.
 */
import fc from 'fast-check';
import { groupColumnIndex, isHoldoutTable } from '../../src/core/incrementality';
import type { CellValue } from '../../src/core/types';

const HEADERS = ['Prospect', 'Campaign', 'Groupe', 'Touché le', 'Converti le'];
const GROUP_WORDS = ['test', 'Control', 'treatment', 'TÉMOIN', 'Holdout', ' exposed ', 'contrôle'];
const group = fc.oneof(fc.constantFrom<CellValue>(...GROUP_WORDS), fc.constant<CellValue>(''));

test('the French "Groupe" header is the group column', () => {
  expect(groupColumnIndex(HEADERS)).toBe(2);
  expect(groupColumnIndex(['Prospect', 'Campaign', 'Touched at'])).toBeNull();
});

test('test/control values (and blanks): a holdout table as soon as one is filled', () => {
  fc.assert(
    fc.property(fc.array(group, { maxLength: 30 }), (cells) => {
      const filled = cells.some((c) => c !== '');
      expect(isHoldoutTable(HEADERS, cells)).toBe(filled);
    }),
    { seed: 15, numRuns: 300 },
  );
});

test('one value that is not a group word: a touch table', () => {
  const other = fc
    .string({ minLength: 1, maxLength: 12 })
    .filter(
      (s) =>
        s.trim() !== '' && !/^(test|control|treatment|témoin|holdout|exposed)$/i.test(s.trim()),
    );
  fc.assert(
    fc.property(fc.array(group, { maxLength: 20 }), other, fc.nat(), (cells, word, at) => {
      const mixed = [...cells];
      mixed.splice(at % (cells.length + 1), 0, word);
      const verdict = isHoldoutTable(HEADERS, mixed);
      // A random word may still be a group alias ("variant", "ciblé"): only then is it a holdout.
      if (verdict) expect(mixed.every((c) => c === '' || isHoldoutTable(HEADERS, [c]))).toBe(true);
    }),
    { seed: 16, numRuns: 300 },
  );
  expect(isHoldoutTable(HEADERS, ['Webinars', 'Nurture', ''])).toBe(false);
  expect(isHoldoutTable(HEADERS, ['test', 'control', 'Webinars'])).toBe(false);
  expect(isHoldoutTable(['Prospect', 'Campaign', 'Touched at'], ['test'])).toBe(false);
});
