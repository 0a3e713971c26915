/**
 * E-mail addresses in an Owner cell ("claire@x.com; Paul <paul@x.com>"). Names without an address
 * are not invitable and are skipped; addresses are lower-cased so "A@x.com" and "a@x.com" are one.
 */
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function emailsIn(text: string | null): string[] {
  if (text === null) return [];
  return [...new Set((text.match(EMAIL) ?? []).map((e) => e.toLowerCase()))].sort();
}
