/**
 * Short-term change: each value against the one before it (period over period), and the latest
 * value against the baseline captured before automation was switched on.
 */
import { changeIn, difference, relativeChange, type Change } from './change';
import type { DayNumber } from '../dates';
import { allPoints, type Series } from './series';

export interface Delta {
  /** null = from the baseline, which has no date. */
  readonly from: DayNumber | null;
  readonly to: DayNumber;
  readonly abs: number;
  /** null when the earlier value is 0: a rise from nothing has no percentage. */
  readonly pct: number | null;
  readonly direction: Change;
}

export interface BaselineComparison {
  readonly abs: number;
  readonly pct: number | null;
  readonly direction: Change;
}

/** One delta per consecutive pair; the first starts at the baseline when there is one. */
export function periodDeltas(series: Series): Delta[] {
  const points = allPoints(series);
  const deltas: Delta[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1];
    const after = points[i];
    // Only the first point can be the undated baseline, so every `after` has a day.
    if (after.day === null) continue;
    const abs = difference(before.value, after.value);
    deltas.push({
      from: before.day,
      to: after.day,
      abs,
      pct: relativeChange(abs, before.value),
      direction: changeIn(abs, series.polarity),
    });
  }
  return deltas;
}

/** Latest review against the baseline; null without a baseline or without any review value. */
export function againstBaseline(series: Series): BaselineComparison | null {
  const latest = series.reviews[series.reviews.length - 1];
  if (!series.baseline || !latest) return null;
  const abs = difference(series.baseline.value, latest.value);
  return {
    abs,
    pct: relativeChange(abs, series.baseline.value),
    direction: changeIn(abs, series.polarity),
  };
}
