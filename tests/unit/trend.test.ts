import fc from 'fast-check';
import { addDays, parseIso, type DayNumber } from '../../src/core/dates';
import { exactTwoSidedP, mannKendall } from '../../src/core/stats/mann-kendall';
import { median, sensSlope } from '../../src/core/stats/sens-slope';
import { toSeries, type SeriesInput } from '../../src/core/stats/series';
import { longTermTrend } from '../../src/core/stats/trend';
import type { Polarity } from '../../src/core/types';
import { mulberry32 } from '../support/seeded';

const START: DayNumber = parseIso('2024-01-15') ?? 0;

/** One review every 91 days from 2024-01-15; the baseline is given but never used by the trend. */
function row(values: ReadonlyArray<number>, polarity: Polarity = 'higher_is_better'): SeriesInput {
  return {
    baseline: 1000,
    points: values.map((value, i) => ({ day: addDays(START, 91 * i), value })),
    polarity,
    isRate: false,
  };
}

const trendOf = (input: SeriesInput) => longTermTrend(toSeries(input));

describe('Mann-Kendall: exact p-values below 10 points', () => {
  test('monotone 5 points: S = 10, only 2 of 5! = 120 orderings reach |S| = 10 → p = 2/120 = 0.0167', () => {
    const up = mannKendall([1, 2, 3, 4, 5]);
    expect(up).toMatchObject({ n: 5, s: 10, exact: true });
    expect(up.p).toBeCloseTo(2 / 120, 15);
    const down = mannKendall([5, 4, 3, 2, 1]);
    expect(down.s).toBe(-10);
    expect(down.p).toBeCloseTo(2 / 120, 15);
  });

  test('monotone 4 points is never significant: the best possible is p = 2/4! = 2/24 = 0.083', () => {
    expect(mannKendall([1, 2, 3, 4]).p).toBeCloseTo(2 / 24, 15);
    expect(mannKendall([10, 7, 3, -2]).p).toBeCloseTo(2 / 24, 15);
  });

  // Kendall's exact upper-tail probabilities P(S ≥ s) as tabulated in Gilbert (1987), "Statistical
  // Methods for Environmental Pollution Monitoring", Table A18; they are the Mahonian counts
  // (orderings of n values by number of inversions) divided by n!. Two-sided p = 2 × P(S ≥ s).
  test.each([
    // n = 4: inversions 0,1 → 1, 3 orderings of 24
    [4, 6, 1 / 24],
    [4, 4, 4 / 24],
    // n = 5: Mahonian 1, 4, 9, 15, 20, … of 120
    [5, 8, 5 / 120],
    [5, 6, 14 / 120],
    [5, 4, 29 / 120],
    // n = 6: Mahonian 1, 5, 14, 29, … of 720
    [6, 13, 6 / 720],
    [6, 11, 20 / 720],
    [6, 9, 49 / 720],
    // n = 9: only the one perfect ordering of 9! = 362,880 reaches S = 36
    [9, 36, 1 / 362880],
  ])('n = %i, S = %i: one-sided P(S ≥ s) = %f (Gilbert Table A18)', (n, s, oneSided) => {
    const noTies = Array.from({ length: n }, () => 1);
    expect(exactTwoSidedP(s, noTies)).toBeCloseTo(2 * oneSided, 12);
  });

  test('S = 0 has p = 1 (every ordering is at least as extreme)', () => {
    expect(mannKendall([1, 3, 2, 2, 3, 1]).p).toBe(1);
  });

  test('ties: 1, 2, 2, 3, 4 has S = 9 (the tied pair scores 0); of its 5!/2! = 60 distinct orderings only 1,2,2,3,4 and 4,3,2,2,1 reach |S| = 9 → p = 2/60', () => {
    const r = mannKendall([1, 2, 2, 3, 4]);
    expect(r.s).toBe(9);
    // Var(S) = [5·4·15 − 2·1·9] / 18 = (300 − 18) / 18 = 15.667
    expect(r.varS).toBeCloseTo(282 / 18, 12);
    expect(r.p).toBeCloseTo(2 / 60, 15);
  });

  test('ties: 1, 1, 2, 2 → S = 4; orderings of {1,1,2,2}: 6, of which 1122 and 2211 reach |S| = 4 → p = 2/6', () => {
    const r = mannKendall([1, 1, 2, 2]);
    expect(r.s).toBe(4);
    expect(r.p).toBeCloseTo(1 / 3, 15);
  });

  test('ties: the exact p equals brute-force enumeration of all 8! orderings of 3,1,1,2,2,2,4,5', () => {
    const values = [3, 1, 1, 2, 2, 2, 4, 5];
    const observed = Math.abs(mannKendall(values).s);
    let extreme = 0;
    let total = 0;
    const perm = (rest: number[], prefix: number[]): void => {
      if (rest.length === 0) {
        total++;
        if (Math.abs(mannKendall(prefix).s) >= observed) extreme++;
        return;
      }
      for (let i = 0; i < rest.length; i++) {
        perm([...rest.slice(0, i), ...rest.slice(i + 1)], [...prefix, rest[i]]);
      }
    };
    perm(values, []);
    expect(total).toBe(40320);
    expect(mannKendall(values).p).toBeCloseTo(extreme / total, 14);
  });

  test('all values equal: S = 0, Var(S) = 0, p = 1 (no NaN)', () => {
    expect(mannKendall([4, 4, 4, 4, 4, 4])).toMatchObject({ s: 0, varS: 0, z: 0, p: 1 });
  });
});

