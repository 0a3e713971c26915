/**
 * Journal rows the user deleted. A user who deletes a row Cadence appended means "not worth
 * journaling": Refresh must not add it back, while a later review of the same program (another
 * program and review date) is still a new entry. Cadence remembers which changes it journaled —
 * in its own document properties, never in a user's cell — so that a change it journaled and the
 * sheet no longer holds reads as dismissed rather than as new.
 *
 * Only the changes that still need a reason are remembered (a change is proposed again only while
 * it is one), each as a 14-character digest of its entry key (`journaledId`, sheet.ts), so a sheet of thousands of programs stays within a
 * few properties of Google's 9 KB.
 */
import { chunkText } from '../import/stores';

/** The ids as property values, each under Google's 9 KB with room for its key. */
export function encodeJournaled(ids: readonly string[]): string[] {
  return chunkText(ids.join(' '));
}

/** The ids back from the stored pieces, in order (a missing piece ends the list). */
export function decodeJournaled(pieces: readonly (string | null)[]): Set<string> {
  const end = pieces.indexOf(null);
  const text = (end < 0 ? pieces : pieces.slice(0, end)).join('');
  return new Set(text.split(' ').filter((id) => id !== ''));
}
