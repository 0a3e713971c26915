/**
 * Properties of the readers on what people type: random dates and numbers, rendered in every
 * text form Cadence reads, by one writer per sheet (one day/month order, one decimal separator),
 * read under a random locale. Every cell comes back as the value written, or is named in a
 * diagnostic — never a different value silently.
 */
import fc from 'fast-check';
import { toIso, ymd, type DayNumber } from '../../src/core/dates';
import { readReviewSheet, type ReviewSheet } from '../../src/core/review/sheet';
import { a1 } from '../../src/core/text';
import type { CellValue } from '../../src/core/types';
import { day } from './review-fixtures';

const today = day('2100-01-01');
const localeArb = fc.constantFrom(
  null,
  'en_US',
  'en_GB',
  'en',
  'fr_FR',
  'fr',
  'de_DE',
  'es_MX',
  'fr-CA',
);

/** Every cell a diagnostic names, including the cells a list diagnostic lists. */
function namedCells(sheet: ReviewSheet): Set<string> {
  const cells = new Set<string>();
  for (const d of sheet.diagnostics) {
    cells.add(d.cell);
    if ('cells' in d.params) for (const c of d.params.cells) cells.add(c.cell);
  }
  return cells;
}

// ---- dates -------------------------------------------------------------------------------

const EN_MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const EN_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const FR_SHORT = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

type DateForm = (d: DayNumber, dayFirst: boolean) => string;
const pad = (n: number) => String(n).padStart(2, '0');

/** Every text form, as a writer who puts the day first (or not) would type it. */
const DATE_FORMS: readonly DateForm[] = [
  (d) => toIso(d),
  (d) => toIso(d).replace(/-/g, '/'),
  (d, dayFirst) => numeric(d, dayFirst, '/', true),
  (d, dayFirst) => numeric(d, dayFirst, '/', false),
  (d, dayFirst) => numeric(d, dayFirst, '-', true),
  // Dotted dates are written day first by everyone who writes them (de, fr-CH, ru…).
  (d) => numeric(d, true, '.', true),
  (d) => {
    const { year, month, day: dd } = ymd(d);
    return `${dd === 1 ? '1er' : dd} ${FR_MONTHS[month - 1]} ${year}`;
  },
  (d) => {
    const { year, month, day: dd } = ymd(d);
    return `${dd} ${FR_SHORT[month - 1]} ${year}`;
  },
  (d) => {
    const { year, month, day: dd } = ymd(d);
    return `${EN_MONTHS[month - 1]} ${dd}, ${year}`;
  },
  (d) => {
    const { year, month, day: dd } = ymd(d);
    return `${EN_MONTHS[month - 1]} ${dd} ${year}`;
  },
  (d) => {
    const { year, month, day: dd } = ymd(d);
    return `${dd}-${EN_SHORT[month - 1]}-${year}`;
  },
  (d) => {
    const { year, month, day: dd } = ymd(d);
    return `${EN_WEEKDAYS[(d + 4) % 7]}, ${EN_MONTHS[month - 1]} ${dd}, ${year}`;
  },
  (d) => {
    const { year, month, day: dd } = ymd(d);
    return `${FR_WEEKDAYS[(d + 4) % 7]} ${dd} ${FR_MONTHS[month - 1]} ${year}`;
  },
];

function numeric(d: DayNumber, dayFirst: boolean, sep: string, padded: boolean): string {
  const { year, month, day: dd } = ymd(d);
  const [a, b] = dayFirst ? [dd, month] : [month, dd];
  return padded ? `${pad(a)}${sep}${pad(b)}${sep}${year}` : `${a}${sep}${b}${sep}${year}`;
}

const dayArb = fc.integer({ min: day('2000-01-01'), max: day('2099-12-31') });
const formArb = fc.integer({ min: 0, max: DATE_FORMS.length - 1 });

