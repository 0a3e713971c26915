import { mannKendall } from '../../src/core/stats/mann-kendall';
import { sensSlope } from '../../src/core/stats/sens-slope';

/**
 * pyMannKendall's own regression test (github.com/mmhs013/pyMannKendall, tests/test_pymannkendall.py,
 * `test_original_test`) runs `mk.original_test` on the Bogra column of tests/data/Monthly Rainfall.csv
 * (monthly rainfall in mm, 1981–2010, MIT licence) and asserts:
 *   s = -1959.0, var_s = 4889800.333333333, z = -0.8854562842589916, p = 0.37591058740506833,
 *   slope = -0.0064516129032258064, trend = 'no trend'.
 * pyMannKendall drops the 7 blank months first, leaving 353 values, and measures Sen's slope in
 * positions of that shortened series (time = 0, 1, 2, …).
 */
const BOGRA = [
  32, 20, 25, 189, 240, 193, 379, 278, 301, 0, 0, 82, 0, 4, 121, 234, 360, 262, 120, 30, 11, 1, 7,
  3, 31, 31, 355, 102, 248, 274, 308, 5, 26, 11, 16, 6, 48, 388, 539, 431, 272, 404, 186, 0, 2, 0,
  4, 1, 54, 272, 459, 235, 164, 365, 135, 2, 4, 0, 128, 210, 163, 446, 225, 462, 467, 19, 13, 0, 3,
  17, 132, 178, 338, 525, 623, 145, 31, 19, 3, 0, 29, 25, 87, 259, 756, 486, 180, 292, 43, 92, 1, 0,
  16, 2, 0, 130, 253, 594, 111, 273, 30, 0, 4, 0, 27, 24, 41, 292, 378, 499, 265, 320, 227, 4, 0, 4,
  14, 8, 48, 416, 240, 404, 207, 733, 105, 0, 112, 0, 14, 0, 30, 140, 202, 289, 159, 424, 106, 3, 0,
  65, 3, 14, 58, 268, 466, 432, 266, 240, 95, 1, 0, 10, 26, 4, 114, 94, 289, 173, 208, 263, 156, 5,
  0, 16, 16, 14, 0, 111, 475, 534, 432, 471, 117, 70, 1, 3, 28, 7, 401, 184, 283, 338, 171, 335,
  176, 0, 0, 10, 11, 9, 140, 102, 208, 298, 245, 220, 29, 2, 27, 10, 13, 26, 84, 143, 367, 749, 563,
  283, 353, 10, 0, 0, 0, 0, 9, 246, 265, 343, 429, 168, 133, 17, 0, 18, 35, 76, 158, 272, 250, 190,
  289, 466, 84, 0, 0, 0, 0, 0, 22, 217, 299, 185, 115, 344, 203, 8, 0, 5, 284, 123, 254, 476, 496,
  326, 27, 20, 0, 4, 53, 72, 113, 214, 364, 219, 220, 156, 264, 0, 13, 0, 0, 45, 90, 137, 638, 529,
  261, 206, 251, 0, 0, 5, 9, 58, 72, 138, 130, 471, 328, 356, 523, 0, 1, 0, 0, 12, 143, 193, 184,
  192, 138, 174, 69, 1, 0, 0, 18, 25, 28, 92, 732, 320, 256, 302, 131, 15, 0, 27, 0, 22, 20, 213,
  393, 474, 374, 109, 159, 0, 0, 0, 3, 3, 49, 205, 128, 194, 570, 169, 89, 0, 0, 0, 0, 0, 26, 185,
  286, 92, 225, 244, 190, 3, 20,
];

describe('Mann-Kendall and Sen against pyMannKendall (Bogra monthly rainfall, 353 values)', () => {
  const result = mannKendall(BOGRA);

  test('353 values after the 7 blank months are dropped', () => {
    expect(BOGRA).toHaveLength(353);
  });

  test('S = −1959 and tie-corrected Var(S) = 4,889,800.333', () => {
    expect(result.s).toBe(-1959);
    expect(result.varS).toBeCloseTo(4889800.333333333, 6);
  });

  test('Z = (S + 1)/√Var(S) = −0.885456…, two-sided p = 0.375911… : no trend', () => {
    expect(result.exact).toBe(false);
    expect(result.z).toBeCloseTo(-0.8854562842589916, 13);
    expect(result.p).toBeCloseTo(0.37591058740506833, 12);
    expect(result.p).toBeGreaterThan(0.05);
  });

  test("Sen's slope over positions = −0.0064516… (= −1/155)", () => {
    const positions = BOGRA.map((_, i) => i);
    expect(sensSlope(positions, BOGRA)).toBeCloseTo(-0.0064516129032258064, 15);
  });
});
