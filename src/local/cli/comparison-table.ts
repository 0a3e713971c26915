/**
 * The terminal table that the lift table (`cadence influence`) and the holdout tests
 * (`cadence holdout`) both print: a name, each group's rate with its conversions out of its
 * prospects, the difference in points, its 95 % interval and p. The holdout table adds its own
 * columns after these (relative lift, power).
 */
import { formatPercent } from '../../core/calendar/format';
import { type IncrementalityKey, tIncrementality } from '../../core/i18n/incrementality';
import { pointsInterval, pValueText } from '../../core/sheet-plans/influence/summary-tables';
import { formatPoints } from '../../core/stats/change-format';
import type { GroupRate, Interval } from '../../core/stats/proportions';
import type { Locale } from '../../core/types';
import type { Column } from './table';

/**
 * The shared columns; `extra` are placed before p (the holdout's relative lift). On a narrow
 * terminal the name, the difference and p stay: they are the answer; the groups explain it.
 */
export function comparisonColumns(
  locale: Locale,
  keyHeader: string,
  first: IncrementalityKey,
  second: IncrementalityKey,
  extra: readonly Column[] = [],
): Column[] {
  const say = (key: IncrementalityKey) => tIncrementality(locale, key);
  return [
    { header: keyHeader, priority: 20, shrink: { min: 14 } },
    { header: say(first), priority: 17 },
    { header: say(second), priority: 16 },
    { header: say('column.difference'), priority: 19 },
    { header: say('column.differenceCi'), priority: 14 },
    ...extra,
    { header: say('column.p'), priority: 18 },
  ];
}

export interface ComparisonFigures {
  readonly name: string;
  readonly first: GroupRate;
  readonly second: GroupRate;
  readonly difference: number;
  readonly ci: Interval;
  readonly p: number;
}

/** One row for `comparisonColumns`; `extra` cells go where the extra columns were placed. */
export function comparisonRow(
  row: ComparisonFigures,
  locale: Locale,
  extra: readonly string[] = [],
): string[] {
  const group = (g: GroupRate) =>
    `${formatPercent(locale, g.rate)} (${g.conversions}/${g.prospects})`;
  return [
    row.name,
    group(row.first),
    group(row.second),
    formatPoints(row.difference, locale),
    pointsInterval(row.ci, locale),
    ...extra,
    pValueText(row.p, locale),
  ];
}