describe('text dates', () => {
  test('review-column headers: the date written, or the header is named in a diagnostic', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(dayArb, formArb), {
          minLength: 1,
          maxLength: 6,
          selector: ([d]) => d,
        }),
        fc.boolean(),
        localeArb,
        fc.constantFrom(['Name', 'Baseline'], ['Nom', 'Référence'], ['', '']),
        (dates, dayFirst, locale, names) => {
          const header: CellValue[] = [
            ...names,
            ...dates.map(([d, f]) => DATE_FORMS[f](d, dayFirst)),
          ];
          const sheet = readReviewSheet([header, ['A', 1, ...dates.map(() => 2)]], {
            timeZone: 'UTC',
            today,
            locale,
          });
          const named = namedCells(sheet);
          dates.forEach(([d], k) => {
            const column = sheet.columns.reviewColumns.find((c) => c.index === k + 2);
            if (column?.day === d) return;
            expect([header[k + 2], named.has(a1(0, k + 2))]).toEqual([header[k + 2], true]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('Set up on cells: the date written, or the cell is named in a diagnostic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dayArb, formArb), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        localeArb,
        (dates, dayFirst, locale) => {
          const grid: CellValue[][] = [
            ['Name', 'Type', 'Set up on'],
            ...dates.map(([d, f], k) => [`P${k}`, 'Nurture', DATE_FORMS[f](d, dayFirst)]),
          ];
          const sheet = readReviewSheet(grid, { timeZone: 'UTC', today, locale });
          const named = namedCells(sheet);
          dates.forEach(([d], k) => {
            if (sheet.rows[k].setUpOn === d) return;
            expect([grid[k + 1][2], named.has(a1(k + 1, 2))]).toEqual([grid[k + 1][2], true]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---- numbers -----------------------------------------------------------------------------

interface Writer {
  readonly decimal: '.' | ',';
  readonly group: string;
}

/** How people group thousands with each decimal separator. */
const WRITERS: readonly Writer[] = [
  { decimal: '.', group: '' },
  { decimal: '.', group: ',' },
  { decimal: '.', group: ' ' },
  { decimal: '.', group: "'" },
  { decimal: ',', group: '' },
  { decimal: ',', group: '.' },
  { decimal: ',', group: ' ' },
  { decimal: ',', group: '\u00a0' },
  { decimal: ',', group: '\u202f' },
];

/** `x` with `decimals` digits, as the writer types it (sign, grouping, decimal separator). */
function render(x: number, decimals: number, writer: Writer, minus: string): string {
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.');
  const grouped = writer.group === '' ? int : int.replace(/\B(?=(\d{3})+$)/g, writer.group);
  return `${x < 0 ? minus : ''}${grouped}${frac === undefined ? '' : writer.decimal + frac}`;
}

const rowArb = fc.record({
  magnitude: fc.integer({ min: -1, max: 6 }),
  factors: fc.array(fc.double({ min: 0.6, max: 1.6, noNaN: true }), { minLength: 1, maxLength: 5 }),
  decimals: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
  asNumber: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  percent: fc.boolean(),
  negative: fc.boolean(),
});

describe('text numbers', () => {
  test('baselines and review values: the number written, or the cell is named in a diagnostic', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...WRITERS),
        fc.constantFrom('-', '\u2212'),
        localeArb,
        (rows, writer, minus, locale) => {
          const width = Math.max(...rows.map((r) => r.factors.length));
          const header: CellValue[] = ['Name', 'Metric'];
          for (let c = 0; c < width; c++) header.push(toIso(day('2026-01-01') + 7 * c));
          const grid: CellValue[][] = [header];
          const expected: Array<Array<number | null>> = [];
          rows.forEach((r, k) => {
            const line: CellValue[] = [`P${k}`, r.percent ? 'Open rate' : 'Leads'];
            const values: Array<number | null> = [];
            r.factors.forEach((f, c) => {
              const decimals = r.decimals[c];
              const sign = r.negative && !r.percent ? -1 : 1;
              if (r.percent) {
                // A rate written as a percentage: 12,5 % (up to 3 decimals of points).
                const points = Number(Math.min(95, 40 * f).toFixed(decimals));
                values.push(points / 100);
                line.push(`${render(points, decimals, writer, minus)} %`);
                return;
              }
              const x = sign * Number((10 ** r.magnitude * f).toFixed(decimals));
              values.push(x);
              line.push(r.asNumber[c] ? x : render(x, decimals, writer, minus));
            });
            grid.push(line);
            expected.push(values);
          });
          const sheet = readReviewSheet(grid, { timeZone: 'UTC', today, locale });
          const named = namedCells(sheet);
          expected.forEach((values, k) => {
            values.forEach((x, c) => {
              const point = sheet.rows[k].series.find((p) => p.column === c + 2);
              if (
                x !== null &&
                point &&
                Math.abs(point.value - x) <= 1e-9 * Math.max(1, Math.abs(x))
              )
                return;
              expect([grid[k + 1][c + 2], named.has(a1(k + 1, c + 2))]).toEqual([
                grid[k + 1][c + 2],
                true,
              ]);
            });
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a bare number of points in a row of percentages is the rate it means, and says so', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 80 }), { minLength: 2, maxLength: 5 }),
        fc.nat(),
        (points, which) => {
          const k = which % points.length;
          const line: CellValue[] = [
            'Open rate',
            ...points.map((p, c) => (c === k ? p : `${p} %`)),
          ];
          const header: CellValue[] = [
            'Name',
            ...points.map((_, c) => toIso(day('2026-01-01') + 7 * c)),
          ];
          const sheet = readReviewSheet([header, line], { timeZone: 'UTC', today });
          expect(sheet.rows[0].series.map((p) => p.value)).toEqual(points.map((p) => p / 100));
          expect(
            sheet.diagnostics.filter((d) => d.code === 'rate_in_points').map((d) => d.cell),
          ).toEqual([a1(1, k + 1)]);
        },
      ),
    );
  });
});
