/**
 * The due list's grouping: rows already come most pressing first; they are bucketed by the week
 * (Monday to Sunday) of their next review, with everything due before this week in one bucket.
 */
import type { DueRow } from '../src/gas/api';
import { parseIso, toIso, type DayNumber } from '../src/core/dates';

export type WeekGroup =
  | { readonly kind: 'before'; readonly rows: DueRow[] }
  | { readonly kind: 'this_week'; readonly rows: DueRow[] }
  | { readonly kind: 'week'; readonly monday: string; readonly rows: DueRow[] }
  | { readonly kind: 'no_date'; readonly rows: DueRow[] };

/** 1970-01-01 (day 0) was a Thursday: Monday-based weekday = (day + 3) mod 7. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - ((((day + 3) % 7) + 7) % 7);
}

export function groupByWeek(rows: readonly DueRow[], todayIso: string): WeekGroup[] {
  const today = parseIso(todayIso);
  const thisMonday = today === null ? null : mondayOf(today);
  const before: DueRow[] = [];
  const noDate: DueRow[] = [];
  const weeks = new Map<number, DueRow[]>();
  for (const row of rows) {
    const next = row.nextReview === null ? null : parseIso(row.nextReview);
    if (next === null || thisMonday === null) {
      noDate.push(row);
    } else if (next < thisMonday) {
      before.push(row);
    } else {
      const monday = mondayOf(next);
      const list = weeks.get(monday) ?? [];
      list.push(row);
      weeks.set(monday, list);
    }
  }
  const groups: WeekGroup[] = [];
  if (before.length > 0) groups.push({ kind: 'before', rows: before });
  for (const monday of [...weeks.keys()].sort((a, b) => a - b)) {
    const list = weeks.get(monday) as DueRow[];
    groups.push(
      monday === thisMonday
        ? { kind: 'this_week', rows: list }
        : { kind: 'week', monday: toIso(monday), rows: list },
    );
  }
  if (noDate.length > 0) groups.push({ kind: 'no_date', rows: noDate });
  return groups;
}
