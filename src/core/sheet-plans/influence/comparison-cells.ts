/**
 * The columns lift and holdout tables share: a name, then for each of two groups its prospects,
 * rate and 95 % interval, then the difference in points and its interval. Each table adds its
 * own columns after these (p; relative lift, p and power).
 */
import { type IncrementalityKey, tIncrementality } from '../../i18n/incrementality';
import { sheetAbsoluteChange } from '../../stats/change-format';
import type { GroupRate, Interval } from '../../stats/proportions';
import type { Locale } from '../../types';
import { type Cell, FORMATS, heading, num, text } from './cells';
import { intervalText } from './interval-text';

const WHOLE = '#,##0';
export const P_FORMAT = '0.000';

export function comparisonHeader(
  locale: Locale,
  keyHeader: string,
  first: IncrementalityKey,
  second: IncrementalityKey,
): Cell[] {
  const say = (key: IncrementalityKey) => heading(tIncrementality(locale, key));
  return [
    heading(keyHeader),
    say(first),
    say('column.rate'),
    say('column.rateCi'),
    say(second),
    say('column.rate'),
    say('column.rateCi'),
    say('column.difference'),
    say('column.differenceCi'),
  ];
}

export function comparisonCells(
  name: string,
  first: GroupRate,
  second: GroupRate,
  difference: number,
  ci: Interval,
  locale: Locale,
): Cell[] {
  const points = sheetAbsoluteChange(difference, true);
  const group = (g: GroupRate) => [
    num(g.prospects, WHOLE),
    num(g.rate, FORMATS.share),
    text(intervalText(g.ci, locale)),
  ];
  return [
    text(name),
    ...group(first),
    ...group(second),
    num(points.value, points.format),
    text(intervalText(ci, locale)),
  ];
}
