/**
 * How alike two program names are, from 0 to 1: a token-set similarity where each word may carry
 * a typo but codes may not. The edit distance comes from fastest-levenshtein; the way tokens are
 * paired is our own matching policy, written here because no kept library has it: "Q3" against
 * "Q4", "EMEA" against "APAC" or "2025" against "2026" name *different* programs, so a token with
 * a digit, or of three letters or fewer, must be equal; a longer word may differ by a typo.
 */
import { distance } from 'fastest-levenshtein';
import type { NameKey } from './names';

/**
 * A typo is at most one edit in a word of four letters, two (a swapped pair) from five letters
 * on; a typo costs half its share of the word, so one typo in a four-word name keeps it above
 * the threshold.
 */
function typoEdits(longest: number): number {
  return longest >= 5 ? 2 : longest === 4 ? 1 : 0;
}

/** Each code present in one name and not the other divides the score by this much. */
const CODE_MISMATCH = 0.8;

/** True for tokens that must match exactly: numbers, codes, short words. */
export function isHardToken(token: string): boolean {
  return token.length <= 3 || /\d/.test(token);
}

/** 1 for equal tokens, a typo's closeness for two words, else 0. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (isHardToken(a) || isHardToken(b)) return 0;
  const longest = Math.max(a.length, b.length);
  const edits = distance(a, b);
  return edits <= typoEdits(longest) ? 1 - edits / (2 * longest) : 0;
}

/** Each token of `from`, weighted by its length, paired with its closest token in `to`. */
function covered(from: readonly string[], to: readonly string[]): number {
  let weight = 0;
  let sum = 0;
  for (const a of from) {
    let best = 0;
    for (const b of to) {
      const s = tokenSimilarity(a, b);
      if (s > best) best = s;
      if (best === 1) break;
    }
    weight += a.length;
    sum += a.length * best;
  }
  return weight === 0 ? 0 : sum / weight;
}

/** Codes (digits, short words) of `from` that `to` lacks. */
function missingCodes(from: readonly string[], to: readonly string[]): number {
  let n = 0;
  for (const a of from) if (isHardToken(a) && !to.includes(a)) n++;
  return n;
}

/**
 * Symmetric: a name with an extra word ("Welcome nurture EMEA") is not the same program as
 * "Welcome nurture", so both directions count, and a code on one side only ("Q3" against "Q4",
 * or against nothing) costs a fifth of the score. Names written as one word or two ("e-book",
 * "ebook") are equal.
 */
export function nameSimilarity(a: NameKey, b: NameKey): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  if (a.compact === b.compact) return 1;
  const words = (covered(a.tokens, b.tokens) + covered(b.tokens, a.tokens)) / 2;
  const codes = Math.max(missingCodes(a.tokens, b.tokens), missingCodes(b.tokens, a.tokens));
  return words * CODE_MISMATCH ** codes;
}
