import { parseIso, type DayNumber } from '../../src/core/dates';
import { againstBaseline, periodDeltas } from '../../src/core/stats/deltas';
import { toSeries, type SeriesInput, type SeriesPoint } from '../../src/core/stats/series';
import type { Polarity } from '../../src/core/types';

function day(iso: string): DayNumber {
  const d = parseIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

function row(
  baseline: number | null,
  reviews: ReadonlyArray<readonly [string, number]>,
  polarity: Polarity = 'higher_is_better',
): SeriesInput {
  const points: SeriesPoint[] = reviews.map(([iso, value]) => ({ day: day(iso), value }));
  return { baseline, points, polarity, isRate: false };
}

const deltasOf = (input: SeriesInput) => periodDeltas(toSeries(input));
const vsBaselineOf = (input: SeriesInput) => againstBaseline(toSeries(input));

describe('period-over-period deltas', () => {
  test('baseline 100 → 120 → 90: +20 (+20%) improved, then −30 (−25%) worsened', () => {
    const deltas = deltasOf(
      row(100, [
        ['2026-02-01', 120],
        ['2026-05-01', 90],
      ]),
    );
    expect(deltas).toEqual([
      { from: null, to: day('2026-02-01'), abs: 20, pct: 0.2, direction: 'improved' },
      {
        from: day('2026-02-01'),
        to: day('2026-05-01'),
        abs: -30,
        pct: -0.25,
        direction: 'worsened',
      },
    ]);
  });

  test('lower-is-better (bounce rate 0.05 → 0.04): −0.01 is improved, pct −20%', () => {
    const [d] = deltasOf(row(0.05, [['2026-02-01', 0.04]], 'lower_is_better'));
    expect(d.abs).toBeCloseTo(-0.01, 15);
    expect(d.pct).toBeCloseTo(-0.2, 12);
    expect(d.direction).toBe('improved');
  });

  test('lower-is-better rising (CPL 40 → 50): +10 is worsened', () => {
    const [d] = deltasOf(row(40, [['2026-02-01', 50]], 'lower_is_better'));
    expect(d).toMatchObject({ abs: 10, pct: 0.25, direction: 'worsened' });
  });

  test('zero baseline: 0 → 15 has abs 15 and pct null ("new"), never +100% or ∞', () => {
    const [d] = deltasOf(row(0, [['2026-02-01', 15]]));
    expect(d).toMatchObject({ from: null, abs: 15, pct: null, direction: 'improved' });
  });

  test('zero in the middle: 10 → 0 is −100%; 0 → 5 has pct null', () => {
    const deltas = deltasOf(
      row(null, [
        ['2026-01-01', 10],
        ['2026-04-01', 0],
        ['2026-07-01', 5],
      ]),
    );
    expect(deltas.map((d) => d.pct)).toEqual([-1, null]);
  });

  test('blank baseline: the series starts at the first review (2 reviews → 1 delta)', () => {
    const deltas = deltasOf(
      row(null, [
        ['2026-01-01', 10],
        ['2026-04-01', 12],
      ]),
    );
    expect(deltas).toEqual([
      { from: day('2026-01-01'), to: day('2026-04-01'), abs: 2, pct: 0.2, direction: 'improved' },
    ]);
  });

  test('negative earlier value: −50 → −40 is +10, pct = 10 / |−50| = +20%', () => {
    const [d] = deltasOf(row(-50, [['2026-01-01', -40]]));
    expect(d).toMatchObject({ abs: 10, pct: 0.2, direction: 'improved' });
  });

  test('float crumbs are no change: 0.1 + 0.2 → 0.3 is unchanged with abs exactly 0', () => {
    const [d] = deltasOf(row(0.1 + 0.2, [['2026-01-01', 0.3]]));
    expect(d).toMatchObject({ abs: 0, pct: 0, direction: 'unchanged' });
  });

  test('equal values are unchanged, whatever the polarity', () => {
    expect(deltasOf(row(7, [['2026-01-01', 7]], 'lower_is_better'))[0].direction).toBe('unchanged');
  });

  test('reviews out of column order are walked in date order', () => {
    const deltas = deltasOf(
      row(null, [
        ['2026-04-01', 12],
        ['2026-01-01', 10],
      ]),
    );
    expect(deltas).toHaveLength(1);
    expect(deltas[0]).toMatchObject({ from: day('2026-01-01'), to: day('2026-04-01'), abs: 2 });
  });

  test('NaN, ±Infinity and undated review values are skipped (the reader diagnoses them)', () => {
    const input: SeriesInput = {
      baseline: Number.NaN,
      points: [
        { day: day('2026-01-01'), value: 10 },
        { day: day('2026-02-01'), value: Number.POSITIVE_INFINITY },
        { day: null, value: 99 },
        { day: day('2026-03-01'), value: 13 },
      ],
      polarity: 'higher_is_better',
      isRate: false,
    };
    expect(deltasOf(input)).toEqual([
      { from: day('2026-01-01'), to: day('2026-03-01'), abs: 3, pct: 0.3, direction: 'improved' },
    ]);
  });

  test('no reviews, or a lone review without baseline: no deltas', () => {
    expect(deltasOf(row(100, []))).toEqual([]);
    expect(deltasOf(row(null, [['2026-01-01', 5]]))).toEqual([]);
  });
});

describe('against baseline', () => {
  test('baseline 100, latest 90: −10, −10%, worsened', () => {
    expect(
      vsBaselineOf(
        row(100, [
          ['2026-01-01', 130],
          ['2026-04-01', 90],
        ]),
      ),
    ).toEqual({
      abs: -10,
      pct: -0.1,
      direction: 'worsened',
    });
  });

  test('lower-is-better: unsubscribes 200 at baseline, 150 now: −50, −25%, improved', () => {
    expect(vsBaselineOf(row(200, [['2026-01-01', 150]], 'lower_is_better'))).toEqual({
      abs: -50,
      pct: -0.25,
      direction: 'improved',
    });
  });

  test('zero baseline: abs 40, pct null', () => {
    expect(vsBaselineOf(row(0, [['2026-01-01', 40]]))).toEqual({
      abs: 40,
      pct: null,
      direction: 'improved',
    });
  });

  test('blank baseline → null; baseline but no review value → null', () => {
    expect(vsBaselineOf(row(null, [['2026-01-01', 40]]))).toBeNull();
    expect(vsBaselineOf(row(100, []))).toBeNull();
  });
});
