/**
 * Where a review dated `day` is written: its column when the sheet has one, else a new column
 * right after the last review column (after the user's last column when there is none), as
 * "Start a review today" inserts it.
 */
import type { DayNumber } from '../dates';
import type { SheetColumns } from '../review/headers';
import { columnLetter } from '../text';

export interface TargetColumn {
  /** 0-based, after the insertion when `created`. */
  readonly index: number;
  readonly letter: string;
  readonly created: boolean;
}

/** 0-based index a new review column takes: right after the last review (or user) column. */
export function newReviewColumnIndex(
  columns: Pick<SheetColumns, 'reviewColumns' | 'roles' | 'others' | 'owned'>,
): number {
  if (columns.reviewColumns.length > 0)
    return Math.max(...columns.reviewColumns.map((c) => c.index)) + 1;
  const owned = new Set(Object.values(columns.owned));
  const user = [...Object.values(columns.roles), ...columns.others].filter((j) => !owned.has(j));
  return Math.max(0, ...user) + 1;
}

export function targetColumn(
  columns: Pick<SheetColumns, 'reviewColumns' | 'roles' | 'others' | 'owned'>,
  day: DayNumber,
): TargetColumn {
  const existing = columns.reviewColumns.find((c) => c.day === day);
  if (existing) return { index: existing.index, letter: existing.letter, created: false };
  const index = newReviewColumnIndex(columns);
  return { index, letter: columnLetter(index), created: true };
}
