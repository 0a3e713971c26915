/**
 * How a locale writes what the sheet may hold as text: the order of day and month in "10/1/2026"
 * and the decimal separator in "1,500". Text dates and numbers whose reading stays ambiguous
 * after the sheet's own evidence are read this way — and listed in a diagnostic.
 *
 * Hand-written tables rather than Intl: Apps Script, Node and the browser ship different ICU
 * data, and the reading of a user's cell must be the same on every runtime. The decimal table is
 * checked against Node's full ICU in tests/unit/reading-locale.test.ts.
 */
import type { Locale } from '../types';

export type DateOrder = 'day_first' | 'month_first';

/** How a comma or a dot between digits is read when nothing else decides. */
export type NumberStyle = 'decimal_comma' | 'decimal_point';

/** Where the conventions came from: the sheet's locale, its header language, or neither. */
export type ConventionBasis = 'locale' | 'headers' | 'default';

/** Where the conventions came from: what a diagnostic says of a guess made with them. */
export interface GuessBasis {
  readonly basis: ConventionBasis;
  /** The locale as given (normalised to BCP 47, e.g. "en-GB"), when basis is 'locale'. */
  readonly locale: string | null;
}

export interface ReadingConventions extends GuessBasis {
  readonly dateOrder: DateOrder;
  readonly decimal: NumberStyle;
}

/** Languages that write 1,5 (CLDR's decimal symbol is a comma in their main region). */
const DECIMAL_COMMA_LANGUAGES = new Set([
  'af',
  'az',
  'be',
  'bg',
  'bs',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fi',
  'fo',
  'fr',
  'gl',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ka',
  'kk',
  'ky',
  'lt',
  'lv',
  'mk',
  'mn',
  'nb',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
  'uz',
  'vi',
]);

/** Languages that write 1.5. */
const DECIMAL_POINT_LANGUAGES = new Set([
  'am',
  'ar',
  'bn',
  'cy',
  'en',
  'fa',
  'fil',
  'ga',
  'gu',
  'he',
  'hi',
  'ja',
  'km',
  'kn',
  'ko',
  'lo',
  'ml',
  'mr',
  'ms',
  'mt',
  'my',
  'ne',
  'pa',
  'si',
  'sw',
  'ta',
  'te',
  'th',
  'tl',
  'ur',
  'zh',
  'zu',
]);

/** Regions of a decimal-comma language that write 1.5 (CLDR): Mexico, Switzerland, ... */
const POINT_REGIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['MX', 'US', 'PR', 'DO', 'GT', 'HN', 'NI', 'PA', 'SV', '419', 'PE', 'CU']),
  de: new Set(['CH', 'LI']),
  it: new Set(['CH']),
};

/**
 * English regions that write the month first (10/1/2026 is 1 October): the United States and
 * its territories, the Philippines, Canada; "en" alone follows Sheets' default English (en_US).
 * Every other English region (en-GB, en-AU, en-IN, ...) writes the day first.
 */
const MONTH_FIRST_ENGLISH = new Set([
  '',
  'US',
  'PH',
  'CA',
  'AS',
  'GU',
  'MP',
  'PR',
  'UM',
  'VI',
  'MH',
  'FM',
  'PW',
]);

/** Languages whose own order is year-month-day, so a month comes before the day. */
const MONTH_FIRST_LANGUAGES = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn', 'fa', 'km', 'lo', 'my']);

export interface LocaleTag {
  readonly language: string;
  readonly region: string;
  /** BCP 47: "en-GB", "fr", "es-419". */
  readonly tag: string;
}

/**
 * Reads a locale as Sheets (getSpreadsheetLocale: "en_US", "fr_FR", "fr") or a user ("en-GB",
 * "fr-fr") writes it; null when it is not one, or its language is not one Cadence knows.
 */
export function parseLocaleTag(text: string): LocaleTag | null {
  const parts = text.trim().replace(/_/g, '-').split('-');
  const language = parts[0].toLowerCase();
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  if (!DECIMAL_COMMA_LANGUAGES.has(language) && !DECIMAL_POINT_LANGUAGES.has(language)) return null;
  let region = '';
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{4}$/.test(part) && region === '') continue; // a script: zh-Hans-CN
    if (/^([A-Za-z]{2}|\d{3})$/.test(part) && region === '') {
      region = part.toUpperCase();
      continue;
    }
    return null;
  }
  return { language, region, tag: region === '' ? language : `${language}-${region}` };
}

function dateOrderOf(tag: LocaleTag): DateOrder {
  if (tag.language === 'en')
    return MONTH_FIRST_ENGLISH.has(tag.region) ? 'month_first' : 'day_first';
  if (tag.language === 'es' && tag.region === 'US') return 'month_first';
  return MONTH_FIRST_LANGUAGES.has(tag.language) ? 'month_first' : 'day_first';
}

function decimalOf(tag: LocaleTag): NumberStyle {
  if (DECIMAL_POINT_LANGUAGES.has(tag.language)) return 'decimal_point';
  return POINT_REGIONS[tag.language]?.has(tag.region) ? 'decimal_point' : 'decimal_comma';
}

/**
 * The conventions of a sheet: its locale when known (the spreadsheet locale in Sheets, `--locale`
 * on the CLI); else its header language (French headers: day first and decimal comma; English:
 * month first and decimal point); else day first and decimal comma, as most Cadence users write.
 */
export function readingConventions(
  locale: string | null | undefined,
  headerLanguage: Locale | null,
): ReadingConventions {
  const tag = typeof locale === 'string' ? parseLocaleTag(locale) : null;
  if (tag !== null) {
    return {
      dateOrder: dateOrderOf(tag),
      decimal: decimalOf(tag),
      basis: 'locale',
      locale: tag.tag,
    };
  }
  if (headerLanguage === 'en') {
    return { dateOrder: 'month_first', decimal: 'decimal_point', basis: 'headers', locale: null };
  }
  if (headerLanguage === 'fr') {
    return { dateOrder: 'day_first', decimal: 'decimal_comma', basis: 'headers', locale: null };
  }
  return { dateOrder: 'day_first', decimal: 'decimal_comma', basis: 'default', locale: null };
}
