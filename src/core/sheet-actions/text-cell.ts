/**
 * Sheets turns a written string that starts with =, +, - or @ into a formula (or an error). Text
 * that comes from the user's data must stay text, so it gets Sheets' own text marker, a leading
 * apostrophe, which Sheets strips from the stored value.
 */
export function asText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}
