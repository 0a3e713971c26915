/**
 * User-facing strings. Each feature defines one catalogue with an English and a French table;
 * the French table must have exactly the English keys (a type error otherwise), so a missing
 * translation can never leak English to a French user.
 */
import type { Locale } from '../types';
import { formatCount, roundCount } from './numbers';

export type Params = Readonly<Record<string, string | number>>;
/** A catalogue: the text of a key in a locale, and its keys (so a test can read every string). */
export type Translate<K extends string> = ((locale: Locale, key: K, params?: Params) => string) & {
  readonly keys: readonly K[];
};

/** The two CLDR plural categories our strings use. */
export type PluralCategory = 'one' | 'other';

/**
 * CLDR plural rules, https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 * English: one is "i = 1 and v = 0" (exactly 1; 1.5 and 0 are other). French: one is "i = 0,1"
 * (the integer part is 0 or 1: 0 entrée, 1,5 jour); French "many" (1 000 000 → "1 million de")
 * only differs in compact notation, and we always print the digits, so it reads as other.
 * Hand-written because it is two rules and Apps Script must not depend on Intl.PluralRules.
 */
export function pluralCategory(locale: Locale, count: number): PluralCategory {
  if (!Number.isFinite(count)) return 'other';
  const n = Math.abs(count);
  if (locale === 'fr') return Math.trunc(n) <= 1 ? 'one' : 'other';
  return n === 1 ? 'one' : 'other';
}

/** The word that agrees with `count`: "1 jour", "2 jours"; for text composed outside a catalogue. */
export function pluralWord(locale: Locale, count: number, one: string, other: string): string {
  return pluralCategory(locale, count) === 'one' ? one : other;
}

/** `{name|one|other}`: a plural form, agreeing with the param `name`. */
const PLURAL = /\{(\w+)\|[^|{}]*\|[^|{}]*\}/g;

/** The params some plural form of a template agrees with: its counts. */
function countsIn(template: string): string[] {
  return [...template.matchAll(PLURAL)].map((m) => m[1]);
}

/**
 * `{name}` is the param; `{count|entry|entries}` is the form that agrees with the number param
 * `count` (one, then other). A count is given as a number and written here in the locale's
 * digits ("1,000" / "1 000"), so its form agrees with the figure the user reads; other params
 * are written as given (a row number or a year is not grouped). A count given as text is a
 * mistake of the caller: it is written as given and takes the other form. A param that is not
 * given leaves its placeholder as it is.
 */
function fill(
  locale: Locale,
  template: string,
  params: Params,
  counts: ReadonlySet<string>,
  grouped: boolean,
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      if (!(name in params)) return whole;
      const value = params[name];
      if (one === undefined || other === undefined) {
        return typeof value === 'number' && counts.has(name) && grouped
          ? formatCount(value, locale)
          : String(value);
      }
      const count = typeof value === 'number' ? roundCount(value) : Number.NaN;
      return pluralWord(locale, count, one, other);
    },
  );
}

/**
 * `counts` names the catalogue's counts no word agrees with ("urgent : {urgent}"), so that they
 * read in the same digits as the counts beside them ("1,200 programs: 1,050 urgent").
 */
export function defineCatalogue<K extends string>(
  en: Readonly<Record<K, string>>,
  fr: Readonly<Record<K, string>>,
  counts: readonly string[] = [],
  /** Languages whose table is a contract other tools read: its counts are written as given. */
  asGiven: readonly Locale[] = [],
): Translate<K> {
  const tables: Record<Locale, Readonly<Record<K, string>>> = { en, fr };
  // A catalogue's counts are the params its plural forms agree with, in either language ("{window}
  // days" in English is "{window} {window|jour|jours}" in French), and those it names: they are
  // written as counts in every string of the catalogue, so one param name means one thing and
  // reads alike everywhere.
  let all: ReadonlySet<string> | null = null;
  const countsOf = (): ReadonlySet<string> =>
    (all ??= new Set([
      ...counts,
      ...[...Object.values<string>(en), ...Object.values<string>(fr)].flatMap(countsIn),
    ]));
  const translate = (locale: Locale, key: K, params: Params = {}): string =>
    fill(locale, tables[locale][key], params, countsOf(), !asGiven.includes(locale));
  return Object.assign(translate, { keys: Object.keys(en) as K[] });
}

/** 'fr', 'fr_FR', 'fr-CA' → 'fr'; anything else → 'en'. */
export function localeFrom(tag: string | null | undefined): Locale {
  return typeof tag === 'string' && /^fr($|[_-])/i.test(tag) ? 'fr' : 'en';
}

/** Strings shared by every part of the add-on. */
export const t = defineCatalogue(
  {
    'menu.open': 'Open Cadence',
    'sidebar.title': 'Cadence',
    'error.generic': 'Something went wrong: {message}',
    'error.busy': 'Another Cadence action is running on this spreadsheet. Try again in a moment.',
  },
  {
    'menu.open': 'Ouvrir Cadence',
    'sidebar.title': 'Cadence',
    'error.generic': 'Une erreur est survenue : {message}',
    'error.busy':
      'Une autre action Cadence est en cours sur ce classeur. Réessayez dans un instant.',
  },
);
