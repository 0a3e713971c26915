/**
 * User-facing strings. Each feature defines one catalogue with an English and a French table;
 * the French table must have exactly the English keys (a type error otherwise), so a missing
 * translation can never leak English to a French user.
 */
import type { Locale } from '../types';

export type Params = Readonly<Record<string, string | number>>;
export type Translate<K extends string> = (locale: Locale, key: K, params?: Params) => string;

export function defineCatalogue<K extends string>(
  en: Readonly<Record<K, string>>,
  fr: Readonly<Record<K, string>>,
): Translate<K> {
  const tables: Record<Locale, Readonly<Record<K, string>>> = { en, fr };
  return (locale, key, params = {}) =>
    tables[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
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
