/**
 * Long-term comparisons on calendar quarters (Jan–Mar = Q1): the latest quarter's mean against the
 * quarter before (QoQ) and against the same quarter a year earlier (YoY). The latest quarter may
 * still be running; it is compared on the reviews it already has. Only dated reviews count: the
 * baseline belongs to no quarter.
 */
import { changeIn, difference, relativeChange, type Change } from './change';
import { ymd } from '../dates';
import type { DatedPoint, Series } from './series';
import type { Polarity } from '../types';

export interface Quarter {
  readonly year: number;
  /** 1–4. */
  readonly quarter: number;
}

export interface QuarterMean extends Quarter {
  readonly mean: number;
  readonly points: number;
}

export interface QuarterComparison {
  readonly from: QuarterMean;
  readonly to: QuarterMean;
  readonly abs: number;
  readonly pct: number | null;
  readonly direction: Change;
}

export interface QuarterlyView {
  /** Every quarter that has reviews, oldest first. */
  readonly quarters: ReadonlyArray<QuarterMean>;
  readonly quarterOverQuarter: QuarterComparison | null;
  readonly yearOverYear: QuarterComparison | null;
}

export function quarterOf(day: number): Quarter {
  const { year, month } = ymd(day);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** "2026-Q3". */
export function quarterLabel(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

function ordinal(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

export function quarterlyMeans(points: ReadonlyArray<DatedPoint>): QuarterMean[] {
  const byQuarter = new Map<number, { q: Quarter; sum: number; count: number }>();
  for (const p of points) {
    const q = quarterOf(p.day);
    const key = ordinal(q);
    const bucket = byQuarter.get(key);
    if (bucket) {
      bucket.sum += p.value;
      bucket.count++;
    } else byQuarter.set(key, { q, sum: p.value, count: 1 });
  }
  return [...byQuarter.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, b]) => ({ ...b.q, mean: b.sum / b.count, points: b.count }));
}

export function quarterlyView(series: Series): QuarterlyView {
  return quarterlyViewOf(series.reviews, series.polarity);
}

export function quarterlyViewOf(
  points: ReadonlyArray<DatedPoint>,
  polarity: Polarity,
): QuarterlyView {
  const quarters = quarterlyMeans(points);
  const latest = quarters[quarters.length - 1];
  if (!latest) return { quarters, quarterOverQuarter: null, yearOverYear: null };
  const find = (back: number): QuarterMean | undefined =>
    quarters.find((q) => ordinal(q) === ordinal(latest) - back);
  const compare = (from: QuarterMean | undefined): QuarterComparison | null => {
    if (!from) return null;
    const abs = difference(from.mean, latest.mean);
    return {
      from,
      to: latest,
      abs,
      pct: relativeChange(abs, from.mean),
      direction: changeIn(abs, polarity),
    };
  };
  return { quarters, quarterOverQuarter: compare(find(1)), yearOverYear: compare(find(4)) };
}
