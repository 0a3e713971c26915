/**
 * Sheets allows sheet names Excel refuses: over 31 characters, any of * ? : \ / [ ], a leading or
 * trailing apostrophe, or 'History'. The exporter renames those (and only those) so the file
 * still opens; formulas that refer to a renamed sheet by name then need fixing by hand.
 */
const MAX_LENGTH = 31;

export function excelSheetName(name: string, taken: ReadonlySet<string>): string {
  let base = name
    .replace(/[*?:\\/[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_LENGTH);
  if (base === '' || base.toLowerCase() === 'history') base = `${base}Sheet`.slice(0, MAX_LENGTH);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
  }
  return candidate;
}
