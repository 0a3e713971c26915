/**
 * The lift table and the holdout tests as the sidebar's Influence tab shows them: a compact table
 * of words already in the user's language (the sidebar formats nothing). Each figure has its
 * detail under it (conversions out of prospects under a rate, the 95 % interval under a
 * difference, the power under p), so five columns fit a 300-pixel sidebar without a cut. The lift
 * table's caveat comes before it, as on the sheet: correlation, not proof.
 */
import type { LiftRow } from '../../attribution/lift';
import { formatPercent } from '../../calendar/format';
import { type IncrementalityKey, tIncrementality } from '../../i18n/incrementality';
import { exclusionNotes, holdoutProblemMessage } from '../../incrementality/messages';
import type { HoldoutSection } from '../../incrementality/section';
import { formatPoints, POINTS_UNIT } from '../../stats/change-format';
import type { GroupRate, Interval } from '../../stats/proportions';
import type { Locale } from '../../types';

export interface SummaryCell {
  readonly text: string;
  /** Smaller figures under it, each on a line that never breaks ("288/761", "+3.58 …"). */
  readonly detail: readonly string[];
  /** Words under the figures that may wrap ("Power 27.7 %"). */
  readonly note?: string;
}

export interface SummaryTable {
  readonly heading: string;
  /** Said before the table: the caveat, or why there is no table. */
  readonly sentences: readonly string[];
  /** Empty when there is no table. */
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly SummaryCell[]>;
}

/** p to three decimals in the user's language; "< 0.001" rather than a row of zeros. */
export function pValueText(p: number, locale: Locale): string {
  const text = p < 0.001 ? '< 0.001' : p.toFixed(3);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** "-4.59 pt … +6.11 pt": a difference's interval in points. */
export function pointsInterval([low, high]: Interval, locale: Locale): string {
  return `${formatPoints(low, locale)} … ${formatPoints(high, locale)}`;
}

const cell = (text: string, detail: string[] = [], note?: string): SummaryCell =>
  note === undefined ? { text, detail } : { text, detail, note };

function comparisonRow(
  name: string,
  first: GroupRate,
  second: GroupRate,
  difference: number,
  ci: Interval,
  p: string,
  locale: Locale,
  more: { difference?: string; p?: string } = {},
): SummaryCell[] {
  const group = (g: GroupRate) =>
    cell(formatPercent(locale, g.rate), [`${g.conversions}/${g.prospects}`]);
  // The interval's bounds without their unit (the difference above says "pt"), one per line:
  // "+3.58 pt … +11.76 pt" on one line would not fit the column.
  const bound = (x: number) => formatPoints(x, locale).replace(`\u00a0${POINTS_UNIT}`, '');
  return [
    cell(name),
    group(first),
    group(second),
    cell(formatPoints(difference, locale), [`${bound(ci[0])} …`, bound(ci[1])], more.difference),
    cell(p, [], more.p),
  ];
}

function header(
  locale: Locale,
  keyHeader: string,
  first: IncrementalityKey,
  second: IncrementalityKey,
): string[] {
  const say = (key: IncrementalityKey) => tIncrementality(locale, key);
  return [keyHeader, say(first), say(second), say('column.difference'), say('column.p')];
}

/** null when the report credits nothing (no table on the sheet either). */
export function liftSummary(
  lift: readonly LiftRow[],
  keys: number,
  keyHeader: string,
  locale: Locale,
): SummaryTable | null {
  if (keys === 0) return null;
  const say = (key: IncrementalityKey) => tIncrementality(locale, key);
  if (lift.length === 0)
    return { heading: say('lift.heading'), sentences: [say('lift.none')], header: [], rows: [] };
  return {
    heading: say('lift.heading'),
    sentences: [say('lift.caveat')],
    header: header(locale, keyHeader, 'column.touched', 'column.untouched'),
    rows: lift.map((r) =>
      comparisonRow(
        r.campaign,
        r.touched,
        r.untouched,
        r.difference,
        r.ci,
        pValueText(r.p, locale),
        locale,
      ),
    ),
  };
}

/** null when the spreadsheet has no holdout tab. */
export function holdoutSummary(
  section: HoldoutSection | null,
  keyHeader: string,
  locale: Locale,
): SummaryTable | null {
  if (section === null) return null;
  const say = (key: IncrementalityKey, params?: Record<string, string>) =>
    tIncrementality(locale, key, params);
  const heading = say('holdout.heading');
  if (section.kind === 'problem') {
    const problem = holdoutProblemMessage(section.sheet, section.problem, locale);
    return { heading, sentences: [problem], header: [], rows: [] };
  }
  const notes = exclusionNotes(section.excluded, locale);
  if (section.report.tests.length === 0)
    return { heading, sentences: [...notes, say('holdout.noTests')], header: [], rows: [] };
  const percent = (x: number) => formatPercent(locale, x);
  return {
    heading,
    sentences: [say('holdout.explain', { lift: percent(section.minimumLift) }), ...notes],
    header: header(locale, keyHeader, 'column.test', 'column.control'),
    rows: section.report.tests.map((t) =>
      comparisonRow(
        t.campaign,
        t.test,
        t.control,
        t.difference,
        t.ci,
        pValueText(t.p, locale),
        locale,
        {
          difference:
            t.relativeLift === null
              ? undefined
              : `${say('column.relativeLift')} ${percent(t.relativeLift)}`,
          p: `${say('column.power')} ${percent(t.power)}`,
        },
      ),
    ),
  };
}
