/**
 * The sidebar's picture of the review sheet: counts by status, every program most pressing first,
 * the review columns and the unreadable cells — JSON-safe, dates as YYYY-MM-DD.
 */
import { toIso } from '../dates';
import { diagnosticText } from '../i18n/diagnostics';
import { reasonText } from '../i18n/reasons';
import { columnJson, type ReviewJsonColumn } from '../review/review';
import type { ReviewReport } from '../review/report';
import {
  REVIEW_STATUSES,
  type Locale,
  type ProgramType,
  type ReviewStatus,
} from '../types';
import { seriesValues } from './owned-values';

export interface DueRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly name: string;
  readonly type: ProgramType | null;
  readonly owner: string | null;
  readonly group: string | null;
  readonly status: ReviewStatus;
  readonly nextReview: string | null;
  readonly lastReview: string | null;
  /** The latest period-over-period change, already judged in the row's polarity. */
  readonly lastChange: {
    readonly abs: number;
    readonly pct: number | null;
    readonly direction: 'improved' | 'worsened' | 'unchanged';
  } | null;
  readonly trend: 'rising' | 'falling' | 'flat' | 'insufficient';
  /** Baseline (when present) then review values, for the sparkline. */
  readonly series: readonly number[];
  readonly isRate: boolean;
  readonly reasons: readonly string[];
  /** The program's latest reason from the review journal, in words; absent without one. */
  readonly latestReason?: string;
}

export interface Overview {
  readonly sheetName: string;
  readonly today: string;
  readonly counts: Readonly<Record<ReviewStatus, number>>;
  /** Every reviewed row, most pressing first (urgent, overdue, due soon, …, then by date). */
  readonly rows: readonly DueRow[];
  readonly columns: readonly ReviewJsonColumn[];
  readonly diagnostics: ReadonlyArray<{
    readonly cell: string;
    /** 1-based sheet row of the cell, to select it. */
    readonly row: number;
    readonly severity: string;
    /** In the user's language. */
    readonly message: string;
  }>;
}

export function overviewOf(report: ReviewReport, sheetName: string, locale: Locale): Overview {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<
    ReviewStatus,
    number
  >;
  const rows = report.rows.map((r): DueRow => {
    counts[r.schedule.status]++;
    const last = r.analysis.deltas[r.analysis.deltas.length - 1];
    const row = r.schedule.row;
    return {
      row: row.row,
      name: row.name,
      type: row.type,
      owner: row.owner,
      group: row.group,
      status: r.schedule.status,
      nextReview: r.schedule.next === null ? null : toIso(r.schedule.next),
      lastReview: r.schedule.last === null ? null : toIso(r.schedule.last),
      lastChange: last ? { abs: last.abs, pct: last.pct, direction: last.direction } : null,
      trend: r.analysis.trend.direction,
      series: seriesValues(r),
      isRate: r.isRate,
      reasons: r.schedule.reasons.map((reason) => reasonText(reason, locale)),
    };
  });
  rows.sort(
    (a, b) =>
      REVIEW_STATUSES.indexOf(a.status) - REVIEW_STATUSES.indexOf(b.status) ||
      (a.nextReview ?? '9999').localeCompare(b.nextReview ?? '9999') ||
      a.row - b.row,
  );
  return {
    sheetName,
    today: toIso(report.result.today),
    counts,
    rows,
    columns: report.result.columns.map(columnJson),
    diagnostics: report.result.diagnostics.map((d) => ({
      cell: d.cell,
      row: d.row + 1,
      severity: d.severity,
      message: diagnosticText(d, locale),
    })),
  };
}
