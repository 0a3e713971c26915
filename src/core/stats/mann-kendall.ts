/**
 * The Mann-Kendall test for a monotonic trend (Mann 1945, Kendall 1975, Gilbert 1987 §16.4):
 * S = Σ_{i<j} sign(x_j − x_i) counts how many later values rise above earlier ones, minus how many
 * fall below. No library we may use has it, so it is written here and checked in the tests against
 * pyMannKendall's published outputs and Kendall's exact tables.
 *
 * Review series are short (a review a quarter gives 8 points in two years), where the normal
 * approximation is poor, so below 10 points the p-value is exact: the share of all orderings of the
 * observed values (ties included) whose |S| is at least as large as the one observed.
 */
import { normalTwoSidedP } from './normal-distribution';

export interface MannKendallResult {
  readonly n: number;
  readonly s: number;
  /** Var(S) with the tie correction: [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18. */
  readonly varS: number;
  /** Continuity-corrected: (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0, else 0. */
  readonly z: number;
  /** Two-sided. */
  readonly p: number;
  readonly exact: boolean;
}

/** Below this many points the p-value comes from the exact null distribution of S. */
export const EXACT_BELOW = 10;

let sortScratch = new Float64Array(64);

/** Sizes of the groups of equal values, in increasing value order (all 1s when there are no ties). */
function tieGroups(values: ArrayLike<number>, n: number): number[] {
  if (sortScratch.length < n) sortScratch = new Float64Array(n * 2);
  const sorted = sortScratch.subarray(0, n);
  for (let i = 0; i < n; i++) sorted[i] = values[i];
  sorted.sort();
  const groups: number[] = [];
  let run = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && sorted[i] === sorted[i - 1]) run++;
    else {
      groups.push(run);
      run = 1;
    }
  }
  return groups;
}

/**
 * S and the tie term Σ t(t−1)(2t+5) in one pass over the pairs. For each value, count the equal
 * values after it (e): over a tie group of size t these counts are t−1, t−2, …, 0, and
 * Σ_{e<t} 6e(e+2) = t(t−1)(2t+5), so no sorting is needed to find the tie groups.
 */
function scorePairs(values: ArrayLike<number>): { s: number; tieTerm: number } {
  const n = values.length;
  let s = 0;
  let tieTerm = 0;
  for (let i = 0; i < n - 1; i++) {
    const xi = values[i];
    let above = 0;
    let equal = 0;
    // +(boolean) compiles without branches: twice as fast as a ternary on noisy data. (Not
    // Number(): a global lookup in the hot loop is slow wherever globals are intercepted.)
    for (let j = i + 1; j < n; j++) {
      above += +(values[j] > xi);
      equal += +(values[j] === xi);
    }
    const below = n - 1 - i - above - equal;
    s += above - below;
    tieTerm += 6 * equal * (equal + 2);
  }
  return { s, tieTerm };
}

export function mannKendall(values: ArrayLike<number>): MannKendallResult {
  const n = values.length;
  if (n < 2) return { n, s: 0, varS: 0, z: 0, p: 1, exact: true };
  const { s, tieTerm } = scorePairs(values);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = s === 0 || varS <= 0 ? 0 : (s > 0 ? s - 1 : s + 1) / Math.sqrt(varS);
  if (n < EXACT_BELOW) {
    return { n, s, varS, z, p: exactTwoSidedP(s, tieGroups(values, n)), exact: true };
  }
  return { n, s, varS, z, p: normalTwoSidedP(z), exact: false };
}

/** How many distinct orderings of the tied values give each S; index S + maxS. */
interface NullDistribution {
  readonly maxS: number;
  readonly counts: Float64Array;
  readonly total: number;
}

const nullDistributions = new Map<string, NullDistribution>();

/** P(|S| ≥ |s|) over every distinct ordering of a multiset with these tie groups. */
export function exactTwoSidedP(s: number, groups: ReadonlyArray<number>): number {
  const key = groups.join(',');
  let dist = nullDistributions.get(key);
  if (!dist) {
    dist = nullDistribution(groups);
    nullDistributions.set(key, dist);
  }
  const cut = Math.abs(s);
  let tail = 0;
  for (let v = -dist.maxS; v <= dist.maxS; v++) {
    if (Math.abs(v) >= cut) tail += dist.counts[v + dist.maxS];
  }
  return Math.min(1, tail / dist.total);
}

/**
 * Builds the sequence left to right. Placing a value of group g after the values already placed
 * adds (#placed in lower groups) − (#placed in higher groups) to S, which depends only on how many
 * of each group remain, so a dynamic programme over the remaining counts enumerates all orderings
 * without listing them. With no ties this is the Mahonian (inversion-count) distribution.
 */
function nullDistribution(groups: ReadonlyArray<number>): NullDistribution {
  const k = groups.length;
  const n = groups.reduce((a, b) => a + b, 0);
  const maxS = (n * (n - 1)) / 2;
  const width = 2 * maxS + 1;
  // Mixed-radix index of a "remaining counts" vector.
  const radix: number[] = [];
  let states = 1;
  for (const t of groups) {
    radix.push(states);
    states *= t + 1;
  }
  const memo = new Map<number, Float64Array>();
  const remaining = groups.slice();

  const rest = (index: number, left: number): Float64Array => {
    const cached = memo.get(index);
    if (cached) return cached;
    const dist = new Float64Array(width);
    if (left === 0) {
      dist[maxS] = 1;
    } else {
      for (let g = 0; g < k; g++) {
        if (remaining[g] === 0) continue;
        let contribution = 0;
        for (let h = 0; h < k; h++) {
          const placed = groups[h] - remaining[h];
          if (h < g) contribution += placed;
          else if (h > g) contribution -= placed;
        }
        remaining[g]--;
        const sub = rest(index - radix[g], left - 1);
        remaining[g]++;
        for (let v = 0; v < width; v++) {
          const c = sub[v];
          if (c !== 0) dist[v + contribution] += c;
        }
      }
    }
    memo.set(index, dist);
    return dist;
  };

  const counts = rest(states - 1, n);
  let total = 0;
  for (let v = 0; v < width; v++) total += counts[v];
  return { maxS, counts, total };
}
