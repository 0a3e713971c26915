import { toIso } from '../../src/core/dates';
import { reviewSheet } from '../../src/core/review/review';
import { day, RowSpec, sheetGrid, ZONES } from './review-fixtures';

const ACCEPTANCE = 'MQL acceptance rate';
const DATES = ['2026-06-01', '2026-09-01', '2026-12-01'];

/**
 * Row 2, automation rule set up 2026-05-01: due at 06-01 (05-01 + 30 = 05-31), filled;
 *   due at 09-01 (06-01 + 90 = 08-30), blank → missing.
 * Row 3, nurture set up 2026-05-15: collecting at 06-01 (17 d, next 06-14), not due;
 *   due at 09-01 (05-15 + 90 = 08-13), filled; due at 12-01 (09-01 + 90 = 11-30).
 * Row 4, scoring rule on MQL acceptance, set up 2026-01-01: due at 06-01 (01-01 + 90 = 04-01),
 *   40 % there makes it urgent at 09-01 (next = the column's date), blank → missing.
 */
const ROWS: RowSpec[] = [
  {
    name: 'Lead sync',
    type: 'Automation rule',
    setUpOn: '2026-05-01',
    values: { '2026-06-01': 10 },
  },
  { name: 'Onboarding', type: 'Nurture', setUpOn: '2026-05-15', values: { '2026-09-01': 20 } },
  {
    name: 'Scoring v2',
    type: 'Scoring rule',
    metric: ACCEPTANCE,
    setUpOn: '2026-01-01',
    values: { '2026-06-01': 0.4 },
  },
];

describe.each(ZONES)('review columns in %s, today 2026-11-22', (zone) => {
  const result = reviewSheet(sheetGrid(ROWS, DATES, zone), {
    timeZone: zone,
    today: day('2026-11-22'),
  });
  const byDate = Object.fromEntries(result.columns.map((c) => [toIso(c.column.day), c]));

  test('2026-06-01 is done: due rows 2 and 4 both have a value (row 3 still collecting)', () => {
    expect(byDate['2026-06-01']).toMatchObject({
      status: 'done',
      dueRows: [2, 4],
      missingRows: [],
    });
  });

  test('2026-09-01 is incomplete: rows 2, 3, 4 due, rows 2 and 4 blank', () => {
    expect(byDate['2026-09-01']).toMatchObject({
      status: 'incomplete',
      dueRows: [2, 3, 4],
      missingRows: [2, 4],
    });
  });

  test('2026-12-01 (after today) is scheduled, lists who will be due, misses nobody', () => {
    expect(byDate['2026-12-01']).toMatchObject({
      status: 'scheduled',
      dueRows: [2, 3, 4],
      missingRows: [],
    });
  });

  test('columns come in date order with their letters (J, K, L after 9 fixed columns)', () => {
    expect(result.columns.map((c) => c.column.letter)).toEqual(['J', 'K', 'L']);
  });
});

describe('review column edge cases', () => {
  const zone = 'Europe/Paris';

  test('nurture reviewed 2026-02-01 is not due at 2026-05-01 (next 2026-05-02 = Feb 1 + 90 d)', () => {
    const grid = sheetGrid(
      [{ name: 'N', type: 'Nurture', values: { '2026-02-01': 1 } }],
      ['2026-02-01', '2026-05-01', '2026-05-02'],
      zone,
    );
    const cols = reviewSheet(grid, { timeZone: zone, today: day('2026-06-01') }).columns;
    expect(cols.map((c) => [toIso(c.column.day), c.status, c.dueRows])).toEqual([
      ['2026-02-01', 'done', []], // no anchor before its first review: never due, still counted
      ['2026-05-01', 'done', []],
      ['2026-05-02', 'incomplete', [2]],
    ]);
  });

  test('a column dated today is not yet scheduled: 2026-11-22 with a due blank row is incomplete', () => {
    const grid = sheetGrid(
      [{ name: 'N', type: 'Nurture', setUpOn: '2026-01-01' }],
      ['2026-11-22'],
      zone,
    );
    const [col] = reviewSheet(grid, { timeZone: zone, today: day('2026-11-22') }).columns;
    expect(col).toMatchObject({ status: 'incomplete', missingRows: [2] });
  });

  test('content group at a column: webinar B (own next 2026-12-14) is due at 2026-11-01 with A (2026-10-30)', () => {
    const grid = sheetGrid(
      [
        { name: 'A', type: 'Webinar', values: { '2026-08-01': 1, '2026-11-01': 2 } },
        { name: 'B', type: 'Webinar', values: { '2026-09-15': 1 } },
      ],
      ['2026-08-01', '2026-09-15', '2026-11-01'],
      zone,
    );
    const cols = reviewSheet(grid, { timeZone: zone, today: day('2026-11-22') }).columns;
    expect(cols[2]).toMatchObject({ status: 'incomplete', dueRows: [2, 3], missingRows: [3] });
  });

  test('two columns on the same date: a value in either counts for its own column only', () => {
    const grid = [
      ['Name', 'Baseline', 'Type', 'Set up on', '2026-05-01', '2026-05-01'],
      ['N', '', 'Nurture', '2026-01-01', 5, ''],
    ];
    const result = reviewSheet(grid, { timeZone: zone, today: day('2026-06-01') });
    expect(result.columns.map((c) => [c.column.letter, c.status, c.missingRows])).toEqual([
      ['E', 'done', []],
      ['F', 'incomplete', [2]],
    ]);
    expect(result.diagnostics.map((d) => [d.cell, d.severity])).toContainEqual(['F1', 'info']);
  });
});
