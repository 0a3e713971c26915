import fc from 'fast-check';
import { normalCdf, normalQuantile } from '../../src/core/stats/normal-distribution';
import {
  achievedPower,
  newcombeDifferenceInterval,
  sampleSizePerGroup,
  twoProportionZTest,
  wilsonInterval,
} from '../../src/core/stats/proportions';

const of = (successes: number, trials: number) => ({ successes, trials });
/** A group of up to `most` trials, from `fewest`, with any number of successes among them. */
const group = (fewest: number, most: number) =>
  fc
    .integer({ min: fewest, max: most })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const round4 = (interval: readonly [number, number]) => interval.map((x) => Number(x.toFixed(4)));

describe('normal quantile', () => {
  // R: qnorm(c(0.975, 0.9, 0.8, 0.025)).
  test.each([
    [0.975, 1.959963984540054],
    [0.9, 1.281551565544601],
    [0.8, 0.8416212335729143],
    [0.025, -1.959963984540054],
    [0.5, 0],
  ])('qnorm(%f) = %f to 1e-12', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-12);
  });

  test('inverts the normal tail from 1e-12 to 1 − 1e-9', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-13 + 1e-12 * p);
      }),
    );
  });

  test('0 and 1 are the infinite ends; outside [0, 1] is not a probability', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
  });
});

describe('Wilson score interval (Newcombe 1998a, Statistics in Medicine 17:857, table I, method 3)', () => {
  test.each([
    [81, 263, [0.2553, 0.3662]],
    [15, 148, [0.0624, 0.1605]],
    [0, 20, [0, 0.1611]],
    [1, 29, [0.0061, 0.1718]],
  ])('%i/%i → %j', (k, n, expected) => {
    expect(round4(wilsonInterval(of(k, n)))).toEqual(expected);
  });

  test('an empty group knows nothing: [0, 1]', () => {
    expect(wilsonInterval(of(0, 0))).toEqual([0, 1]);
  });

  test('always inside [0, 1] and around the observed rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const k = Math.round(n * share);
          const [lo, hi] = wilsonInterval(of(k, n));
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
          expect(lo).toBeLessThanOrEqual(k / n + 1e-12);
          expect(hi).toBeGreaterThanOrEqual(k / n - 1e-12);
        },
      ),
    );
  });
});

describe("Newcombe's hybrid score interval for a difference (Newcombe 1998b, Statistics in Medicine 17:873, table II, method 10)", () => {
  test.each([
    [56, 70, 48, 80, [0.0524, 0.3339]],
    [9, 10, 3, 10, [0.1705, 0.809]],
    [6, 7, 2, 7, [0.0582, 0.8062]],
    [5, 56, 0, 29, [-0.0381, 0.1926]],
    [0, 10, 0, 20, [-0.1611, 0.2775]],
    [0, 10, 0, 10, [-0.2775, 0.2775]],
    [10, 10, 0, 20, [0.6791, 1]],
    [10, 10, 0, 10, [0.6075, 1]],
  ])('%i/%i − %i/%i → %j', (k1, n1, k2, n2, expected) => {
    expect(round4(newcombeDifferenceInterval(of(k1, n1), of(k2, n2)))).toEqual(expected);
  });

  test('contains the observed difference and stays inside [−1, 1]', () => {
    fc.assert(
      fc.property(group(1, 100_000), group(1, 100_000), ([k1, n1], [k2, n2]) => {
        const [lo, hi] = newcombeDifferenceInterval(of(k1, n1), of(k2, n2));
        const d = k1 / n1 - k2 / n2;
        expect(lo).toBeGreaterThanOrEqual(-1);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(d + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(d - 1e-12);
      }),
    );
  });
});

describe('pooled two-proportion z-test = R prop.test(correct = FALSE)', () => {
  // Pearson's X² of the 2×2 table, computed independently of the z formula: R's prop.test reports
  // this X-squared and p = P(χ²₁ ≥ X²).
  function pearsonChiSquare(k1: number, n1: number, k2: number, n2: number): number {
    const cells = [
      [k1, n1 - k1],
      [k2, n2 - k2],
    ];
    const rows = [n1, n2];
    const cols = [k1 + k2, n1 + n2 - k1 - k2];
    const total = n1 + n2;
    let x2 = 0;
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 2; c++) {
        const expected = (rows[r] * cols[c]) / total;
        x2 += (cells[r][c] - expected) ** 2 / expected;
      }
    }
    return x2;
  }

  test('56/70 vs 48/80: X-squared = 7.0234, p = 0.008045', () => {
    const { z, p } = twoProportionZTest(of(56, 70), of(48, 80));
    expect(z * z).toBeCloseTo(pearsonChiSquare(56, 70, 48, 80), 10);
    expect(z * z).toBeCloseTo(7.0234, 4);
    expect(p).toBeCloseTo(0.008045, 6);
  });

  test('z² is always Pearson’s X², and the sign follows the first group', () => {
    fc.assert(
      fc.property(group(2, 10_000), group(2, 10_000), ([k1, n1], [k2, n2]) => {
        fc.pre(k1 + k2 > 0 && k1 + k2 < n1 + n2);
        const { z } = twoProportionZTest(of(k1, n1), of(k2, n2));
        expect(z * z).toBeCloseTo(pearsonChiSquare(k1, n1, k2, n2), 6);
        expect(Math.sign(z)).toBe(Math.sign(k1 / n1 - k2 / n2));
      }),
    );
  });

  test('both groups at 0 % (or 100 %): nothing differs, p = 1', () => {
    expect(twoProportionZTest(of(0, 50), of(0, 80))).toEqual({ z: 0, p: 1 });
    expect(twoProportionZTest(of(50, 50), of(80, 80))).toEqual({ z: 0, p: 1 });
  });
});

describe("R's power.prop.test (https://rdrr.io/r/stats/power.prop.test.html)", () => {
  test('its example p1 = .50, p2 = .75, power = .90 gives n = 76.7 per group, so 77', () => {
    const n = sampleSizePerGroup({ p1: 0.5, p2: 0.75, power: 0.9 });
    expect(n).toBeCloseTo(76.7069, 3);
    expect(Math.ceil(n)).toBe(77);
  });

  test('its example n = 50, p1 = .50, p2 = .75 gives power = 0.7401659', () => {
    expect(achievedPower(0.5, 0.75, 50, 50)).toBeCloseTo(0.7401659, 6);
  });

  test('the sample size it gives achieves the power asked, whichever the rates', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.9, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.constantFrom(0.8, 0.9),
        (p1, lift, power) => {
          const p2 = Math.min(0.999, p1 * (1 + lift));
          fc.pre(p2 - p1 > 1e-4);
          const n = sampleSizePerGroup({ p1, p2, power });
          expect(achievedPower(p1, p2, n, n)).toBeCloseTo(power, 9);
        },
      ),
    );
  });

  test('equal rates need infinitely many prospects; an empty group has no power', () => {
    expect(sampleSizePerGroup({ p1: 0.04, p2: 0.04 })).toBe(Infinity);
    expect(achievedPower(0.04, 0.048, 0, 100)).toBe(0);
  });
});
