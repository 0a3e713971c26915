/**
 * The deltas-and-trends pieces of `cadence review --json`, exactly as the contract spells them:
 * dates as YYYY-MM-DD, the baseline as "baseline", numbers unrounded (rounding is for display).
 */
import type { SeriesAnalysis } from './analysis';
import type { Change } from '../stats/change';
import { toIso, type IsoDate } from '../dates';
import type { BaselineComparison, Delta } from '../stats/deltas';
import type { GroupAnalysis } from './group-rollup';
import { quarterLabel, type QuarterComparison, type QuarterlyView } from '../stats/quarters';
import type { Signal, SignalMethod, SignalVerdict } from '../stats/signal';
import type { Trend, TrendDirection } from '../stats/trend';

export interface DeltaJson {
  readonly from: 'baseline' | IsoDate;
  readonly to: IsoDate;
  readonly abs: number;
  readonly pct: number | null;
  readonly direction: Change;
}

export interface BaselineJson {
  readonly abs: number;
  readonly pct: number | null;
  readonly direction: Change;
}

export interface SignalJson {
  readonly latest: SignalVerdict;
  readonly method: SignalMethod;
}

export interface TrendJson {
  readonly direction: TrendDirection;
  readonly slopePerYear: number | null;
  readonly p: number | null;
  readonly points: number;
}

export interface GroupJson {
  readonly group: string;
  readonly rows: number[];
  readonly deltas: DeltaJson[];
  readonly trend: TrendJson;
}

export interface QuarterComparisonJson {
  readonly from: string;
  readonly to: string;
  readonly abs: number;
  readonly pct: number | null;
  readonly direction: Change;
}

export interface QuartersJson {
  readonly quarterOverQuarter: QuarterComparisonJson | null;
  readonly yearOverYear: QuarterComparisonJson | null;
}

/** The fields a row of `review --json` gains. */
export interface RowAnalysisJson {
  readonly deltas: DeltaJson[];
  readonly vsBaseline: BaselineJson | null;
  readonly signal: SignalJson;
  readonly trend: TrendJson;
}

export function deltaJson(d: Delta): DeltaJson {
  return {
    from: d.from === null ? 'baseline' : toIso(d.from),
    to: toIso(d.to),
    abs: d.abs,
    pct: d.pct,
    direction: d.direction,
  };
}

export function baselineJson(b: BaselineComparison | null): BaselineJson | null {
  return b ? { abs: b.abs, pct: b.pct, direction: b.direction } : null;
}

export function signalJson(s: Signal): SignalJson {
  return { latest: s.latest, method: s.method };
}

export function trendJson(t: Trend): TrendJson {
  return { direction: t.direction, slopePerYear: t.slopePerYear, p: t.p, points: t.points };
}

export function rowAnalysisJson(a: SeriesAnalysis): RowAnalysisJson {
  return {
    deltas: a.deltas.map(deltaJson),
    vsBaseline: baselineJson(a.vsBaseline),
    signal: signalJson(a.signal),
    trend: trendJson(a.trend),
  };
}

export function groupJson(g: GroupAnalysis): GroupJson {
  return {
    group: g.group,
    rows: [...g.rows],
    deltas: g.deltas.map(deltaJson),
    trend: trendJson(g.trend),
  };
}

function quarterComparisonJson(c: QuarterComparison | null): QuarterComparisonJson | null {
  return c
    ? {
        from: quarterLabel(c.from),
        to: quarterLabel(c.to),
        abs: c.abs,
        pct: c.pct,
        direction: c.direction,
      }
    : null;
}

/** Not in the review contract yet; offered for the report and the sidebar. */
export function quartersJson(q: QuarterlyView): QuartersJson {
  return {
    quarterOverQuarter: quarterComparisonJson(q.quarterOverQuarter),
    yearOverYear: quarterComparisonJson(q.yearOverYear),
  };
}
