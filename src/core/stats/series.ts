/**
 * A row's numbers as the deltas-and-trends engine sees them: an optional undated baseline
 * (captured before automation was switched on) followed by the review values in date order.
 * The review-sheet reader produces `SeriesInput`; everything downstream reads a `Series`.
 */
import type { DayNumber } from '../dates';
import type { Polarity } from '../types';

/** Behind a rate, when the sheet gives them ("45/120", or an n / Volume column). */
export interface Counts {
  readonly successes: number;
  readonly trials: number;
}

/** One value of the series; `day` is null only for the baseline, which has no date. */
export interface SeriesPoint {
  readonly day: DayNumber | null;
  readonly value: number;
  readonly counts?: Counts;
}

export interface DatedPoint extends SeriesPoint {
  readonly day: DayNumber;
}

export interface SeriesInput {
  readonly baseline: number | null;
  /** Counts behind a baseline rate, when known (enables the two-proportion test on it). */
  readonly baselineCounts?: Counts;
  /** Review values in date order. */
  readonly points: ReadonlyArray<SeriesPoint>;
  readonly polarity: Polarity;
  /** A rate (kept as a fraction): groups average rates but sum counts. */
  readonly isRate: boolean;
}

/** A cleaned series: every value finite, reviews dated and in date order. */
export interface Series {
  readonly baseline: SeriesPoint | null;
  readonly reviews: ReadonlyArray<DatedPoint>;
  readonly polarity: Polarity;
  readonly isRate: boolean;
}

/**
 * Values beyond this are treated as unreadable: no marketing metric comes near it, and the cap
 * keeps every derived number (differences, sums, slopes) finite, so NaN can never reach a report.
 */
export const MAX_MAGNITUDE = 1e100;

export function isUsableValue(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
}

function usableCounts({ successes, trials }: Counts): boolean {
  return (
    Number.isFinite(successes) &&
    Number.isFinite(trials) &&
    trials > 0 &&
    trials <= MAX_MAGNITUDE &&
    successes >= 0 &&
    successes <= trials
  );
}

function point(day: DayNumber | null, value: number, counts: Counts | undefined): SeriesPoint {
  return counts && usableCounts(counts) ? { day, value, counts } : { day, value };
}

/**
 * Cleans a row: drops non-finite values and undated review points (the reader diagnoses those
 * cells), and orders reviews by date — stable, so equal dates keep the sheet's column order.
 */
export function toSeries(input: SeriesInput): Series {
  const baseline =
    input.baseline !== null && isUsableValue(input.baseline)
      ? point(null, input.baseline, input.baselineCounts)
      : null;
  const reviews: DatedPoint[] = [];
  let sorted = true;
  for (const p of input.points) {
    if (p.day === null || !Number.isFinite(p.day) || !isUsableValue(p.value)) continue;
    const last = reviews[reviews.length - 1];
    if (last && last.day > p.day) sorted = false;
    // Reuse the caller's point when it is already clean: 10,000 rows × 100 reviews add up.
    const clean = p.counts === undefined || usableCounts(p.counts);
    reviews.push((clean ? p : point(p.day, p.value, p.counts)) as DatedPoint);
  }
  if (!sorted) reviews.sort((a, b) => a.day - b.day);
  return { baseline, reviews, polarity: input.polarity, isRate: input.isRate };
}

/** Baseline first (when present), then the reviews: the order deltas and signals walk. */
export function allPoints(series: Series): ReadonlyArray<SeriesPoint> {
  return series.baseline ? [series.baseline, ...series.reviews] : series.reviews;
}