describe('Mann-Kendall: normal approximation from 10 points', () => {
  // 1,3,2,5,4,6,8,7,10,9: 45 pairs, 4 of them discordant (3>2, 5>4, 8>7, 10>9) → S = 45 − 2·4 = 37.
  // Var(S) = 10·9·25 / 18 = 125. Z = (37 − 1)/√125 = 3.21994. p = erfc(3.21994/√2) = 0.0012822.
  test('10 points, no ties: S = 37, Var = 125, Z = 3.2199, p = 0.00128', () => {
    const r = mannKendall([1, 3, 2, 5, 4, 6, 8, 7, 10, 9]);
    expect(r).toMatchObject({ n: 10, s: 37, varS: 125, exact: false });
    expect(r.z).toBeCloseTo(3.219937887599697, 12);
    expect(r.p).toBeCloseTo(0.0012821837418053074, 14);
  });

  // 1,2,2,3,4,4,4,5,6,7: S = 45 − 4 tied pairs (one in the 2s, three in the 4s) = 41.
  // Var(S) = [10·9·25 − 2·1·9 − 3·2·11] / 18 = (2250 − 18 − 66)/18 = 120.333.
  // Z = 40/√120.333 = 3.64642; p = 0.00026592.
  test('10 points with ties: S = 41, Var = 120.333, Z = 3.6464, p = 0.000266', () => {
    const r = mannKendall([1, 2, 2, 3, 4, 4, 4, 5, 6, 7]);
    expect(r.s).toBe(41);
    expect(r.varS).toBeCloseTo(2166 / 18, 12);
    expect(r.z).toBeCloseTo(3.646422752776584, 12);
    expect(r.p).toBeCloseTo(0.0002659163666810673, 14);
  });

  test('a falling series gives the negative continuity correction: Z = (S + 1)/√Var', () => {
    const r = mannKendall([9, 10, 7, 8, 6, 4, 5, 2, 3, 1]);
    expect(r.s).toBe(-37);
    expect(r.z).toBeCloseTo(-36 / Math.sqrt(125), 12);
  });
});

describe("Sen's slope", () => {
  test('median of pairwise slopes ignores one wild value: 10, 12, 100, 16, 18 → slopes −84, −41, 2×6, 45, 88 → median 2', () => {
    expect(sensSlope([0, 1, 2, 3, 4], [10, 12, 100, 16, 18])).toBe(2);
  });

  test('even number of slopes takes the mean of the two middle ones; odd takes the middle one', () => {
    // 0,1,3,6 at t = 0..3: slopes 1, 1.5, 2, 2, 2.5, 3 → median (2 + 2)/2 = 2
    expect(sensSlope([0, 1, 2, 3], [0, 1, 3, 6])).toBe(2);
    // 0, 1, 4 at t = 0, 1, 2: slopes 1, 2, 3 → 2 (odd)
    expect(sensSlope([0, 1, 2], [0, 1, 4])).toBe(2);
    // two points: one slope
    expect(sensSlope([0, 10], [5, 25])).toBe(2);
  });

  test('pairs on the same day are skipped; no distinct days → null', () => {
    expect(sensSlope([5, 5], [1, 2])).toBeNull();
    expect(sensSlope([], [])).toBeNull();
  });

  test('median by selection equals median by sorting on awkward data (duplicates, negatives)', () => {
    const random = mulberry32(7);
    const next = () => random() * 20 - 10;
    for (let m = 1; m < 60; m++) {
      const data = Array.from({ length: m }, () => Math.round(next()) + 0); // + 0 turns −0 into 0
      const sorted = [...data].sort((a, b) => a - b);
      const expected = m % 2 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
      expect(median(Float64Array.from(data), m)).toBe(expected);
    }
  });
});

