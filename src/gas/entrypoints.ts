/**
 * Every function Apps Script may call by name: simple triggers, menu items, the sidebar API.
 * This module is the single source of truth: the build makes each export a top-level function
 * declaration in dist/Code.js, and tests/build checks that every export is callable there.
 * Features add theirs with one `export * from './feature/entrypoints'` line at the end.
 */
import { preferredLocale, userLocale } from './locale';
import { buildMenu } from './menu';
import { openSidebar } from './sidebar';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // Under AuthMode.NONE Google forbids PropertiesService: only the account's locale is known.
  // Once the add-on is enabled in the file, the user's own language choice wins.
  const limited = !e || e.authMode === ScriptApp.AuthMode.NONE;
  buildMenu(SpreadsheetApp.getUi(), limited ? userLocale() : preferredLocale());
}

/** Google calls onInstall, not onOpen, right after a user installs the add-on from the menu. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  openSidebar(preferredLocale());
}

export * from './actions/entrypoints';
export * from './influence/entrypoints';
export * from './calendar/entrypoints';
export * from './import/entrypoints';
export * from './journal/entrypoints';
