/**
 * With granular consent a user may decline some of the add-on's scopes (Apps Script "Authorization
 * scopes" guide: "design your script to handle granular OAuth permissions using requireScopes or
 * getAuthorizationInfo", https://developers.google.com/apps-script/concepts/scopes). Before a
 * calendar or mail path, Cadence asks which of the scopes that path needs are granted, and answers
 * a missing one with a sentence and Google's authorization link, never a raw authorization error.
 */
import { tl } from '../../core/i18n/limits';
import type { Locale } from '../../core/types';

export const SCOPES = {
  calendar: 'https://www.googleapis.com/auth/calendar',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
} as const;

export type ScopeNeed = keyof typeof SCOPES;

/** getAuthorizationInfo(authMode, oAuthScopes): the overload @types does not declare yet. */
interface ScopedAuthorization {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo;
}

export interface MissingAuthorization {
  readonly need: ScopeNeed;
  readonly message: string;
  /** Google's page that grants the missing scopes; null when Google gives none. */
  readonly url: string | null;
}

/** The first of `needs` the user has not granted, in words; null when all are granted. */
export function missingAuthorization(
  locale: Locale,
  needs: readonly ScopeNeed[],
): MissingAuthorization | null {
  const app = ScriptApp as unknown as ScopedAuthorization;
  for (const need of needs) {
    const info = app.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPES[need]]);
    if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) continue;
    const url = info.getAuthorizationUrl();
    return { need, message: tl(locale, `auth.${need}`), url: url || null };
  }
  return null;
}
