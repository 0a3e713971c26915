/**
 * Sheets parses a written string as if the user typed it: "=HYPERLINK(…)" becomes a formula,
 * "+33 1 23" or "-5" a number, "2026-05-01" a date. A leading apostrophe makes Sheets keep the
 * text as is (and getValues returns it without the apostrophe), so every string we write —
 * campaign names are user data — goes through here.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
