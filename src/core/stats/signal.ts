/**
 * Is the latest change real, or the ordinary wobble of the metric? Marketers chase every dip;
 * this answers "should I look for a cause?" before anyone does.
 *
 * - Rates with counts behind the last two values: a two-proportion z-test at 5% (two-sided)
 *   asks whether 45/120 then 30/118 could be the same underlying rate.
 * - Otherwise, with 6+ values: an individuals (XmR) chart (Wheeler) on every value but the latest.
 *   Its natural process limits, mean ± 2.66 × mean moving range, bound what the process produces
 *   by itself; a latest value outside them is a signal.
 */
import { twoProportionZTest } from './proportions';
import { allPoints, type Counts, type Series, type SeriesPoint } from './series';

export type SignalVerdict = 'signal' | 'noise' | 'insufficient';
export type SignalMethod = 'xmr' | 'two_proportion';

export type Signal =
  | {
      readonly latest: SignalVerdict;
      readonly method: 'xmr';
      /** Natural process limits of the earlier values; null when insufficient. */
      readonly limits: {
        readonly mean: number;
        readonly lower: number;
        readonly upper: number;
      } | null;
    }
  | {
      readonly latest: 'signal' | 'noise';
      readonly method: 'two_proportion';
      readonly z: number;
      readonly p: number;
    };

/** Latest value plus at least 5 earlier ones to set limits from. */
export const MIN_XMR_POINTS = 6;
/** 3 / d2 with d2 = 1.128 for moving ranges of two: the XmR chart's three-sigma factor. */
export const XMR_FACTOR = 2.66;
export const PROPORTION_SIGNIFICANCE = 0.05;

export function latestSignal(series: Series): Signal {
  const points = allPoints(series);
  const n = points.length;
  if (series.isRate && n >= 2) {
    const before = points[n - 2].counts;
    const latest = points[n - 1].counts;
    if (before && latest) return twoProportion(before, latest);
  }
  if (n < MIN_XMR_POINTS) return { latest: 'insufficient', method: 'xmr', limits: null };
  return xmr(points);
}

function xmr(points: ReadonlyArray<SeriesPoint>): Signal {
  const earlier = points.length - 1;
  let sum = 0;
  let rangeSum = 0;
  for (let i = 0; i < earlier; i++) {
    sum += points[i].value;
    if (i > 0) rangeSum += Math.abs(points[i].value - points[i - 1].value);
  }
  const mean = sum / earlier;
  const spread = XMR_FACTOR * (rangeSum / (earlier - 1));
  const lower = mean - spread;
  const upper = mean + spread;
  const latest = points[points.length - 1].value;
  // A flat history gives zero-width limits; tolerate float crumbs so "the same value again" is noise.
  const slack = 1e-12 * Math.max(Math.abs(mean), Math.abs(latest));
  const outside = latest > upper + slack || latest < lower - slack;
  return { latest: outside ? 'signal' : 'noise', method: 'xmr', limits: { mean, lower, upper } };
}

/** Pooled two-proportion z-test, two-sided: z > 0 when the latest rate is higher. */
function twoProportion(before: Counts, latest: Counts): Signal {
  const { z, p } = twoProportionZTest(latest, before);
  return {
    latest: p < PROPORTION_SIGNIFICANCE ? 'signal' : 'noise',
    method: 'two_proportion',
    z,
    p,
  };
}
