import { localeFrom } from '../core/i18n/messages';
import type { Locale } from '../core/types';
import { loadSettings } from './settings-store';

/**
 * The user's language. Session.getActiveUserLocale needs no authorization, so it is safe even in
 * onOpen under AuthMode.NONE; still, a failure must never cost the user their menu.
 */
export function userLocale(): Locale {
  try {
    return localeFrom(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/**
 * The language the add-on speaks to this user: their explicit choice in the settings, else their
 * Google account's. Not for onOpen under AuthMode.NONE, where settings cannot be read.
 */
export function preferredLocale(): Locale {
  try {
    return loadSettings().language ?? userLocale();
  } catch {
    return userLocale();
  }
}
