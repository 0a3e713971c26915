import { localeFrom } from '../core/i18n/messages';
import type { Locale } from '../core/types';

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
