/**
 * Dates written as text, as they reach the add-on from a CSV, a paste or a sheet whose locale
 * did not recognise them: ISO "2026-09-01" and "2026/09/01"; numeric "9/1/2026", "01-09-2026"
 * and dotted "01.09.2026"; month names in English and French ("March 1, 2026", "1 mars 2026",
 * "1er janvier 2026", "1-Mar-2026"), with or without a weekday.
 *
 * A numeric date whose two first fields are both 12 or less ("9/1/2026") is either 9 January or
 * 1 September: this file says so (kind 'either') and the caller decides with the evidence of the
 * same column or header row, then the locale — never silently.
 */
import { DayNumber, validDay } from '../dates';
import type { DateOrder } from './locale';
import { normalizeKey } from '../text';

export type DateText =
  /** One reading only. `evidence` is the order the text proves ("13/1/2026": day first). */
  | { readonly kind: 'day'; readonly day: DayNumber; readonly evidence: DateOrder | null }
  /** Two readings ("9/1/2026"): the caller chooses. */
  | { readonly kind: 'either'; readonly dayFirst: DayNumber; readonly monthFirst: DayNumber }
  /** Looks like a date but names no day of the calendar ("31/02/2026", "March 2026", "9/1/26"). */
  | { readonly kind: 'unreadable' };

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'i');
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`, 'i');
/** Numeric shapes we do not guess: two-digit years, out-of-range fields. */
const NUMERIC_LOOKALIKE = /^\d{1,4}([-/.])\d{1,2}\1\d{1,4}(?:\s.*)?$/;

const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'january jan janvier janv'],
      [2, 'february feb fevrier fevr fev'],
      [3, 'march mar mars'],
      [4, 'april apr avril avr'],
      [5, 'may mai'],
      [6, 'june jun juin'],
      [7, 'july jul juillet juil'],
      [8, 'august aug aout'],
      [9, 'september sep sept septembre'],
      [10, 'october oct octobre'],
      [11, 'november nov novembre'],
      [12, 'december dec decembre'],
    ] as const
  ).flatMap(([month, words]) => words.split(' ').map((w) => [w, month] as const)),
);

/** Weekdays, 0 = Sunday. "mar" is both mardi and March: a weekday only in first place. */
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      [0, 'sunday sun dimanche dim'],
      [1, 'monday mon lundi lun'],
      [2, 'tuesday tue tues mardi mar'],
      [3, 'wednesday wed mercredi mer'],
      [4, 'thursday thu thur thurs jeudi jeu'],
      [5, 'friday fri vendredi ven'],
      [6, 'saturday sat samedi sam'],
    ] as const
  ).flatMap(([day, words]) => words.split(' ').map((w) => [w, day] as const)),
);

/** Words around a date that carry nothing: "the 1st of March", "le 1er mars". */
const FILLERS = new Set(['of', 'the', 'le']);
const DAY_TOKEN = /^(\d{1,2})(?:er|st|nd|rd|th|e)?$/;
const YEAR_TOKEN = /^\d{4}$/;

/** What a text says as a date; null when it does not look like a date at all. */
export function classifyDateText(text: string): DateText | null {
  const t = text.trim();
  if (t === '') return null;
  const iso = YEAR_FIRST.exec(t);
  if (iso) return single(validDay(Number(iso[1]), Number(iso[3]), Number(iso[4])), null);
  const numeric = YEAR_LAST.exec(t);
  if (numeric)
    return numericDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]), numeric[2]);
  if (NUMERIC_LOOKALIKE.test(t)) return UNREADABLE;
  return namedMonthDate(t);
}

const UNREADABLE: DateText = { kind: 'unreadable' };

function single(day: DayNumber | null, evidence: DateOrder | null): DateText {
  return day === null ? UNREADABLE : { kind: 'day', day, evidence };
}

/**
 * "a/b/yyyy": both fields ≤ 12 leave two readings; a field > 12 settles the order. Dotted dates
 * are day first wherever dots are written (de, fr-CH, ru…): never two readings, and no evidence
 * about how the same sheet writes slashes.
 */
function numericDate(a: number, b: number, year: number, separator: string): DateText {
  const dayFirst = validDay(year, b, a);
  const monthFirst = validDay(year, a, b);
  if (separator === '.') return single(dayFirst ?? monthFirst, null);
  if (dayFirst === null && monthFirst === null) return UNREADABLE;
  if (monthFirst === null) return single(dayFirst, 'day_first');
  if (dayFirst === null) return single(monthFirst, 'month_first');
  if (dayFirst === monthFirst) return single(dayFirst, null);
  return { kind: 'either', dayFirst, monthFirst };
}

function namedMonthDate(text: string): DateText | null {
  const tokens = normalizeKey(text)
    .split(' ')
    .filter((w) => w !== '' && !FILLERS.has(w));
  if (!tokens.some((w) => MONTHS.has(w))) return null;
  if (tokens.length === 4 && WEEKDAYS.has(tokens[0])) {
    const read = dayMonthYear(tokens.slice(1));
    if (read === null) return UNREADABLE;
    return (read + 4) % 7 === WEEKDAYS.get(tokens[0]) ? single(read, null) : UNREADABLE;
  }
  if (tokens.length === 3) {
    const read = dayMonthYear(tokens);
    if (read !== null) return single(read, null);
  }
  // A month name next to a year ("March 2026", "31 février 2026"): meant as a date, unreadable.
  return tokens.some((w) => YEAR_TOKEN.test(w)) ? UNREADABLE : null;
}

/** [day, month, year] or [month, day, year] with a month name; null otherwise. */
function dayMonthYear(tokens: readonly string[]): DayNumber | null {
  const [first, second, year] = tokens;
  if (!YEAR_TOKEN.test(year)) return null;
  const dayFirst = DAY_TOKEN.exec(first);
  if (dayFirst && MONTHS.has(second)) {
    return validDay(Number(year), MONTHS.get(second) as number, Number(dayFirst[1]));
  }
  const daySecond = DAY_TOKEN.exec(second);
  if (daySecond && MONTHS.has(first)) {
    return validDay(Number(year), MONTHS.get(first) as number, Number(daySecond[1]));
  }
  return null;
}

/**
 * The order a line of cells (one column, or the header row) proves: the only order its
 * unambiguous numeric dates show; null when none shows or they disagree.
 */
export function orderEvidence(reads: Iterable<DateText | null>): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const read of reads) {
    if (read?.kind !== 'day' || read.evidence === null) continue;
    if (read.evidence === 'day_first') dayFirst = true;
    else monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day_first' : 'month_first';
}

/** How an 'either' date is read, and whether that reading was a guess the user must be told. */
export function resolveEither(
  read: Extract<DateText, { kind: 'either' }>,
  evidence: DateOrder | null,
  fallback: DateOrder,
): { readonly day: DayNumber; readonly guessed: boolean } {
  const order = evidence ?? fallback;
  return {
    day: order === 'day_first' ? read.dayFirst : read.monthFirst,
    guessed: evidence === null,
  };
}