describe("Sen's slope on long series (sampled bracket, then selection) equals the sorted median", () => {
  function reference(times: number[], values: number[]): number | null {
    const all: number[] = [];
    for (let i = 0; i < times.length; i++) {
      for (let j = i + 1; j < times.length; j++) {
        if (times[j] !== times[i]) all.push((values[j] - values[i]) / (times[j] - times[i]));
      }
    }
    if (all.length === 0) return null;
    all.sort((a, b) => a - b);
    const m = all.length;
    return m % 2 ? all[(m - 1) / 2] : (all[m / 2 - 1] + all[m / 2]) / 2;
  }

  test('100 weekly whole-number values (ties everywhere): same as sorting all 4,950 slopes', () => {
    const times = Array.from({ length: 100 }, (_, i) => 7 * i);
    const values = times.map((t, i) => Math.round(500 + t * 0.3 + ((i * 7919) % 97) - 48));
    expect(sensSlope(times, values)).toBe(reference(times, values));
  });

  test('all values equal over 60 points: slope 0', () => {
    const times = Array.from({ length: 60 }, (_, i) => i);
    expect(
      sensSlope(
        times,
        times.map(() => 3),
      ),
    ).toBe(0);
  });

  test('property: any series of 46–120 points (> 1,000 pairs), any dates, matches the sorted median', () => {
    const point = fc.tuple(
      fc.integer({ min: 0, max: 3000 }),
      fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 46, maxLength: 120 }), (pts) => {
        const times = pts.map(([t]) => t);
        const values = pts.map(([, v]) => v);
        return sensSlope(times, values) === reference(times, values); // 0 and −0 are the same slope
      }),
      { numRuns: 200 },
    );
  });
});

describe('long-term trend of a row', () => {
  test('5 quarterly reviews 100, 110, 120, 130, 140 (every 91 days): rising, p = 0.0167, Sen 10/91 per day = 40.14 per year', () => {
    const t = trendOf(row([100, 110, 120, 130, 140]));
    expect(t).toMatchObject({ direction: 'rising', outlook: 'improving', points: 5 });
    expect(t.p).toBeCloseTo(2 / 120, 15);
    expect(t.slopePerYear).toBeCloseTo((10 / 91) * 365.25, 10);
  });

  test('the same rise in a lower-is-better metric (cost per lead) is worsening', () => {
    const t = trendOf(row([100, 110, 120, 130, 140], 'lower_is_better'));
    expect(t).toMatchObject({ direction: 'rising', outlook: 'worsening' });
  });

  test('falling bounce rate 0.09 → 0.05 over 5 reviews: falling and improving', () => {
    const t = trendOf(row([0.09, 0.08, 0.07, 0.06, 0.05], 'lower_is_better'));
    expect(t).toMatchObject({ direction: 'falling', outlook: 'improving' });
    expect(t.slopePerYear).toBeCloseTo((-0.01 / 91) * 365.25, 12);
  });

  test('4 reviews, however steep: insufficient (fewer than 5 points), no slope or p reported', () => {
    expect(trendOf(row([1, 50, 300, 1000]))).toEqual({
      direction: 'insufficient',
      outlook: 'steady',
      slopePerYear: null,
      p: null,
      s: null,
      points: 4,
    });
  });

  test('the baseline is not a point of the trend (it has no date): 4 reviews + baseline is insufficient', () => {
    const input = row([10, 20, 30, 40]);
    expect(input.baseline).not.toBeNull();
    expect(trendOf(input).points).toBe(4);
  });

  // S = (+1 −1 +1 0 +1) + (−1 +1 −1 0) + (+1 +1 +1) + (−1 −1) + (+1) = 2 − 1 + 3 − 2 + 1 = 3;
  // {9, 10, 10, 12, 12, 13} has 6!/(2!·2!) = 180 distinct orderings, 128 of them with |S| ≥ 3.
  test('zig-zag 10, 12, 9, 13, 10, 12: S = 3, exact p = 128/180 = 0.711: flat, slope still reported', () => {
    const t = trendOf(row([10, 12, 9, 13, 10, 12]));
    expect(t.direction).toBe('flat');
    expect(t.outlook).toBe('steady');
    expect(t.s).toBe(3);
    expect(t.p).toBeCloseTo(128 / 180, 14);
    expect(t.slopePerYear).not.toBeNull();
  });

  // Values 2·d + (0 or 1) at days 0, 30, 120, 130, 365 → 0, 61, 240, 261, 730. The 10 pairwise
  // slopes sorted: 1.9889, 1.9957, 1.9970, 2, 2, 2, 2, 2.0077, 2.0333, 2.1 → median 2 per day.
  test('irregular dates: Sen slope is per day of real time, then × 365.25', () => {
    const input: SeriesInput = {
      baseline: null,
      points: [0, 30, 120, 130, 365].map((d, i) => ({ day: START + d, value: 2 * d + (i % 2) })),
      polarity: 'higher_is_better',
      isRate: false,
    };
    const t = trendOf(input);
    expect(t.direction).toBe('rising');
    expect(t.slopePerYear).toBeCloseTo(2 * 365.25, 10);
  });
});
