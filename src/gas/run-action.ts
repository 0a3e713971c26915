/**
 * Every action reaches the user as one plain sentence in their language: success, "another action
 * is running", or what went wrong — never a stack trace.
 */
import { t } from '../core/i18n/messages';
import type { Locale } from '../core/types';
import type { ActionResult } from './api';
import { BusyError, withDocumentLock } from './lock';

/** A failure whose message is already a sentence for the user. */
export class UserError extends Error {}

export function runAction(locale: Locale, action: () => string): ActionResult {
  try {
    return { ok: true, message: withDocumentLock(action) };
  } catch (error) {
    if (error instanceof BusyError) return { ok: false, message: t(locale, 'error.busy') };
    if (error instanceof UserError) return { ok: false, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(locale, 'error.generic', { message }) };
  }
}

/** Menu items have no sidebar to answer to: a toast says how it went. */
export function toastResult(result: ActionResult): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(result.message, 'Cadence', result.ok ? 5 : 10);
}
