/**
 * Header and alias matching. Users type headers in English or French, with or without accents,
 * capitals, punctuation or extra spaces; every comparison goes through `normalizeKey`.
 */

/** "Cycle de vente (jours)" → "cycle de vente jours"; "Mis en place le" → "mis en place le". */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Builds a lookup from normalised alias to canonical value; the first alias listed wins. */
export function aliasTable<T>(
  entries: ReadonlyArray<readonly [T, ReadonlyArray<string>]>,
): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, aliases] of entries) {
    for (const alias of aliases) {
      const key = normalizeKey(alias);
      if (!table.has(key)) table.set(key, value);
    }
  }
  return table;
}

/** Column index (0-based) → A1 letters: 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 letters, either case → 1-based column number, as A1 references count: "A" → 1, "ab" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 letters → 0-based column index: "A" → 0, "AB" → 27; null for anything else. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  return columnNumber(letters) - 1;
}

/** 0-based row and column → "B7" (row 0 is sheet row 1). */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** UTF-8 octets of one code point: RFC 5545 folds lines by octets, Google sizes properties so. */
export function utf8CodePointBytes(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** UTF-8 octets of a text, counted here: core also runs in Apps Script, which has no Buffer. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) n += utf8CodePointBytes(ch.codePointAt(0) as number);
  return n;
}
