/**
 * The lift table of the Influence report: per campaign (or channel), the prospects touched and
 * not touched, their conversion rates with 95 % intervals, the difference in points with its
 * interval, and p. Its caveat sits on the line under the title, so no lift figure is read
 * without it: correlation, not proof.
 */
import type { LiftRow } from '../../attribution/lift';
import { tIncrementality } from '../../i18n/incrementality';
import type { Locale } from '../../types';
import { type Cell, heading, linesWithin, num, text } from './cells';
import { comparisonCells, comparisonHeader, P_FORMAT } from './comparison-cells';

/**
 * `keyHeader`: "Campaign" or "Channel" in the user's language; `lineWidth`: pixels a text line
 * may take before it goes on to the next row. No rows at all when there is nothing to compare.
 */
export function liftBlock(
  lift: readonly LiftRow[],
  keys: number,
  locale: Locale,
  keyHeader: string,
  lineWidth: number,
): Cell[][] {
  if (keys === 0) return [];
  const say = (key: Parameters<typeof tIncrementality>[1]) => tIncrementality(locale, key);
  const lines = (sentence: string) => linesWithin(sentence, lineWidth).map((l) => [text(l)]);
  const title = [text(say('lift.heading'), true)];
  if (lift.length === 0) return [title, ...lines(say('lift.none')), []];
  const header = [
    ...comparisonHeader(locale, keyHeader, 'column.touched', 'column.untouched'),
    heading(say('column.p')),
  ];
  const body = lift.map((row) => [
    ...comparisonCells(row.campaign, row.touched, row.untouched, row.difference, row.ci, locale),
    num(row.p, P_FORMAT),
  ]);
  return [
    title,
    ...lines(`⚠ ${say('lift.caveat')}`),
    ...lines(say('lift.explain')),
    header,
    ...body,
    [],
  ];
}
