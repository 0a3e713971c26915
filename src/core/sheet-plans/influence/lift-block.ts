/**
 * The lift table of the Influence report: per campaign (or channel), the prospects touched and
 * not touched, their conversion rates with 95 % intervals, the difference in points with its
 * interval, and p. Its caveat sits on the line above the table, so no lift figure is read
 * without it: correlation, not proof.
 */
import type { LiftRow } from '../../attribution/lift';
import { tIncrementality } from '../../i18n/incrementality';
import { sheetAbsoluteChange } from '../../stats/change-format';
import type { Locale } from '../../types';
import { type Cell, FORMATS, heading, linesWithin, num, text } from './cells';
import { intervalText } from './interval-text';

export const P_FORMAT = '0.000';
const WHOLE = '#,##0';

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
    heading(keyHeader),
    heading(say('column.touched')),
    heading(say('column.rate')),
    heading(say('column.rateCi')),
    heading(say('column.untouched')),
    heading(say('column.rate')),
    heading(say('column.rateCi')),
    heading(say('column.difference')),
    heading(say('column.differenceCi')),
    heading(say('column.p')),
  ];
  const difference = (d: number): Cell => {
    const { value, format } = sheetAbsoluteChange(d, true);
    return num(value, format);
  };
  const body = lift.map((row) => [
    text(row.campaign),
    num(row.touched.prospects, WHOLE),
    num(row.touched.rate, FORMATS.share),
    text(intervalText(row.touched.ci, locale)),
    num(row.untouched.prospects, WHOLE),
    num(row.untouched.rate, FORMATS.share),
    text(intervalText(row.untouched.ci, locale)),
    difference(row.difference),
    text(intervalText(row.ci, locale)),
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
