/**
 * Review columns as checkpoints. Walking the columns in date order, each row's next review date
 * is taken as it stood at that column — computed from the values entered in earlier columns —
 * so a row is due at a column dated d when that next date is ≤ d. A past (or today's) column is
 * done when every due row has a value in it, else incomplete with the rows missing; a column
 * after today is scheduled.
 */
import type { DayNumber } from '../dates';
import { CadenceSettings, DEFAULT_SETTINGS, joinsGroup, planAt, usableSettings } from './schedule';
import type { ReviewColumn } from './headers';
import type { ReviewRow, ReviewSheet } from './sheet';
import type { ColumnStatus } from '../types';

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
  const columns = sheet.columns.reviewColumns;
  const R = rows.length;
  const C = columns.length;
  // One byte per (column, row), column-major so each column reads its rows top to bottom.
  // Rows are walked row by row (their series are row-major in memory); 10,000 × 100 stays fast.
  const state = new Uint8Array(C * R);
  // Content rows are due with their group: their own next dates wait in `ownNext` until every
  // member's is known.
  const members: number[] = [];
  const ownNext: Float64Array[] = [];
  const joins: Uint8Array[] = [];
  const groupMin = new Map<string, Float64Array>();

  for (let k = 0; k < R; k++) {
    const row = rows[k];
    const series = row.series;
    const grouped = row.type === 'content' && row.groupKey !== null;
    const rowNext = grouped ? new Float64Array(C) : null;
    const rowJoins = grouped ? new Uint8Array(C) : null;
    let min = grouped ? groupMin.get(row.groupKey as string) : undefined;
    if (grouped && !min) {
      min = new Float64Array(C).fill(Infinity);
      groupMin.set(row.groupKey as string, min);
    }
    let n = 0;
    let planned = -1;
    let next = NaN;
    let movesWithDate = false;
    let joinsGroupNow = false;
    for (let c = 0; c < C; c++) {
      const d = columns[c].day;
      while (n < series.length && series[n].day < d) n++;
      // Only collecting and urgent plans depend on the date itself; the others depend on the
      // values entered so far, so most columns reuse the previous plan.
      if (planned !== n || movesWithDate) {
        const plan = planAt(row, n, d, safe);
        planned = n;
        next = plan.next ?? NaN;
        movesWithDate = plan.basis.rule === 'collecting' || plan.basis.rule === 'urgent';
        joinsGroupNow = grouped && joinsGroup(row, plan);
      }
      let bits = hasValueAt(row, n, columns[c].index, d) ? FILLED : 0;
      if (rowNext && rowJoins && min) {
        rowNext[c] = next;
        rowJoins[c] = joinsGroupNow ? 1 : 0;
        if (joinsGroupNow && next < min[c]) min[c] = next;
      } else if (next <= d) {
        bits |= DUE;
      }
      state[c * R + k] = bits;
    }
    if (rowNext && rowJoins) {
      members.push(k);
      ownNext.push(rowNext);
      joins.push(rowJoins);
    }
  }

  for (let m = 0; m < members.length; m++) {
    const k = members[m];
    const min = groupMin.get(rows[k].groupKey as string) as Float64Array;
    for (let c = 0; c < C; c++) {
      const next = joins[m][c] === 1 && min[c] !== Infinity ? min[c] : ownNext[m][c];
      if (next <= columns[c].day) state[c * R + k] |= DUE;
    }
  }

  return columns.map((column, c) => {
    const dueRows: number[] = [];
    const missingRows: number[] = [];
    const past = column.day <= sheet.today;
    for (let k = 0; k < R; k++) {
      const bits = state[c * R + k];
      if ((bits & DUE) === 0) continue;
      dueRows.push(rows[k].row);
      if (past && (bits & FILLED) === 0) missingRows.push(rows[k].row);
    }
    const status: ColumnStatus = !past ? 'scheduled' : missingRows.length ? 'incomplete' : 'done';
    return { column, status, dueRows, missingRows };
  });
}

const DUE = 1;
const FILLED = 2;

/** Same-day points sit right after the points dated before d. */
function hasValueAt(row: ReviewRow, from: number, columnIndex: number, d: DayNumber): boolean {
  for (let n = from; n < row.series.length && row.series[n].day === d; n++) {
    if (row.series[n].column === columnIndex) return true;
  }
  return false;
}
