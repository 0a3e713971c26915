/** Dates and numbers for the user's language, through Intl (never hand-built strings). */
import { parseIso } from '../src/core/dates';
import type { Locale } from '../src/core/types';

const MS_PER_DAY = 86_400_000;

const tags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** '2026-11-29' → '29 Nov 2026' / '29 nov. 2026'; dates are calendar days, so format in UTC. */
export function formatDate(locale: Locale, iso: string, withYear = true): string {
  const day = parseIso(iso);
  if (day === null) return iso;
  return new Intl.DateTimeFormat(tags[locale], {
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(new Date(day * MS_PER_DAY));
}

export function formatNumber(locale: Locale, value: number, maxFraction = 2): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: maxFraction }).format(value);
}

/** A list of row numbers, '3, 9 and 19' / '3, 9 et 19'. */
export function formatList(locale: Locale, items: readonly (string | number)[]): string {
  const strings = items.map(String);
  return new Intl.ListFormat(tags[locale], { type: 'conjunction' }).format(strings);
}
