/**
 * Proportions with honest intervals: the arithmetic behind lift (touched vs not touched) and
 * holdout tests (test vs control). Each formula is the published one, named, so that a reader can
 * check a figure against R or the paper:
 * - Wilson score interval for one proportion (Newcombe 1998a, method 3);
 * - Newcombe's hybrid score interval for a difference of independent proportions (Newcombe 1998b,
 *   method 10), which unlike the Wald interval stays inside [−1, 1] and behaves at 0/n;
 * - the pooled two-proportion z-test, two-sided (= R `prop.test(x, n, correct = FALSE)`);
 * - `power.prop.test`'s sample size per group and its power (R, `strict = FALSE`), generalised to
 *   unequal groups for the power a finished test achieved.
 */
import { normalCdf, normalQuantile, normalTwoSidedP } from './normal-distribution';

/** A closed interval [lower, upper]. */
export type Interval = readonly [number, number];

/** k successes out of n trials (conversions out of prospects). */
export interface Proportion {
  readonly successes: number;
  readonly trials: number;
}

/** 95 % intervals and a 5 % two-sided test unless told otherwise. */
export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_POWER = 0.8;

/** z such that a two-sided interval at `confidence` is ±z: 1.959964 for 95 %. */
function twoSidedZ(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** k / n; 0 for an empty group (its interval says it knows nothing). */
export function rate({ successes, trials }: Proportion): number {
  return trials > 0 ? successes / trials : 0;
}

/**
 * Wilson score interval: (2np̂ + z² ± z√(z² + 4np̂q̂)) / (2(n + z²)). Newcombe (1998a) table I:
 * 81/263 → 0.2553–0.3662; 0/20 → 0–0.1611. An empty group gets [0, 1].
 */
export function wilsonInterval(p: Proportion, confidence = DEFAULT_CONFIDENCE): Interval {
  const n = p.trials;
  if (n <= 0) return [0, 1];
  const z = twoSidedZ(confidence);
  const phat = p.successes / n;
  const z2 = z * z;
  const centre = 2 * n * phat + z2;
  const half = z * Math.sqrt(z2 + 4 * n * phat * (1 - phat));
  const denominator = 2 * (n + z2);
  // At k = 0 or k = n the formula is exactly 0 or 1; clamp the float crumbs there.
  return [Math.max(0, (centre - half) / denominator), Math.min(1, (centre + half) / denominator)];
}

/**
 * Newcombe's hybrid score interval for p₁ − p₂ (method 10): with Wilson limits (l₁, u₁), (l₂, u₂),
 * the difference minus √((p₁ − l₁)² + (u₂ − p₂)²) to plus √((u₁ − p₁)² + (p₂ − l₂)²).
 * Newcombe (1998b) table II: 56/70 − 48/80 → 0.0524 to 0.3339.
 */
export function newcombeDifferenceInterval(
  first: Proportion,
  second: Proportion,
  confidence = DEFAULT_CONFIDENCE,
): Interval {
  const p1 = rate(first);
  const p2 = rate(second);
  const [l1, u1] = wilsonInterval(first, confidence);
  const [l2, u2] = wilsonInterval(second, confidence);
  const difference = p1 - p2;
  const below = Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const above = Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  return [Math.max(-1, difference - below), Math.min(1, difference + above)];
}

/**
 * Pooled two-proportion z-test, two-sided: z = (p₁ − p₂) / √(p̄q̄(1/n₁ + 1/n₂)), p̄ the pooled
 * rate. Its p is R's `prop.test(c(k1, k2), c(n1, n2), correct = FALSE)$p.value` (z² is the
 * X-squared R prints). Both rates 0 % or both 100 %: nothing differs, z = 0 and p = 1.
 */
export function twoProportionZTest(
  first: Proportion,
  second: Proportion,
): { readonly z: number; readonly p: number } {
  const n1 = first.trials;
  const n2 = second.trials;
  if (n1 <= 0 || n2 <= 0) return { z: 0, p: 1 };
  const pooled = (first.successes + second.successes) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = se > 0 ? (first.successes / n1 - second.successes / n2) / se : 0;
  return { z, p: normalTwoSidedP(z) };
}

/** What a test is planned to detect: two rates, a two-sided alpha and a power. */
export interface PowerQuestion {
  readonly p1: number;
  readonly p2: number;
  readonly alpha?: number;
  readonly power?: number;
}

/**
 * R's `power.prop.test(p1, p2, sig.level, power)$n`, unrounded:
 * n = ((z₁₋α/₂·√(2·p̄·q̄) + z₁₋β·√(p₁q₁ + p₂q₂)) / |p₁ − p₂|)², p̄ = (p₁ + p₂)/2. R's own
 * example: p1 = 0.5, p2 = 0.75, power = 0.9 → 76.7. Infinity when the rates are equal.
 */
export function sampleSizePerGroup({
  p1,
  p2,
  alpha = DEFAULT_ALPHA,
  power = DEFAULT_POWER,
}: PowerQuestion): number {
  const delta = Math.abs(p1 - p2);
  if (delta === 0) return Infinity;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const pbar = (p1 + p2) / 2;
  const root =
    zAlpha * Math.sqrt(2 * pbar * (1 - pbar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (root / delta) ** 2;
}

/**
 * The power of a two-sided pooled z-test with n₁ and n₂ prospects to tell p₁ from p₂:
 * Φ((|p₁ − p₂| − z₁₋α/₂·√(p̄q̄(1/n₁ + 1/n₂))) / √(p₁q₁/n₁ + p₂q₂/n₂)), p̄ weighted by the groups.
 * With n₁ = n₂ = n it is R's `power.prop.test(n, p1, p2)$power` (strict = FALSE).
 */
export function achievedPower(
  p1: number,
  p2: number,
  n1: number,
  n2: number,
  alpha = DEFAULT_ALPHA,
): number {
  if (n1 <= 0 || n2 <= 0) return 0;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const pbar = (n1 * p1 + n2 * p2) / (n1 + n2);
  const nullSe = Math.sqrt(pbar * (1 - pbar) * (1 / n1 + 1 / n2));
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const delta = Math.abs(p1 - p2);
  if (se === 0) return delta > 0 ? 1 : 0;
  return normalCdf((delta - zAlpha * nullSe) / se);
}

/** One group of a comparison as the JSON contracts print it (rates as fractions, 95 % interval). */
export interface GroupRate {
  readonly prospects: number;
  readonly conversions: number;
  readonly rate: number;
  readonly ci: Interval;
}

/** Two groups compared: the difference first − second, its interval and the z-test's p. */
export interface Comparison {
  readonly first: GroupRate;
  readonly second: GroupRate;
  readonly difference: number;
  readonly ci: Interval;
  readonly p: number;
}

export function groupRate(group: Proportion): GroupRate {
  return {
    prospects: group.trials,
    conversions: group.successes,
    rate: rate(group),
    ci: wilsonInterval(group),
  };
}

/** Everything a reader needs to judge first − second: rates, intervals, difference and p. */
export function compareProportions(first: Proportion, second: Proportion): Comparison {
  return {
    first: groupRate(first),
    second: groupRate(second),
    difference: rate(first) - rate(second),
    ci: newcombeDifferenceInterval(first, second),
    p: twoProportionZTest(first, second).p,
  };
}
