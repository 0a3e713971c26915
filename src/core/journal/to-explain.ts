/**
 * Which changes need a reason (the playbook: for every short-term change, the real work is to
 * understand why it happened). At each review, a change the deltas engine calls a signal — not
 * the metric's ordinary wobble — and every urgent row become an entry to explain. Noise does
 * not: asking "why" of noise teaches people to invent causes.
 */
import type { DayNumber } from '../dates';
import type { ReviewReport } from '../review/report';
import type { ChangeFigures } from '../stats/change-format';

export type JournalCause = 'signal' | 'urgent';

export interface ChangeToExplain {
  /** 1-based row of the review sheet. */
  readonly row: number;
  readonly program: string;
  readonly metric: string | null;
  readonly owner: string | null;
  /** The review the change belongs to: the date of the row's latest value (today without one). */
  readonly day: DayNumber;
  /** The latest period-over-period change; null when the row has a single value. */
  readonly change: ChangeFigures | null;
  readonly isRate: boolean;
  readonly causes: readonly JournalCause[];
}

/** In sheet order. */
export function changesToExplain(report: ReviewReport): ChangeToExplain[] {
  const out: ChangeToExplain[] = [];
  for (const r of report.rows) {
    const causes: JournalCause[] = [];
    if (r.analysis.signal.latest === 'signal') causes.push('signal');
    if (r.schedule.status === 'urgent') causes.push('urgent');
    if (causes.length === 0) continue;
    const row = r.schedule.row;
    const latest = row.series[row.series.length - 1];
    const delta = r.analysis.deltas[r.analysis.deltas.length - 1];
    out.push({
      row: row.row,
      program: row.name,
      metric: row.metric,
      owner: row.owner,
      day: latest ? latest.day : report.result.today,
      change: delta ? { abs: delta.abs, pct: delta.pct } : null,
      isRate: r.isRate,
      causes,
    });
  }
  return out;
}
