/**
 * The holdout block of the Influence report, when the spreadsheet has a holdout tab: per
 * campaign, test and control prospects with their rates and 95 % intervals, the difference in
 * points with Newcombe's interval, the relative lift, p and the power the test had. A holdout tab
 * that cannot be read gets its one-sentence problem here instead of failing the whole report.
 */
import { tIncrementality } from '../../i18n/incrementality';
import type { HoldoutSection } from '../../incrementality/section';
import { exclusionNotes, holdoutProblemMessage } from '../../incrementality/messages';
import { formatPercent } from '../../calendar/format';
import type { Locale } from '../../types';
import { type Cell, heading, linesWithin, num, text } from './cells';
import { comparisonCells, comparisonHeader, P_FORMAT } from './comparison-cells';

const SIGNED_SHARE = '+0.0%;-0.0%;0.0%';
const POWER = '0%';

/** No rows when the spreadsheet has no holdout tab. */
export function holdoutBlock(
  section: HoldoutSection | null,
  locale: Locale,
  keyHeader: string,
  lineWidth: number,
): Cell[][] {
  if (section === null) return [];
  const say = (key: Parameters<typeof tIncrementality>[1], params?: Record<string, string>) =>
    tIncrementality(locale, key, params);
  const lines = (sentence: string) => linesWithin(sentence, lineWidth).map((l) => [text(l)]);
  const title = [text(say('holdout.heading'), true)];
  if (section.kind === 'problem') {
    return [title, ...lines(holdoutProblemMessage(section.sheet, section.problem, locale)), []];
  }
  const notes = exclusionNotes(section.excluded, locale).flatMap(lines);
  if (section.report.tests.length === 0) return [title, ...lines(say('holdout.noTests')), []];
  const header = [
    ...comparisonHeader(locale, keyHeader, 'column.test', 'column.control'),
    heading(say('column.relativeLift')),
    heading(say('column.p')),
    heading(say('column.power')),
  ];
  const body = section.report.tests.map((t) => [
    ...comparisonCells(t.campaign, t.test, t.control, t.difference, t.ci, locale),
    t.relativeLift === null ? text('—') : num(t.relativeLift, SIGNED_SHARE),
    num(t.p, P_FORMAT),
    num(t.power, POWER),
  ]);
  const explain = say('holdout.explain', { lift: formatPercent(locale, section.minimumLift) });
  return [title, ...lines(explain), ...notes, header, ...body, []];
}

/** The campaign names the block writes in column A, which must show whole. */
export function holdoutCampaigns(section: HoldoutSection | null): string[] {
  return section?.kind === 'tests' ? section.report.tests.map((t) => t.campaign) : [];
}
