import fc from 'fast-check';
import { toIso } from '../../src/core/dates';
import {
  readBoolean,
  readDay,
  readNumber,
  readNumberText,
  styleEvidence,
} from '../../src/core/review/values';
import { dateCell } from './review-fixtures';

const value = (text: string, style: 'decimal_comma' | 'decimal_point' = 'decimal_comma') => {
  const read = readNumberText(text, style);
  return read.kind === 'value' ? read.value : read.kind;
};

describe('numbers written as text', () => {
  test.each([
    ['12', 12],
    ['12,5', 12.5], // French decimal
    ['12.5', 12.5],
    ['-3,25', -3.25],
    ['−3,25', -3.25], // U+2212 minus sign
    ['+4', 4],
    ['0,125', 0.125], // a leading 0 is never thousands grouping
    [',5', 0.5],
    ['1 234,5', 1234.5], // normal space
    ['1\u00a0234,5', 1234.5], // no-break space (Sheets FR formatting)
    ['1\u202f234,5', 1234.5], // narrow no-break space (Intl fr-FR)
    ['12\u202f345\u202f678', 12345678],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['0.500', 0.5], // a leading 0 is never thousands grouping
    ['1.2345', 1.2345],
    ["1'234.5", 1234.5], // Swiss apostrophe
    ['1.5e3', 1500],
    ['12,50 €', 12.5],
    ['$1,234.50', 1234.5],
  ])('%s → %d', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 10);
  });

  test.each([
    ['12,5 %', 0.125],
    ['12.5%', 0.125],
    ['12 %', 0.12],
    ['12\u00a0%', 0.12],
    ['-5 %', -0.05],
    ['100 %', 1],
  ])('percent %s → fraction %d', (text, expected) => {
    const read = readNumberText(text, 'decimal_comma');
    expect(read).toMatchObject({ kind: 'value', form: 'percent' });
    expect(read.kind === 'value' && read.value).toBeCloseTo(expected, 12);
  });

  test('counts "45/120" → 0.375 with 45 successes out of 120 trials', () => {
    expect(readNumberText('45/120', 'decimal_comma')).toEqual({
      kind: 'value',
      value: 0.375,
      form: 'counts',
      counts: { successes: 45, trials: 120 },
    });
    expect(readNumberText('1 200 / 3 000', 'decimal_comma')).toMatchObject({ value: 0.4 });
  });

  test.each(['45/0', '120/45'])('counts %s cannot be a rate → bad_counts', (text) => {
    expect(readNumberText(text, 'decimal_comma')).toMatchObject({
      kind: 'invalid',
      problem: { code: 'bad_counts' },
    });
  });

  test.each('#N/A #REF! #DIV/0! #VALUE! #NAME? #NUM! #NULL! #ERROR! #n/a'.split(' '))(
    'spreadsheet error %s → cell_error',
    (text) => {
      expect(readNumberText(text, 'decimal_comma')).toMatchObject({
        kind: 'invalid',
        problem: { code: 'cell_error', params: { error: text.toUpperCase() } },
      });
    },
  );

  test.each(['n/a', 'twelve', '12 leads', '1,2,3', '1..2', '--5', '%', '12,5,5 %', '1 23,5'])(
    '%s is not a number',
    (text) => {
      expect(readNumberText(text, 'decimal_comma')).toMatchObject({
        kind: 'invalid',
        problem: { code: 'not_a_number' },
      });
    },
  );
});

describe('"1,234" and "1.500": decimal or thousands?', () => {
  test('with the decimal-comma style "1,234" is 1.234 and carries both readings', () => {
    expect(readNumberText('1,234', 'decimal_comma')).toEqual({
      kind: 'value',
      value: 1.234,
      form: 'plain',
      ambiguity: { asDecimal: 1.234, asThousands: 1234, decimalStyle: 'decimal_comma' },
    });
  });

  test('with the decimal-point style "1,234" is 1234', () => {
    expect(value('1,234', 'decimal_point')).toBe(1234);
    expect(value('-999,000 %', 'decimal_point')).toBeCloseTo(-9990, 9);
  });

  test('"1.500" is 1500 with the decimal comma and 1.5 with the decimal point — both readings kept', () => {
    expect(value('1.500', 'decimal_comma')).toBe(1500);
    expect(value('1.500', 'decimal_point')).toBe(1.5);
    expect(readNumberText('−1.500 %', 'decimal_comma')).toMatchObject({
      value: -15,
      form: 'percent',
      ambiguity: { asDecimal: -0.015, asThousands: -15, decimalStyle: 'decimal_point' },
    });
  });

  test.each(['1 500', '1\u00a0500', '1\u202f500', "1'500"])(
    '"%s" is 1500 whatever the style',
    (text) => {
      expect(value(text, 'decimal_comma')).toBe(1500);
      expect(value(text, 'decimal_point')).toBe(1500);
      expect(readNumberText(text, 'decimal_point')).not.toHaveProperty('ambiguity');
    },
  );

  test.each([
    ['12,5', 'decimal_comma'],
    ['1 234,5', 'decimal_comma'],
    ['1.234,5', 'decimal_comma'],
    ['12,5 %', 'decimal_comma'],
    ['1,234.5', 'decimal_point'],
    ['12,345,678', 'decimal_point'],
    ['12.5', 'decimal_point'],
    ['0.500', 'decimal_point'],
    ['0,500', 'decimal_comma'],
    ['1.234.567', 'decimal_comma'],
    ['1,234', null],
    ['1.234', null],
    ['12', null],
    ['abc', null],
  ])('"%s" is evidence of %s', (text, expected) => {
    expect(styleEvidence(text)).toBe(expected);
  });
});

