/**
 * Long-term trend of a row: is it really going up or down over the reviews, and how fast?
 * Mann-Kendall says whether (p < 0.05), Sen's slope says how fast, per year.
 *
 * The baseline is left out: it has no date, so it has no place on a time axis. The trend is read
 * from the dated review values only.
 */
import { mannKendall } from './mann-kendall';
import { sensSlope } from './sens-slope';
import type { DatedPoint, Series } from './series';
import type { Polarity } from '../types';

export type TrendDirection = 'rising' | 'falling' | 'flat' | 'insufficient';
/** The same trend read in the row's polarity: a falling bounce rate is improving. */
export type TrendOutlook = 'improving' | 'worsening' | 'steady';

export interface Trend {
  readonly direction: TrendDirection;
  readonly outlook: TrendOutlook;
  /** Sen's slope in value units per year; null when insufficient. */
  readonly slopePerYear: number | null;
  /** Mann-Kendall two-sided p-value; null when insufficient. */
  readonly p: number | null;
  readonly s: number | null;
  /** Dated review values the trend was read from. */
  readonly points: number;
}

/** Below 5 points not even a perfectly monotone series reaches p < 0.05 (4 points: p ≥ 2/24). */
export const MIN_TREND_POINTS = 5;
export const TREND_SIGNIFICANCE = 0.05;
const DAYS_PER_YEAR = 365.25;

let days = new Float64Array(128);
let values = new Float64Array(128);

export function longTermTrend(series: Series): Trend {
  return trendOf(series.reviews, series.polarity);
}

export function trendOf(points: ReadonlyArray<DatedPoint>, polarity: Polarity): Trend {
  const n = points.length;
  if (n < MIN_TREND_POINTS) {
    return {
      direction: 'insufficient',
      outlook: 'steady',
      slopePerYear: null,
      p: null,
      s: null,
      points: n,
    };
  }
  if (days.length < n) {
    days = new Float64Array(n * 2);
    values = new Float64Array(n * 2);
  }
  for (let i = 0; i < n; i++) {
    days[i] = points[i].day;
    values[i] = points[i].value;
  }
  const t = days.subarray(0, n);
  const v = values.subarray(0, n);
  const mk = mannKendall(v);
  const slope = sensSlope(t, v);
  const direction: TrendDirection =
    mk.p < TREND_SIGNIFICANCE && mk.s !== 0 ? (mk.s > 0 ? 'rising' : 'falling') : 'flat';
  return {
    direction,
    outlook: outlookOf(direction, polarity),
    slopePerYear: slope === null ? null : slope * DAYS_PER_YEAR,
    p: mk.p,
    s: mk.s,
    points: n,
  };
}

function outlookOf(direction: TrendDirection, polarity: Polarity): TrendOutlook {
  if (direction !== 'rising' && direction !== 'falling') return 'steady';
  return (direction === 'rising') === (polarity === 'higher_is_better') ? 'improving' : 'worsening';
}
