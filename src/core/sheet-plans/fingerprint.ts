/**
 * A short digest of a write plan, remembered after the write, so the next action can tell that
 * the plan has not changed and skip the Sheets calls that would rewrite the same thing (the flag
 * rules cost about forty builder and rule calls to identify and rebuild).
 */
import { digest } from '../calendar/hash';
import type { FlagRule } from './flags';

/** Digest of the flag rules plus how many rules the sheet held once they were written. */
export function flagsFingerprint(rules: readonly FlagRule[], totalRules: number): string {
  return `${digest(JSON.stringify(rules))}:${totalRules}`;
}