describe('cells of other kinds in numeric cells', () => {
  test('numbers pass through; blanks are blank; checkboxes and dates are flagged', () => {
    expect(readNumber(0.42, 'decimal_comma')).toEqual({
      kind: 'value',
      value: 0.42,
      form: 'plain',
    });
    expect(readNumber('', 'decimal_comma')).toEqual({ kind: 'blank' });
    expect(readNumber('   ', 'decimal_comma')).toEqual({ kind: 'blank' });
    expect(readNumber(true, 'decimal_comma')).toMatchObject({ problem: { code: 'wrong_kind' } });
    expect(readNumber(new Date(), 'decimal_comma')).toMatchObject({
      problem: { code: 'wrong_kind' },
    });
    expect(readNumber(NaN, 'decimal_comma')).toMatchObject({ problem: { code: 'not_finite' } });
  });
});

describe('Tuned checkbox', () => {
  test.each([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    ['oui', true],
    ['Non', false],
    ['yes', true],
    ['no', false],
    ['x', true],
    ['X', true],
    [1, true],
    [0, false],
    ['vrai', true],
    ['FAUX', false],
  ])('%s → %s', (cell, expected) => {
    expect(readBoolean(cell)).toEqual({ kind: 'value', value: expected });
  });

  test('blank is blank; "maybe" and 2 are flagged', () => {
    expect(readBoolean('')).toEqual({ kind: 'blank' });
    expect(readBoolean('maybe')).toMatchObject({ problem: { code: 'not_a_boolean' } });
    expect(readBoolean(2)).toMatchObject({ problem: { code: 'not_a_boolean' } });
  });
});

describe('dates', () => {
  const iso = (read: ReturnType<typeof readDay>) =>
    read.kind === 'value' ? toIso(read.day) : read.kind;

  test.each(['Europe/Paris', 'America/Los_Angeles'])(
    'a Date cell at local midnight of 2026-03-29 in %s is 2026-03-29 there',
    (zone) => {
      expect(iso(readDay(dateCell('2026-03-29', zone), zone))).toBe('2026-03-29');
    },
  );

  test.each([
    ['2026-08-01', '2026-08-01'],
    ['01/08/2026', '2026-08-01'], // French day-first
    ['1/8/2026', '2026-08-01'],
    [' 31/12/2026 ', '2026-12-31'],
    ['2026/08/01', '2026-08-01'],
    ['1 août 2026', '2026-08-01'],
    ['August 1, 2026', '2026-08-01'],
  ])('text %s → %s', (text, expected) => {
    expect(iso(readDay(text, 'Europe/Paris'))).toBe(expected);
  });

  test.each(['2026-02-30', '31/02/2026', '13/13/2026', 'tomorrow', 'August 2026', '1/8/26'])(
    '%s is not a date',
    (text) => {
      expect(readDay(text, 'Europe/Paris')).toMatchObject({ problem: { code: 'not_a_date' } });
    },
  );

  test('an invalid Date and a date before year 1000 are flagged, not printed', () => {
    expect(readDay(new Date(NaN), 'Europe/Paris')).toMatchObject({
      problem: { code: 'invalid_date' },
    });
    expect(readDay(new Date('0500-06-01T00:00:00Z'), 'UTC')).toMatchObject({
      problem: { code: 'invalid_date' },
    });
  });
});

describe('properties', () => {
  test('any text reads as blank, a finite value or a problem — never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('decimal_comma', 'decimal_point'),
        (text, style) => {
          const read = readNumberText(text, style as 'decimal_comma');
          if (read.kind === 'value') expect(Number.isFinite(read.value)).toBe(true);
        },
      ),
    );
  });

  test.each([
    ['French', 'fr-FR', 'decimal_comma'],
    ['English', 'en-US', 'decimal_point'],
  ] as const)(
    'numbers formatted the %s way (1 234,5 / 1,234.5) read back exactly in that separator style',
    (_language, locale, style) => {
      const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
      fc.assert(
        fc.property(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: 0, max: 9999 }),
          (i, f) => {
            const x = i + Math.sign(i || 1) * (f / 10000);
            const read = readNumberText(format.format(x), style);
            expect(read.kind === 'value' && read.value).toBeCloseTo(Number(x.toFixed(4)), 6);
          },
        ),
      );
    },
  );
});
