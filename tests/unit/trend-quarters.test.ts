import { parseIso, type DayNumber } from '../../src/core/dates';
import { quarterLabel, quarterOf, quarterlyView } from '../../src/core/stats/quarters';
import { toSeries, type SeriesInput } from '../../src/core/stats/series';
import type { Polarity } from '../../src/core/types';

function day(iso: string): DayNumber {
  const d = parseIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** A row's reviews, date → value, in the order given. */
function row(
  reviews: Readonly<Record<string, number>>,
  polarity: Polarity = 'higher_is_better',
): SeriesInput {
  return {
    baseline: 5,
    points: Object.entries(reviews).map(([iso, value]) => ({ day: day(iso), value })),
    polarity,
    isRate: false,
  };
}

const viewOf = (input: SeriesInput) => quarterlyView(toSeries(input));

describe('calendar quarters', () => {
  test.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (iso, label) => {
    expect(quarterLabel(quarterOf(day(iso)))).toBe(label);
  });

  test('QoQ: 2026-Q2 mean (100 + 120)/2 = 110 vs 2026-Q3 mean 132 → +22, +20%, improved', () => {
    const v = viewOf(row({ '2026-04-10': 100, '2026-06-20': 120, '2026-08-01': 132 }));
    expect(v.quarters.map((q) => [quarterLabel(q), q.mean, q.points])).toEqual([
      ['2026-Q2', 110, 2],
      ['2026-Q3', 132, 1],
    ]);
    expect(v.quarterOverQuarter).toMatchObject({ abs: 22, pct: 0.2, direction: 'improved' });
    expect(v.yearOverYear).toBeNull();
  });

  test('YoY: 2025-Q3 mean 80 vs 2026-Q3 mean 60 → −20, −25%, worsened; QoQ null when 2026-Q2 is empty', () => {
    const v = viewOf(row({ '2025-07-15': 70, '2025-09-15': 90, '2026-08-01': 60 }));
    expect(v.yearOverYear).toMatchObject({ abs: -20, pct: -0.25, direction: 'worsened' });
    expect(v.yearOverYear && quarterLabel(v.yearOverYear.from)).toBe('2025-Q3');
    expect(v.quarterOverQuarter).toBeNull();
  });

  test('QoQ across the year end: 2025-Q4 → 2026-Q1; a lower-is-better drop is improved', () => {
    const v = viewOf(row({ '2025-11-15': 0.08, '2026-02-01': 0.06 }, 'lower_is_better'));
    expect(v.quarterOverQuarter && quarterLabel(v.quarterOverQuarter.from)).toBe('2025-Q4');
    expect(v.quarterOverQuarter?.direction).toBe('improved');
  });

  test('the baseline has no quarter; no reviews → no comparisons', () => {
    expect(viewOf(row({}))).toEqual({ quarters: [], quarterOverQuarter: null, yearOverYear: null });
  });
});
