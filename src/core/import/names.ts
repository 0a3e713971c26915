/**
 * A program's name as a key for matching: exports rename things in predictable ways — case,
 * accents, punctuation, "(copy)" / "Copy of" / "copie", a send date or a version suffix
 * ("v2", "(3)", "- final") — and none of those changes which program it is.
 */
import { normalizeKey } from '../text';

/**
 * Words that never tell two programs apart: clone and revision markers ("copy", "copie",
 * "final") and the small words of English and French, elided ones too ("Série d'onboarding").
 */
const NOISE_WORDS = new Set([
  'copy',
  'copie',
  'clone',
  'final',
  'draft',
  'brouillon',
  'the',
  'of',
  'and',
  'a',
  'an',
  'for',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'd',
  'l',
  'et',
  'pour',
]);

/** "2026-09-01", "2026/09/01", "01/09/2026", "01.09.2026", "1-9-26": a send date in a name. */
const DATE_IN_NAME = /\b(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\b/g;

/** "v2", "v 2", "ver 3", "version 4": a revision, not a different program. */
const VERSION = /\b(v|ver|version)\s?\d+\b/g;

/**
 * "Copy of Welcome Nurture (2) - v3 2026-09-01" → "welcome nurture". A name made only of noise
 * words is kept as it is.
 */
export function normaliseProgramName(name: string): string {
  // "Copy_of_x_2026-09-01": underscores are spaces, or no date or word would stand alone.
  const dated = name
    .replace(/_/g, ' ')
    .replace(DATE_IN_NAME, ' ')
    .replace(/\(\s*\d{1,2}\s*\)/g, ' ');
  const key = normalizeKey(dated).replace(/%/g, ' ').replace(VERSION, ' ');
  const tokens = key.split(' ').filter((t) => t !== '');
  const kept = tokens.filter((t) => !NOISE_WORDS.has(t));
  const out = (kept.length > 0 ? kept : tokens).join(' ');
  return out === '' ? normalizeKey(name) : out;
}

/** A name ready for matching: its normalised key, its distinct tokens, and its letters alone. */
export interface NameKey {
  readonly key: string;
  readonly tokens: readonly string[];
  /** "e book" and "ebook" are one name. */
  readonly compact: string;
}

export function nameKey(name: string): NameKey {
  const key = normaliseProgramName(name);
  return {
    key,
    tokens: [...new Set(key.split(' ').filter((t) => t !== ''))],
    compact: key.replace(/ /g, ''),
  };
}
