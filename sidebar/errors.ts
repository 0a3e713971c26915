/**
 * Turns whatever google.script.run's failure handler received into a plain sentence. Server
 * messages are already written for users (in their language); transport failures are not.
 */
import type { Locale } from '../src/core/types';
import { sidebarText } from '../src/core/i18n/sidebar';

export function plainError(locale: Locale, error: unknown): string {
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : error && typeof error === 'object' && 'message' in error
          ? String((error as { message: unknown }).message)
          : '';
  const missing = /Script function not found: ?(\S*)/.exec(message);
  if (missing) return sidebarText(locale, 'error.missing', { name: missing[1] });
  if (/NetworkError|Failed to fetch|network/i.test(message))
    return sidebarText(locale, 'error.network');
  const clean = message.replace(/^(Exception|Error|TypeError):\s*/, '').trim();
  return clean === '' ? sidebarText(locale, 'error.unknown') : clean;
}
