import { toIso } from '../../src/core/dates';
import { classifyDateText, orderEvidence, resolveEither } from '../../src/core/reading/date-text';
import { readHeaders } from '../../src/core/review/headers';

const read = (text: string) => {
  const r = classifyDateText(text);
  if (r === null) return null;
  if (r.kind === 'day') return toIso(r.day);
  if (r.kind === 'either') return [toIso(r.dayFirst), toIso(r.monthFirst)];
  return 'unreadable';
};

describe('one reading', () => {
  test.each([
    ['2026-09-01', '2026-09-01'],
    ['2026/09/01', '2026-09-01'],
    ['2026/9/1', '2026-09-01'],
    ['2026-09-01T00:00:00Z', '2026-09-01'],
    ['2026-09-01 00:00', '2026-09-01'],
    ['13/1/2026', '2026-01-13'],
    ['1/13/2026', '2026-01-13'],
    ['5/5/2026', '2026-05-05'],
    ['01.10.2026', '2026-10-01'], // dotted: day first
    ['1 mars 2026', '2026-03-01'],
    ['1er janvier 2026', '2026-01-01'],
    ['1er Janvier 2026', '2026-01-01'],
    ['15 févr. 2026', '2026-02-15'],
    ['15 fevrier 2026', '2026-02-15'],
    ['March 1, 2026', '2026-03-01'],
    ['March 1 2026', '2026-03-01'],
    ['Mar. 1, 2026', '2026-03-01'],
    ['Sept 30 2026', '2026-09-30'],
    ['1st March 2026', '2026-03-01'],
    ['the 2nd of May 2026', '2026-05-02'],
    ['1-Mar-2026', '2026-03-01'],
    ['Sunday, March 1, 2026', '2026-03-01'],
    ['dimanche 1 mars 2026', '2026-03-01'],
    ['mar. 3 mars 2026', '2026-03-03'], // "mar." is mardi before a date, March inside it
  ])('%s → %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });
});

test('9/1/2026 is 9 January or 1 September: both readings, the caller decides', () => {
  expect(read('9/1/2026')).toEqual(['2026-01-09', '2026-09-01']);
  expect(read('09-01-2026')).toEqual(['2026-01-09', '2026-09-01']);
});

describe('looks like a date, names no day: unreadable, never a guess', () => {
  test.each([
    '31/02/2026',
    '2026-02-30',
    '2026-13-01',
    'March 2026',
    'mars 2026',
    '31 février 2026',
    '9/1/26',
    'Monday, March 1, 2026',
    'Sept 2026 review',
  ])('%s', (text) => {
    expect(read(text)).toBe('unreadable');
  });
});

test.each(['Name', 'Mai', 'Q3 2026', 'Budget 2026', '12', 'May campaign', '1,500'])(
  '"%s" is not a date',
  (text) => {
    expect(read(text)).toBeNull();
  },
);

test('evidence: the only order a line proves; none when it proves both', () => {
  const line = (...texts: string[]) => orderEvidence(texts.map(classifyDateText));
  expect(line('9/1/2026', '13/1/2026')).toBe('day_first');
  expect(line('9/1/2026', '12/15/2026')).toBe('month_first');
  expect(line('13/1/2026', '12/15/2026')).toBeNull();
  expect(line('9/1/2026', '14.02.2026', '2026-09-01')).toBeNull(); // dots and ISO prove nothing
  const either = classifyDateText('9/1/2026');
  if (either?.kind !== 'either') throw new Error('expected two readings');
  expect(resolveEither(either, null, 'month_first')).toEqual({
    day: either.monthFirst,
    guessed: true,
  });
  expect(resolveEither(either, 'day_first', 'month_first')).toEqual({
    day: either.dayFirst,
    guessed: false,
  });
});

test('a header that looks like a date but cannot be read is named in a warning, in English and French', () => {
  const columns = readHeaders(
    ['Name', 'Baseline', '31/02/2026', 'March 2026', '2026-03-01'],
    5,
    'UTC',
  );
  expect(columns.reviewColumns.map((c) => c.letter)).toEqual(['E']);
  expect(columns.others).toEqual([2, 3]);
  expect(columns.diagnostics.map((d) => [d.cell, d.severity, d.code, d.message])).toEqual([
    [
      'C1',
      'warning',
      'unreadable_date_header',
      'C1 holds "31/02/2026", which looks like a date but names no day of the calendar; the column is not read as a review. Type YYYY-MM-DD or use a date cell.',
    ],
    ['D1', 'warning', 'unreadable_date_header', expect.stringContaining('"March 2026"')],
  ]);
});
