/**
 * Which way is good for a row's metric. Higher is better unless the Direction column says lower,
 * or the Metric names a measure everyone wants down (bounces, unsubscribes, cost per lead…).
 * Every word the add-on recognises for this lives in the lists below, in English and French.
 */
import { normalizeKey } from '../text';
import type { Polarity } from '../types';

/** Words in a Direction cell that mean "lower is better" ("Lower is better", "Plus bas", "Baisse"). */
// prettier-ignore
const LOWER_WORDS: ReadonlyArray<string> = [
  'lower', 'low', 'down', 'decrease', 'decreasing', 'less', 'fewer', 'smaller', 'min', 'minimum',
  'minimise', 'minimize', 'reduce',
  'bas', 'basse', 'baisse', 'moins', 'diminuer', 'diminution', 'reduire', 'minimiser',
];

/** Words in a Direction cell that mean "higher is better" ("Higher", "Plus haut", "Hausse"). */
// prettier-ignore
const HIGHER_WORDS: ReadonlyArray<string> = [
  'higher', 'high', 'up', 'increase', 'increasing', 'more', 'greater', 'bigger', 'max', 'maximum',
  'maximise', 'maximize', 'grow',
  'haut', 'haute', 'hausse', 'plus', 'augmenter', 'augmentation', 'maximiser', 'eleve',
];

const LOWER_ARROWS = /[↓⬇▼↘]/u;
const HIGHER_ARROWS = /[↑⬆▲↗]/u;

/**
 * Metrics that are lower-is-better by nature, matched as whole words (a trailing plural "s" is
 * ignored), so "CPL" matches "CPL (EUR)" but not a word that merely contains the letters.
 */
// prettier-ignore
const LOWER_IS_BETTER_METRICS: ReadonlyArray<string> = [
  // English
  'unsubscribe', 'unsubscribed', 'unsubscription', 'opt out', 'optout',
  'bounce', 'bounced', 'hard bounce', 'soft bounce',
  'spam complaint', 'spam report', 'complaint rate', 'abuse report',
  'churn', 'churned', 'attrition',
  'cost per lead', 'cpl', 'cost per acquisition', 'cpa', 'cac', 'customer acquisition cost',
  'cost per mql', 'cost per sql', 'cost per opportunity', 'cost per conversion',
  'cost per click', 'cpc',
  'response time', 'time to first touch', 'time to contact',
  // French
  'desabonnement', 'desinscription', 'desabonne', 'desinscrit',
  'rebond', 'taux de rebond',
  'plainte spam', 'plainte pour spam', 'signalement spam', 'signalement comme spam',
  'cout par lead', 'cout par prospect', 'cout par acquisition', 'cout d acquisition',
  'cout par mql', 'cout par clic', 'cout par conversion',
  'temps de reponse', 'delai de reponse', 'delai de traitement',
];

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function words(text: string): string[] {
  const key = normalizeKey(text);
  return key === '' ? [] : key.split(' ');
}

/** Metric names are plural as often as not ("Bounces", "Désabonnements"). */
function metricWords(text: string): string[] {
  return words(text).map(singular);
}

// Direction words are matched exactly: stripping an "s" would turn "less" into French "les".
const LOWER_SET = new Set(LOWER_WORDS);
const HIGHER_SET = new Set(HIGHER_WORDS);
const METRIC_PHRASES: ReadonlyArray<ReadonlyArray<string>> =
  LOWER_IS_BETTER_METRICS.map(metricWords);

/**
 * Reads a Direction cell; null when blank or not understood (the caller may diagnose it).
 * A lower word wins over a higher one because French phrases pair them: "plus bas" = lower.
 */
export function polarityFromDirection(text: string): Polarity | null {
  const lowerArrow = LOWER_ARROWS.test(text);
  const higherArrow = HIGHER_ARROWS.test(text);
  if (lowerArrow !== higherArrow) return lowerArrow ? 'lower_is_better' : 'higher_is_better';
  const tokens = words(text);
  if (tokens.some((w) => LOWER_SET.has(w))) return 'lower_is_better';
  if (tokens.some((w) => HIGHER_SET.has(w))) return 'higher_is_better';
  return null;
}

function containsPhrase(tokens: ReadonlyArray<string>, phrase: ReadonlyArray<string>): boolean {
  outer: for (let start = 0; start + phrase.length <= tokens.length; start++) {
    for (let k = 0; k < phrase.length; k++) {
      if (tokens[start + k] !== phrase[k]) continue outer;
    }
    return true;
  }
  return false;
}

/** True when the metric's name says smaller numbers are good ("Bounce rate", "Coût par lead"). */
export function isLowerIsBetterMetric(metric: string): boolean {
  const tokens = metricWords(metric);
  return METRIC_PHRASES.some((phrase) => phrase.length > 0 && containsPhrase(tokens, phrase));
}

/** The row's polarity: an explicit Direction wins, then the Metric's name, else higher is better. */
export function polarityFor(row: { direction?: string | null; metric?: string | null }): Polarity {
  const stated = row.direction ? polarityFromDirection(row.direction) : null;
  if (stated) return stated;
  if (row.metric && isLowerIsBetterMetric(row.metric)) return 'lower_is_better';
  return 'higher_is_better';
}
