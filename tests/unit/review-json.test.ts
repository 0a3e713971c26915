import { reviewSheet, toReviewJson } from '../../src/core/review/review';
import { day, sheetGrid } from './review-fixtures';

const zone = 'America/Los_Angeles';
const grid = sheetGrid(
  [
    { name: 'Welcome nurture', type: 'Nurture', values: { '2026-08-01': 120 } },
    {
      name: 'Webinar: Q3 launch',
      type: 'Webinar',
      setUpOn: '2026-05-01',
      values: { '2026-08-01': 'n/a' },
    },
  ],
  ['2026-08-01', '2027-02-01'],
  zone,
);
const result = reviewSheet(grid, { timeZone: zone, today: day('2026-11-22') });

test('cadence review --json: exactly the keys and types of its contract', () => {
  expect(toReviewJson(result, 'Review')).toEqual({
    sheet: 'Review',
    today: '2026-11-22',
    rows: [
      {
        row: 2,
        name: 'Welcome nurture',
        type: 'nurture',
        group: null,
        lastReview: '2026-08-01',
        nextReview: '2026-10-30',
        status: 'overdue',
        reasons: [
          'Last reviewed 2026-08-01: next review 90 days later, on 2026-10-30.',
          'Overdue by 23 days.',
        ],
      },
      {
        row: 3,
        name: 'Webinar: Q3 launch',
        type: 'content',
        group: 'Webinars',
        lastReview: null,
        nextReview: '2026-07-30', // 2026-05-01 + 90 d
        status: 'overdue',
        reasons: [
          'Not reviewed yet; set up on 2026-05-01: next review 90 days later, on 2026-07-30.',
          'Overdue by 115 days.',
        ],
      },
    ],
    columns: [
      // Both rows were due on 2026-08-01 (07-30 ≤ 08-01 for row 3; row 2 had no anchor yet).
      { column: 'J', date: '2026-08-01', status: 'incomplete', missingRows: [3] },
      { column: 'K', date: '2027-02-01', status: 'scheduled', missingRows: [] },
    ],
    diagnostics: [
      {
        // Reviewed without a baseline: the playbook's gain since automation cannot be shown.
        cell: 'B2',
        severity: 'warning',
        message:
          'B2: no baseline: the gain since automation cannot be measured. Use "Capture baselines" to propose one.',
        kind: 'no_baseline',
      },
      {
        cell: 'J3',
        severity: 'warning',
        message: 'J3 holds "n/a", which is not a number; the cell is skipped.',
        kind: 'not_a_number', // added to the contract: the kind of problem, a stable English id
      },
    ],
  });
});

test('the JSON survives JSON.stringify unchanged (no undefined, NaN or Date)', () => {
  const json = toReviewJson(result, 'Review');
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
});

test('later engines extend rows and the top level without touching the base fields', () => {
  const json = toReviewJson(result, 'Review', {
    row: (r) => ({ vsBaseline: r.row.baseline === null ? null : { abs: 1 } }),
    top: { groups: [{ group: 'Webinars', rows: [3] }] },
  });
  expect(Object.keys(json)).toEqual(['sheet', 'today', 'rows', 'columns', 'diagnostics', 'groups']);
  expect(Object.keys(json.rows[0])).toEqual([
    'row',
    'name',
    'type',
    'group',
    'lastReview',
    'nextReview',
    'status',
    'reasons',
    'vsBaseline',
  ]);
  expect(json.rows[0].vsBaseline).toBeNull();
  expect(json.groups).toEqual([{ group: 'Webinars', rows: [3] }]);
});
