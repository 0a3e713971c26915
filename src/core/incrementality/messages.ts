/**
 * The planner's and the holdout reader's sentences, in the user's language, shared by the CLI
 * text output, the sidebar (through the server) and the sheet.
 */
import { formatPercent } from '../calendar/format';
import { tIncrementality } from '../i18n/incrementality';
import { formatCount } from '../i18n/numbers';
import { DEFAULT_ALPHA, DEFAULT_POWER } from '../stats/proportions';
import type { Locale } from '../types';
import type { HoldoutExclusions, HoldoutProblem } from './holdout-table';
import type { HoldoutPlan, HoldoutPlanInput, PlanProblem } from './planner';

/** "10,317 prospects per group (20,634 in all) to detect +20 % over a 4 % base rate (…)." */
export function planMessage(input: HoldoutPlanInput, plan: HoldoutPlan, locale: Locale): string {
  const percent = (x: number) => formatPercent(locale, x);
  const sentence = tIncrementality(locale, 'plan.result', {
    perGroup: formatCount(plan.perGroup, locale),
    total: formatCount(plan.total, locale),
    lift: percent(input.lift),
    base: percent(input.baseRate),
    power: percent(input.power ?? DEFAULT_POWER),
    alpha: String(input.alpha ?? DEFAULT_ALPHA).replace('.', locale === 'fr' ? ',' : '.'),
  });
  if (plan.weeks === null || input.weekly === undefined) return sentence;
  const weeks = tIncrementality(locale, 'plan.weeks', {
    weeks: formatCount(plan.weeks, locale),
    weekly: formatCount(input.weekly, locale),
  });
  return `${sentence} ${weeks}`;
}

export function planProblemMessage(problem: PlanProblem, locale: Locale): string {
  return tIncrementality(locale, `plan.problem.${problem}`);
}

/** One sentence naming the missing columns or the first unreadable cells. */
export function holdoutProblemMessage(
  sheet: string,
  problem: HoldoutProblem,
  locale: Locale,
): string {
  if (problem.missingColumns.length > 0) {
    return tIncrementality(locale, 'problem.missing', {
      sheet,
      columns: problem.missingColumns.join(', '),
    });
  }
  const cells = problem.unreadable
    .map((d) => (locale === 'en' ? `${d.cell} (${d.message})` : d.cell))
    .join(', ');
  const more = problem.unreadableCount - problem.unreadable.length;
  return tIncrementality(locale, 'problem.cells', {
    sheet,
    cells: more > 0 ? `${cells} (+${formatCount(more, locale)})` : cells,
  });
}

/** What the reader left out, one sentence each; none when nothing was. */
export function exclusionNotes(excluded: HoldoutExclusions, locale: Locale): string[] {
  const notes: string[] = [];
  if (excluded.convertedBeforeAssignment > 0) {
    notes.push(
      tIncrementality(locale, 'excluded.before', { count: excluded.convertedBeforeAssignment }),
    );
  }
  if (excluded.inBothGroups > 0) {
    notes.push(tIncrementality(locale, 'excluded.both', { count: excluded.inBothGroups }));
  }
  return notes;
}
