/**
 * The sentences the influence action shows the user (toast, alert, sidebar), in their language.
 * Input problems name the missing columns and the first unreadable cells by A1 address, like
 * `describeProblem` does for the CLI, but translated.
 */
import type { InputProblem } from '../../attribution';
import { tInfluence } from '../../i18n/influence';
import { formatCount } from '../../i18n/numbers';
import type { Locale } from '../../types';

export function describeProblemIn(problem: InputProblem, locale: Locale): string {
  const parts: string[] = [];
  if (problem.missingColumns.length > 0) {
    parts.push(
      tInfluence(locale, 'problem.missing', { columns: problem.missingColumns.join(', ') }),
    );
  }
  if (problem.unreadableCount > 0) {
    // Cell messages come from core in English: French users get the addresses alone.
    const listed = problem.unreadable
      .map((d) => (locale === 'en' ? `${d.cell} (${d.message})` : d.cell))
      .join(', ');
    const more = problem.unreadableCount - problem.unreadable.length;
    const cells =
      more > 0 ? tInfluence(locale, 'problem.more', { cells: listed, count: more }) : listed;
    parts.push(tInfluence(locale, 'problem.cells', { cells }));
  }
  if (parts.length === 0) parts.push(tInfluence(locale, 'problem.empty'));
  return parts.join('; ');
}

export function problemMessage(sheetName: string, problem: InputProblem, locale: Locale): string {
  return tInfluence(locale, 'result.problem', {
    sheet: sheetName,
    details: describeProblemIn(problem, locale),
  });
}

export function doneMessage(
  sheetName: string,
  campaigns: number,
  conversions: number,
  locale: Locale,
): string {
  return tInfluence(locale, 'result.done', {
    sheet: sheetName,
    campaigns: formatCount(campaigns, locale),
    conversions: formatCount(conversions, locale),
  });
}
