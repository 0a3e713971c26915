/**
 * What the team decides about a change it has explained (the playbook: for every short-term
 * change, find why, then act): keep the program as it is, change it, stop it, or investigate.
 */
import { tj } from '../i18n/journal';
import { aliasTable, normalizeKey } from '../text';
import type { Locale } from '../types';

export const DECISIONS = ['keep', 'change', 'stop', 'investigate'] as const;
export type Decision = (typeof DECISIONS)[number];

const ALIASES = aliasTable<Decision>([
  ['keep', ['keep', 'garder', 'conserver', 'maintenir']],
  ['change', ['change', 'modifier', 'changer', 'ajuster']],
  ['stop', ['stop', 'arreter', 'arrêter', 'stopper']],
  ['investigate', ['investigate', 'enqueter', 'enquêter', 'analyser', 'creuser']],
]);

/** "Garder", "keep", "KEEP" → 'keep'; anything else (a user's own word) → null. */
export function parseDecision(text: string): Decision | null {
  return ALIASES.get(normalizeKey(text)) ?? null;
}

export function decisionLabel(decision: Decision, locale: Locale): string {
  return tj(locale, `decision.${decision}`);
}
