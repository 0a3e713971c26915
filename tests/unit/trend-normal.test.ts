import { errorFunction } from 'simple-statistics';
import { erfc, normalTwoSidedP } from '../../src/core/stats/normal-distribution';

describe('erfc and normal two-sided p-values', () => {
  // Reference values: Abramowitz & Stegun Table 7.1 / any libm erfc (Python math.erfc).
  test.each([
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [1.5, 0.033894853524689274],
    [2, 0.004677734981047266],
    [2.5, 0.0004069520174449589],
    [3, 2.209049699858544e-5],
    [4, 1.541725790028002e-8],
    [5, 1.5374597944280351e-12],
    [8, 1.1224297172982928e-29],
  ])('erfc(%f) = %e to 1e-13 relative', (x, expected) => {
    expect(Math.abs(erfc(x) - expected)).toBeLessThanOrEqual(1e-13 * expected);
  });

  test('erfc(−x) = 2 − erfc(x); erfc(∞) = 0; erfc(−∞) = 2', () => {
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 15);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });

  test('agrees with simple-statistics errorFunction within its documented 1.2e-7', () => {
    for (let x = 0; x <= 3; x += 0.05) {
      expect(Math.abs(1 - errorFunction(x) - erfc(x))).toBeLessThan(1.2e-7);
    }
  });

  test('two-sided p of z = 1.959964 is 0.05; of z = 0 is 1; symmetric in z', () => {
    expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(normalTwoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(normalTwoSidedP(0)).toBe(1);
  });
});
