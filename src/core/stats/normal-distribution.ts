/**
 * The standard normal tail, precise to ~1e-14 relative. simple-statistics' errorFunction is a
 * 1.2e-7 polynomial and its cumulativeStdNormalProbability reads a 2-decimal table: both fine for
 * a chart, too coarse to hand a user a p-value near a 5% threshold.
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** erf by its all-positive series (no cancellation): 2/√π · e^(−x²) · Σ 2ⁿx²ⁿ⁺¹ / (2n+1)!! */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}

/** erfc for x ≥ 2 by Laplace's continued fraction, evaluated from the tail up. */
function erfcContinuedFraction(x: number): number {
  let f = x;
  for (let k = 120; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/** Complementary error function, erfc(x) = 1 − erf(x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x === Infinity) return 0;
  return x < 2 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z| / √2). */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
