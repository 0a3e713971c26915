/**
 * Sample quantile of sorted values, R's default (type 7): linear interpolation between order
 * statistics at h = (n − 1)·p. Percentile bootstrap intervals are read with it.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
