/**
 * Review columns as checkpoints. Walking the columns in date order, each row's next review date
 * is taken as it stood at that column — computed from the values entered in earlier columns —
 * so a row is due at a column dated d when that next date is ≤ d. A past (or today's) column is
 * done when every due row has a value in it, else incomplete with the rows missing; a column
 * after today is scheduled.
 */
import type { DayNumber } from './dates';
import { CadenceSettings, DEFAULT_SETTINGS, joinsGroup, planAt, usableSettings } from './cadence';
import type { ReviewColumn } from './headers';
import type { ReviewRow, ReviewSheet } from './review-sheet';
import type { ColumnStatus } from './types';

export interface ColumnReview {
  readonly column: ReviewColumn;
  readonly status: ColumnStatus;
  /** Sheet rows (1-based) due at this column, top to bottom. */
  readonly dueRows: readonly number[];
  /** Due rows without a value in this column; always empty for scheduled columns. */
  readonly missingRows: readonly number[];
}

export function reviewColumns(
  sheet: ReviewSheet,
  settings: CadenceSettings = DEFAULT_SETTINGS,
): ColumnReview[] {
  const safe = usableSettings(settings);
  const rows = sheet.rows;
  const count = rows.length;
  // Per row, as of the current column: how many series points are dated before it, the plan's
  // next date (NaN when unscheduled), and whether that plan moves with the date. Typed arrays keep
  // the 10,000 × 100 walk free of allocations.
  const before = new Int32Array(count);
  const planned = new Int32Array(count).fill(-1);
  const next = new Float64Array(count);
  const movesWithDate = new Uint8Array(count);
  const joins = new Uint8Array(count);
  const groupNext = new Map<string, number>();
  return sheet.columns.reviewColumns.map((column) => {
    const d = column.day;
    groupNext.clear();
    for (let k = 0; k < count; k++) {
      const row = rows[k];
      const series = row.series;
      let n = before[k];
      while (n < series.length && series[n].day < d) n++;
      before[k] = n;
      // Only collecting and urgent plans depend on the date itself; the others depend on the
      // values entered so far, so most columns reuse the previous plan.
      if (planned[k] !== n || movesWithDate[k] === 1) {
        const plan = planAt(row, n, d, safe);
        planned[k] = n;
        next[k] = plan.next ?? NaN;
        const rule = plan.basis.rule;
        movesWithDate[k] = rule === 'collecting' || rule === 'urgent' ? 1 : 0;
        joins[k] = joinsGroup(row, plan) ? 1 : 0;
      }
      if (joins[k] === 1 && !Number.isNaN(next[k])) {
        const key = row.groupKey as string;
        const seen = groupNext.get(key);
        if (seen === undefined || next[k] < seen) groupNext.set(key, next[k]);
      }
    }
    const dueRows: number[] = [];
    const missingRows: number[] = [];
    const past = d <= sheet.today;
    for (let k = 0; k < count; k++) {
      const row = rows[k];
      const due = joins[k] === 1 ? (groupNext.get(row.groupKey as string) ?? next[k]) : next[k];
      if (!(due <= d)) continue;
      dueRows.push(row.row);
      if (past && !hasValueAt(row, before[k], column.index, d)) missingRows.push(row.row);
    }
    const status: ColumnStatus = !past ? 'scheduled' : missingRows.length ? 'incomplete' : 'done';
    return { column, status, dueRows, missingRows };
  });
}

/** Same-day points sit right after the points dated before d. */
function hasValueAt(row: ReviewRow, from: number, columnIndex: number, d: DayNumber): boolean {
  for (let n = from; n < row.series.length && row.series[n].day === d; n++) {
    if (row.series[n].column === columnIndex) return true;
  }
  return false;
}
