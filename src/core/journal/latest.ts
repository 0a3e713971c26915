/**
 * A program's latest reason: the newest journal entry for it that says why or what was decided.
 * It shows in the program's Status note and on its sidebar card, so the "why" is seen where the
 * numbers are, not only in the Journal sheet.
 */
import { toIso, type DayNumber } from '../dates';
import { normalizeKey } from '../text';
import type { Decision } from './decisions';
import type { JournalEntry } from './sheet';

export interface LatestReason {
  readonly day: string | null;
  readonly why: string;
  readonly decision: Decision | null;
  /** The Decision cell as typed, when it is not one of the four decisions. */
  readonly decisionText: string;
  readonly owner: string;
  readonly followUp: string | null;
}

const iso = (day: DayNumber | null): string | null => (day === null ? null : toIso(day));

/** Keyed by the program's normalised name; later dates win, then lower rows of the sheet. */
export function latestReasons(entries: readonly JournalEntry[]): Map<string, LatestReason> {
  const best = new Map<string, JournalEntry>();
  for (const e of entries) {
    if (e.why === '' && e.decisionText === '') continue;
    const key = normalizeKey(e.program);
    const held = best.get(key);
    if (!held || (e.day ?? -Infinity) >= (held.day ?? -Infinity)) best.set(key, e);
  }
  const out = new Map<string, LatestReason>();
  for (const [key, e] of best)
    out.set(key, {
      day: iso(e.day),
      why: e.why,
      decision: e.decision,
      decisionText: e.decision === null ? e.decisionText : '',
      owner: e.owner,
      followUp: iso(e.followUp),
    });
  return out;
}

export function reasonFor(
  reasons: ReadonlyMap<string, LatestReason>,
  program: string,
): LatestReason | null {
  return reasons.get(normalizeKey(program)) ?? null;
}
