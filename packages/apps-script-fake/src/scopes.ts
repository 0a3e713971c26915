import { existsSync, readFileSync } from 'fs';
import type { ServiceName } from './calls';
import { APPS_SCRIPT_ERRORS } from './errors';

/**
 * OAuth scopes as Apps Script enforces them. A manifest with explicit `oauthScopes` is all the
 * script may use: a call whose scope is missing throws "Specified permissions are not sufficient
 * to call …"; a scope the user declined on Google's granular consent screen
 * (https://developers.google.com/apps-script/concepts/scopes) throws "You do not have permission
 * to call …". Each method's alternatives come from the "Authorization" section of its reference
 * page (https://developers.google.com/apps-script/reference/…).
 */
const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  calendar: `${AUTH}calendar`,
  calendarReadonly: `${AUTH}calendar.readonly`,
  calendarFeeds: 'https://www.google.com/calendar/feeds',
  scriptApp: `${AUTH}script.scriptapp`,
  sendMail: `${AUTH}script.send_mail`,
  userInfoEmail: `${AUTH}userinfo.email`,
} as const;

const SHEETS = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
const CALENDAR_WRITE = [SCOPES.calendar, SCOPES.calendarFeeds];
const CALENDAR_READ = [SCOPES.calendarReadonly, SCOPES.calendar, SCOPES.calendarFeeds];

/**
 * The scopes one of which a call needs ([] = none). Builders, menus, enums, properties, cache,
 * locks, Utilities, Logger and HtmlService need none (their reference pages list no scope).
 */
export function requiredScopes(
  service: ServiceName,
  type: string,
  method: string,
  write: boolean,
): readonly string[] {
  switch (service) {
    case 'SpreadsheetApp':
      if (type === 'Ui') {
        return method === 'showSidebar' ? [SCOPES.containerUi] : [];
      }
      if (type === 'Menu' || type.endsWith('Builder')) return [];
      if (type === 'SpreadsheetApp' && (method === 'getUi' || method.startsWith('new'))) return [];
      return SHEETS;
    case 'CalendarApp':
      return write ? CALENDAR_WRITE : CALENDAR_READ;
    case 'ScriptApp':
      if (['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'].includes(method))
        return [SCOPES.scriptApp];
      return type.endsWith('TriggerBuilder') && method === 'create' ? [SCOPES.scriptApp] : [];
    case 'MailApp':
      return [SCOPES.sendMail];
    case 'Session':
      return method === 'getActiveUser' || method === 'getEffectiveUser'
        ? [SCOPES.userInfoEmail]
        : [];
    default:
      return [];
  }
}

/** Google's "Required permissions" list: one scope bare, several as (a || b). */
export function permissionList(scopes: readonly string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

/** The manifest's `oauthScopes`, or null when it has none (Apps Script then detects them). */
export function manifestScopes(file: string): string[] | null {
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes?: unknown };
  return Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String) : null;
}

export class ScopeGate {
  /** The manifest's explicit scopes; null grants every scope (no explicit list). */
  manifest: readonly string[] | null = null;
  private readonly declinedScopes = new Set<string>();
  /** Scopes each ScriptApp.requireScopes consent prompt asked for, in order. */
  readonly consentPrompts: string[][] = [];

  /** The user unticks `scope` on the granular consent screen. */
  decline(scope: string): void {
    this.declinedScopes.add(scope);
  }
  /** The user grants it after all (e.g. from the authorization URL). */
  grant(scope: string): void {
    this.declinedScopes.delete(scope);
  }
  declined(): string[] {
    return [...this.declinedScopes];
  }

  isGranted(scope: string): boolean {
    if (this.declinedScopes.has(scope)) return false;
    return this.manifest === null || this.manifest.includes(scope);
  }

  /** The scopes the user has granted among `scopes` (all the manifest's by default). */
  granted(scopes?: readonly string[]): string[] {
    return (scopes ?? this.manifest ?? []).filter((s) => this.isGranted(s));
  }

  /** Throws Google's authorization error when no alternative scope is granted. */
  check(service: ServiceName, type: string, method: string, write: boolean): void {
    const needed = requiredScopes(service, type, method, write);
    if (needed.length === 0 || needed.some((s) => this.isGranted(s))) return;
    const name = `${type}.${method}`;
    const inManifest = this.manifest === null || needed.some((s) => this.manifest?.includes(s));
    throw new Error(
      inManifest
        ? APPS_SCRIPT_ERRORS.permissionDenied(name, permissionList(needed))
        : APPS_SCRIPT_ERRORS.permissionsInsufficient(name, permissionList(needed)),
    );
  }
}
