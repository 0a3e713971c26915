/**
 * The user-facing string catalogue, one table per language. Every string the add-on shows goes
 * through here, so a missing French translation is a type error rather than an English leak.
 */
import type { Locale } from '../types';

const en = {
  'menu.open': 'Open Cadence',
  'sidebar.title': 'Cadence',
  'sidebar.welcome': 'Your review sheet, on schedule.',
  'error.generic': 'Something went wrong: {message}',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  'menu.open': 'Ouvrir Cadence',
  'sidebar.title': 'Cadence',
  'sidebar.welcome': 'Votre tableau de revue, à l’heure.',
  'error.generic': 'Une erreur est survenue : {message}',
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };

/** `t('fr', 'error.generic', { message: 'x' })` → "Une erreur est survenue : x". */
export function t(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** 'fr', 'fr_FR', 'fr-CA' → 'fr'; anything else → 'en'. */
export function localeFrom(tag: string | null | undefined): Locale {
  return typeof tag === 'string' && /^fr\b|^fr[_-]/i.test(tag) ? 'fr' : 'en';
}
