/**
 * The files users really have (tests/fixtures): text dates in US and French order, month names,
 * dotted and slashed ISO dates, thousands written four ways, a bare 47 in a row of percentages.
 * Each is read right, or the cell is named in a diagnostic — never a silent guess.
 */
import path from 'path';
import { toIso } from '../../src/core/dates';
import { diagnosticText } from '../../src/core/i18n/diagnostics';
import { reviewSheet, toReviewJson, type ReviewOptions } from '../../src/core/review/review';
import { readWorkbook } from '../../src/local/files/read-grid';
import { day } from './review-fixtures';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);
const options: ReviewOptions = { timeZone: 'Europe/Paris', today: day('2026-11-22') };

async function review(name: string, extra: Partial<ReviewOptions> = {}) {
  const [sheet] = await readWorkbook(fixture(name), options.timeZone);
  return reviewSheet(sheet.rows, { ...options, ...extra });
}

const headerDates = (result: Awaited<ReturnType<typeof review>>) =>
  result.sheet.columns.reviewColumns.map((c) => [c.letter, toIso(c.day)]);
const setUp = (result: Awaited<ReturnType<typeof review>>) =>
  result.sheet.rows.map((r) => [r.name, r.setUpOn === null ? null : toIso(r.setUpOn)]);
const warnings = (result: Awaited<ReturnType<typeof review>>) =>
  result.diagnostics.filter((d) => d.severity === 'warning');

describe('us-dates.csv: a US export with English headers', () => {
  test('header 9/1/2026 is 1 September (12/15/2026 in the same row says month first); every form is a review column', async () => {
    const result = await review('us-dates.csv');
    expect(headerDates(result)).toEqual([
      ['E', '2025-09-01'],
      ['F', '2026-03-01'], // "March 1, 2026"
      ['G', '2026-06-01'], // 2026/06/01
      ['H', '2026-09-01'], // 9/1/2026 — not 9 January
      ['I', '2026-12-15'],
    ]);
  });

  test('Set up on 10/1/2026 is 1 October: English headers read month first, and one warning lists the cells read so', async () => {
    const result = await review('us-dates.csv');
    expect(setUp(result)).toEqual([
      ['Welcome nurture', '2025-10-01'],
      ['Pricing page rule', '2026-10-01'],
      ['Lead scoring', '2025-02-03'],
    ]);
    // An automation rule is reviewed 30 days after set-up: 1 October + 30 = 31 October.
    expect(result.rows[1].next).toBe(day('2026-10-31'));
    const guesses = result.diagnostics.filter((d) => d.code === 'ambiguous_dates');
    expect(guesses).toHaveLength(1);
    expect(guesses[0]).toMatchObject({ cell: 'C2', severity: 'warning' });
    expect(guesses[0].message).toBe(
      'C2 "10/1/2025" → 2025-10-01, C3 "10/1/2026" → 2026-10-01, C4 "2/3/2025" → 2025-02-03: day and month could be either way round; read month first (mm/dd/yyyy) from the language of the headers. Type YYYY-MM-DD to be sure.',
    );
  });

  test('--locale en-GB reads the same set-up cells day first, and says which locale it used', async () => {
    const result = await review('us-dates.csv', { locale: 'en-GB' });
    expect(setUp(result)[1]).toEqual(['Pricing page rule', '2026-01-10']);
    // The header row's own evidence (12/15/2026) still wins over the locale.
    expect(headerDates(result)[3]).toEqual(['H', '2026-09-01']);
    expect(result.diagnostics.find((d) => d.code === 'ambiguous_dates')?.message).toContain(
      'read day first (dd/mm/yyyy) from the spreadsheet locale en-GB',
    );
  });

  test('the JSON names the kind and every cell of the list, keeping cell/severity/message', async () => {
    const json = toReviewJson(await review('us-dates.csv'), 'us-dates');
    expect(json.diagnostics.find((d) => d.kind === 'ambiguous_dates')).toMatchObject({
      cell: 'C2',
      severity: 'warning',
      cells: ['C2', 'C3', 'C4'],
    });
  });
});

