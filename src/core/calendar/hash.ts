/**
 * A short, stable digest of a string: two 32-bit FNV-1a passes (different offsets) in base 36.
 * Used to keep the event mapping small enough for document properties (9 KB per value), not for
 * security. 64 bits make a collision among a sheet's few thousand keys vanishingly unlikely.
 */
function fnv1a(text: string, offset: number): number {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function digest(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0');
  const b = fnv1a(text, 0x5bd1e995).toString(36).padStart(7, '0');
  return a + b;
}
