/**
 * The review engine and the deltas engine joined: each reviewed row's numbers analysed in the
 * row's polarity, content groups rolled up, and the MQL→SQL acceptance slide watched. This is
 * what the sheet actions, the sidebar and `cadence review --json` all report from.
 */
import { analyzeSeries, type SeriesAnalysis } from './analysis';
import {
  groupJson,
  rowAnalysisJson,
  type GroupJson,
  type RowAnalysisJson,
  type TrendJson,
  trendJson,
} from './analysis-json';
import type { RowSchedule } from './schedule';
import { addDays, toIso, type DayNumber } from '../dates';
import {
  analyzeGroups,
  opposingTrends,
  type GroupAnalysis,
  type OpposingTrends,
} from './group-rollup';
import { isRateMetric, URGENT_ACCEPTANCE_BELOW } from './metrics';
import { polarityFor } from './polarity';
import {
  reviewSheet,
  toReviewJson,
  type ReviewJson,
  type ReviewOptions,
  type ReviewResult,
} from './review';
import type { ReviewRow } from './sheet';
import type { Counts, SeriesInput } from '../stats/series';
import type { Grid, Polarity } from '../types';

export interface RowReport {
  readonly schedule: RowSchedule;
  readonly polarity: Polarity;
  readonly isRate: boolean;
  readonly analysis: SeriesAnalysis;
}

/** An MQL→SQL acceptance row and how fast it slides toward the 50 % line. */
export interface AcceptanceWatch {
  readonly row: number;
  readonly name: string;
  readonly latest: number | null;
  readonly analysis: SeriesAnalysis;
  /** When the trend line crosses 50 % if the slide goes on; null when not sliding. */
  readonly projectedBelowHalf: DayNumber | null;
}

export interface ReviewReport {
  readonly result: ReviewResult;
  /** In sheet order, one per reviewed row. */
  readonly rows: readonly RowReport[];
  readonly groups: readonly GroupAnalysis[];
  /** Groups moving in opposite directions (webinar attendance fading while video leads rise). */
  readonly opposing: readonly OpposingTrends[];
  readonly acceptance: readonly AcceptanceWatch[];
}

/** A rate is averaged in groups and may use the two-proportion test; counts are summed. */
function isRateRow(row: ReviewRow): boolean {
  if (row.isMqlAcceptance) return true;
  if (row.baseline?.form === 'percent' || row.baseline?.form === 'counts') return true;
  if (row.series.some((p) => p.form === 'percent' || p.form === 'counts')) return true;
  if (row.metric !== null && isRateMetric(row.metric)) return true;
  // Sheets hands a cell formatted 52 % over as the plain number 0.52: fractions between 0 and 1
  // with no whole number among them are read as a rate.
  const values = [...(row.baseline ? [row.baseline.value] : []), ...row.series.map((p) => p.value)];
  return (
    values.length > 0 && values.every((v) => v >= 0 && v <= 1) && values.some((v) => v > 0 && v < 1)
  );
}

/** Counts behind a rate: typed as "45/120", else the row's Volume / n column as the trials. */
function countsFor(
  value: number,
  counts: Counts | undefined,
  volume: number | null,
  isRate: boolean,
): Counts | undefined {
  if (counts) return counts;
  if (!isRate || volume === null || !(volume > 0) || value < 0 || value > 1) return undefined;
  return { successes: Math.round(value * volume), trials: volume };
}

export function seriesInputOf(row: ReviewRow): SeriesInput {
  const isRate = isRateRow(row);
  return {
    baseline: row.baseline?.value ?? null,
    baselineCounts: row.baseline
      ? countsFor(row.baseline.value, row.baseline.counts, row.volume, isRate)
      : undefined,
    points: row.series.map((p) => ({
      day: p.day,
      value: p.value,
      counts: countsFor(p.value, p.counts, row.volume, isRate),
    })),
    polarity: polarityFor({ direction: row.direction, metric: row.metric }),
    isRate,
  };
}

function acceptanceWatch(report: RowReport, today: DayNumber): AcceptanceWatch {
  const row = report.schedule.row;
  const latest = row.series.length > 0 ? row.series[row.series.length - 1] : null;
  const slope = report.analysis.trend.slopePerYear;
  let projected: DayNumber | null = null;
  if (latest && slope !== null && slope < 0 && latest.value >= URGENT_ACCEPTANCE_BELOW) {
    const days = Math.ceil(((latest.value - URGENT_ACCEPTANCE_BELOW) / -slope) * 365.25);
    projected = Math.max(today, addDays(latest.day, days));
  }
  return {
    row: row.row,
    name: row.name,
    latest: latest?.value ?? null,
    analysis: report.analysis,
    projectedBelowHalf: projected,
  };
}

/** Reviews the grid and analyses every row and group. Never throws on any grid. */
export function reviewReport(grid: Grid, options: ReviewOptions): ReviewReport {
  const result = reviewSheet(grid, options);
  const rows = result.rows.map((schedule): RowReport => {
    const input = seriesInputOf(schedule.row);
    return {
      schedule,
      polarity: input.polarity,
      isRate: input.isRate,
      analysis: analyzeSeries(input),
    };
  });
  const groups = analyzeGroups(
    rows
      .filter((r) => r.schedule.row.group !== null)
      .map((r) => ({
        row: r.schedule.row.row,
        group: r.schedule.row.group as string,
        series: seriesInputOf(r.schedule.row),
      })),
  );
  return {
    result,
    rows,
    groups,
    opposing: opposingTrends(groups),
    acceptance: rows
      .filter((r) => r.schedule.row.isMqlAcceptance)
      .map((r) => acceptanceWatch(r, result.today)),
  };
}

export interface AcceptanceJson {
  readonly row: number;
  readonly name: string;
  readonly latest: number | null;
  readonly trend: TrendJson;
  readonly projectedBelowHalf: string | null;
}

export interface ReviewReportTop {
  readonly groups: GroupJson[];
  readonly opposingGroups: Array<{ rising: string; falling: string }>;
  readonly acceptance: AcceptanceJson[];
}

/** The full `cadence review --json` document: the schedule plus deltas, signal and trends. */
export function reviewReportJson(
  report: ReviewReport,
  sheetName: string,
): ReviewJson<RowAnalysisJson> & ReviewReportTop {
  const byRow = new Map(report.rows.map((r) => [r.schedule.row.row, r]));
  return toReviewJson<RowAnalysisJson, ReviewReportTop>(report.result, sheetName, {
    row: (schedule) => rowAnalysisJson((byRow.get(schedule.row.row) as RowReport).analysis),
    top: {
      groups: report.groups.map(groupJson),
      opposingGroups: report.opposing.map((o) => ({
        rising: o.rising.group,
        falling: o.falling.group,
      })),
      acceptance: report.acceptance.map((a) => ({
        row: a.row,
        name: a.name,
        latest: a.latest,
        trend: trendJson(a.analysis.trend),
        projectedBelowHalf: a.projectedBelowHalf === null ? null : toIso(a.projectedBelowHalf),
      })),
    },
  });
}