describe('french-dates.csv: French headers, month names, dotted dates, French numbers', () => {
  test('1 mars 2026, 1er juin 2026, 01.10.2026 and 1 décembre 2026 are review columns', async () => {
    expect(headerDates(await review('french-dates.csv'))).toEqual([
      ['E', '2026-03-01'],
      ['F', '2026-06-01'],
      ['G', '2026-10-01'],
      ['H', '2026-12-01'],
    ]);
  });

  test('Mis en place le 10/1/2026 is 10 January (French headers: day first), listed in one warning', async () => {
    const result = await review('french-dates.csv');
    expect(setUp(result)).toEqual([
      ['Bienvenue', '2026-01-10'],
      ['Routage des leads', '2026-02-03'],
      ['Webinaires produit', '2025-12-01'],
    ]);
    const guess = result.diagnostics.find((d) => d.code === 'ambiguous_dates');
    expect(guess && diagnosticText(guess, 'fr')).toBe(
      'C2 « 10/1/2026 » → 2026-01-10, C3 « 3/2/2026 » → 2026-02-03, C4 « 1/12/2025 » → 2025-12-01 : le jour et le mois peuvent être inversés ; lus jour d’abord (jj/mm/aaaa) d’après la langue des en-têtes. Saisissez AAAA-MM-JJ pour lever le doute.',
    );
  });

  test('1 200 and 1\u202f280 are thousands; 12,5 % is a decimal', async () => {
    const [bienvenue, , webinaires] = (await review('french-dates.csv')).sheet.rows;
    expect(bienvenue.baseline?.value).toBe(1200);
    expect(bienvenue.series.map((p) => p.value)).toEqual([1250, 1300, 1280]);
    expect(webinaires.baseline?.value).toBeCloseTo(0.125, 12);
  });
});

describe('text-dates.xlsx: text dates inside a workbook', () => {
  test('text headers March 1 2026, 2026/06/01, 9/1/2026 and 01.10.2026 are review columns next to a date cell', async () => {
    const result = await review('text-dates.xlsx');
    expect(headerDates(result)).toEqual([
      ['E', '2025-12-01'], // a date cell: unambiguous
      ['F', '2026-03-01'],
      ['G', '2026-06-01'],
      ['H', '2026-09-01'], // English headers, nothing in the row to settle it: month first…
      ['I', '2026-10-01'], // dotted: day first
    ]);
    const guess = result.diagnostics.find((d) => d.code === 'ambiguous_dates');
    // …and said, with the set-up cell read the same way.
    expect(guess?.params).toMatchObject({
      order: 'month_first',
      basis: 'headers',
      cells: [
        { cell: 'H1', text: '9/1/2026', read: '2026-09-01' },
        { cell: 'C2', text: '10/1/2025', read: '2025-10-01' },
      ],
    });
  });

  test('a set-up cell "March 2026" names no day: a warning on C3, never a silent date', async () => {
    const result = await review('text-dates.xlsx');
    expect(result.sheet.rows[1].setUpOn).toBeNull();
    expect(warnings(result).map((d) => [d.cell, d.code])).toContainEqual(['C3', 'not_a_date']);
  });
});

describe('thousands.csv: separators settled by the row, the column and the sheet', () => {
  test('1.500 in a row around 1,400 is 1500, not 1.5 (−99.9 %); 1\u00a0510 is 1510', async () => {
    const [signUps] = (await review('thousands.csv')).sheet.rows;
    expect(signUps.baseline?.value).toBe(1380);
    expect(signUps.series.map((p) => p.value)).toEqual([1420, 1500, 1510]);
  });

  test('"1,234" next to 1260 and 1\u202f290 is 1234 although another row holds "45,3%"', async () => {
    const [, , leads] = (await review('thousands.csv')).sheet.rows;
    expect(leads.baseline?.value).toBe(1234);
    expect(leads.series.map((p) => p.value)).toEqual([1260, 1310, 1290]);
  });

  test('a plain 47 in a row of percentages is 47 %, with a diagnostic on F3 — never 4,700 %', async () => {
    const result = await review('thousands.csv');
    const [, openRate] = result.sheet.rows;
    const values = openRate.series.map((p) => p.value);
    [0.461, 0.47, 0.448].forEach((x, k) => expect(values[k]).toBeCloseTo(x, 12));
    const note = result.diagnostics.find((d) => d.code === 'rate_in_points');
    expect(note).toMatchObject({ cell: 'F3' });
    expect(note?.message).toBe(
      'F3 holds 47 in a row of rates; read as 47 % (percentage points), not 4700 %.',
    );
  });

  test('nothing was a guess: no ambiguous-number warning', async () => {
    const result = await review('thousands.csv');
    expect(result.diagnostics.filter((d) => d.code === 'ambiguous_numbers')).toEqual([]);
  });
});
