/**
 * The one seeded generator of the project (core, tests, bench): the same seed gives the same
 * numbers in Apps Script, Node and the browser, so a bootstrap interval never changes between
 * runs and a failing test or a bench figure can be reproduced. Hand-written because it is six
 * lines and must run inside Apps Script, where a package's Node shims cannot.
 */

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
