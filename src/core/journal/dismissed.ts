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
/** The ids as one text (the document memory stores it in pieces under Google's 9 KB). */
export function encodeJournaled(ids: readonly string[]): string {
  return ids.join(' ');
}

/** The ids back from the stored text; none when nothing is stored. */
export function decodeJournaled(text: string | null): Set<string> {
  return new Set((text ?? '').split(' ').filter((id) => id !== ''));
}
