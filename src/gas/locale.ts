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

/**
 * How the sheet's text dates ("10/1/2026") and numbers ("1,500") are read when the sheet itself
 * does not settle them: its locale (File > Settings), e.g. "en_US" or "fr_FR" — see
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()
 * Reading it must never cost the user their review: without it, core falls back on the header
 * language and says so in the diagnostic.
 */
export function spreadsheetLocale(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): string | null {
  try {
    return spreadsheet.getSpreadsheetLocale() || null;
  } catch {
    return null;
  }
}
