/**
 * Sen's slope (Sen 1968): the median of the slopes between every pair of points, a trend rate that
 * one wild review value cannot drag around. n points give n(n−1)/2 slopes (4,950 for 100 reviews),
 * so the median is found by selection in a reused buffer, never by sorting. For long series a
 * random sample of pairs first brackets the median, one pass keeps only the slopes inside the
 * bracket, and selection runs on those few (about a fifth); if the bracket missed, the full
 * selection runs instead, so the answer is always the exact median.
 */

import { mulberry32 } from './seeded-random';

let slopes = new Float64Array(4950);

/** Below this many pairs, selecting over all of them is as fast as bracketing first. */
const DIRECT_PAIRS = 1000;
const SAMPLE_SIZE = 256;
/** Half-width of the bracket in sample ranks: 3 standard deviations of the sample median's rank. */
const BRACKET = 24;
const sample = new Float64Array(SAMPLE_SIZE);
const SAMPLE_SEED = 0x9e3779b9;

/** Median slope in value units per time unit; null when no two points have different times. */
export function sensSlope(times: ArrayLike<number>, values: ArrayLike<number>): number | null {
  const n = Math.min(times.length, values.length);
  const pairs = (n * (n - 1)) / 2;
  if (slopes.length < pairs) slopes = new Float64Array(pairs);
  if (pairs > DIRECT_PAIRS) {
    const bracketed = bracketedMedian(times, values, n);
    if (bracketed !== undefined) return bracketed;
  }
  const { kept } = keepSlopesBetween(times, values, n, -Infinity, Infinity);
  return kept === 0 ? null : median(slopes, kept);
}

interface Kept {
  /** Dated slopes below the bracket. */
  readonly below: number;
  /** Dated slopes inside the bracket, now at the start of the buffer. */
  readonly kept: number;
  /** Pairs on the same day, which have no slope. */
  readonly sameDay: number;
}

/**
 * One pass over every pair that keeps, at the start of the buffer, the slopes in [lo, hi]
 * (all of them with an infinite bracket). Free of unpredictable branches: +(boolean) is 0 or
 * 1, and a pair on the same day (x = ±∞ or NaN) is written to the buffer but never counted.
 */
function keepSlopesBetween(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  n: number,
  lo: number,
  hi: number,
): Kept {
  let sameDay = 0;
  let below = 0;
  let kept = 0;
  for (let i = 0; i < n - 1; i++) {
    const ti = times[i];
    const vi = values[i];
    for (let j = i + 1; j < n; j++) {
      const dt = times[j] - ti;
      const x = (values[j] - vi) / dt;
      const dated = +(dt !== 0);
      sameDay += 1 - dated;
      below += +(x < lo) & dated;
      slopes[kept] = x;
      kept += +(x >= lo) & +(x <= hi) & dated;
    }
  }
  return { below, kept, sameDay };
}

/** The exact median via a sampled bracket; undefined when the bracket missed it. */
function bracketedMedian(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  n: number,
): number | undefined {
  // Seeded pseudo-random pairs: same input, same work, same answer.
  const random = mulberry32(SAMPLE_SEED);
  let taken = 0;
  for (let draw = 0; draw < SAMPLE_SIZE; draw++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    const i = Math.min(a, b);
    const j = Math.max(a, b);
    const dt = times[j] - times[i];
    if (dt !== 0) sample[taken++] = (values[j] - values[i]) / dt;
  }
  if (taken < SAMPLE_SIZE / 2) return undefined;
  const middle = taken >> 1;
  const loRank = Math.max(0, middle - BRACKET);
  const lo = selectBetween(sample, 0, taken - 1, loRank);
  // Selection left everything after loRank at or above lo: the upper rank is found among those.
  const hi = selectBetween(sample, loRank, taken - 1, Math.min(taken - 1, middle + BRACKET));

  const { below, kept, sameDay } = keepSlopesBetween(times, values, n, lo, hi);
  const m = (n * (n - 1)) / 2 - sameDay;
  const k = (m - 1) >> 1;
  const last = m % 2 === 1 ? k : k + 1;
  if (k < below || last >= below + kept) return undefined;
  return m % 2 === 1 ? select(slopes, kept, k - below) : middlePair(slopes, kept, k - below);
}

/** Mean of the k-th and (k+1)-th smallest of a[0..m), reordering a. */
function middlePair(a: Float64Array, m: number, k: number): number {
  const lower = select(a, m, k);
  // After selection everything right of k is ≥ a[k]; the next one up is the smallest of them.
  let upper = a[k + 1];
  for (let i = k + 2; i < m; i++) if (a[i] < upper) upper = a[i];
  return (lower + upper) / 2;
}

/** Median of a[0..m), reordering a. */
export function median(a: Float64Array, m: number): number {
  const k = (m - 1) >> 1;
  return m % 2 === 1 ? select(a, m, k) : middlePair(a, m, k);
}

/** The k-th smallest (0-based) of a[0..m), leaving a partitioned around it. */
export function select(a: Float64Array, m: number, k: number): number {
  return selectBetween(a, 0, m - 1, k);
}

/**
 * The k-th smallest of a[left..right] (k counted from the start of a), partitioning that range:
 * quickselect with a median-of-three pivot and a branch-free Lomuto partition. On noisy data a
 * comparison branch is mispredicted half the time; +(boolean) avoids the branch and runs the
 * partition about twice as fast. Values equal to the pivot are gathered in a second pass when
 * present, so heavily tied data (whole-number metrics) stays linear instead of quadratic.
 */
function selectBetween(a: Float64Array, left: number, right: number, k: number): number {
  let l = left;
  let r = right;
  while (r > l) {
    const mid = (l + r) >>> 1;
    const x = a[l];
    const y = a[mid];
    const z = a[r];
    const at = x < y ? (y < z ? mid : x < z ? r : l) : x < z ? l : y < z ? r : mid;
    const pivot = a[at];
    a[at] = a[r];
    a[r] = pivot;
    let store = l;
    let equal = 0;
    for (let i = l; i < r; i++) {
      const v = a[i];
      const smaller = +(v < pivot);
      equal += +(v === pivot);
      a[i] = a[store];
      a[store] = v;
      store += smaller;
    }
    a[r] = a[store];
    a[store] = pivot;
    if (store === k) return pivot;
    if (store > k) {
      r = store - 1;
      continue;
    }
    l = store + 1;
    if (equal > 0) {
      let end = l;
      for (let i = l; i <= r; i++) {
        const v = a[i];
        const same = +(v === pivot);
        a[i] = a[end];
        a[end] = v;
        end += same;
      }
      if (k < end) return pivot;
      l = end;
    }
  }
  return a[k];
}
