/**
 * The journal in `cadence review --json`: each row that has journal entries gains
 * `"journal": [...]`, oldest first, dates YYYY-MM-DD; rows without one are unchanged.
 */
import { toIso } from '../dates';
import { normalizeKey } from '../text';
import type { Decision } from './decisions';
import type { JournalEntry } from './sheet';

export interface JournalJsonEntry {
  readonly date: string | null;
  readonly metric: string;
  readonly change: string;
  readonly signal: string;
  readonly why: string;
  /** One of the four decisions; the cell as typed when it is the user's own word; null if blank. */
  readonly decision: Decision | string | null;
  readonly owner: string;
  readonly followUp: string | null;
}

export function journalJsonByProgram(
  entries: readonly JournalEntry[],
): Map<string, JournalJsonEntry[]> {
  const out = new Map<string, JournalJsonEntry[]>();
  const sorted = [...entries].sort(
    (a, b) => (a.day ?? -Infinity) - (b.day ?? -Infinity) || a.sheetRow - b.sheetRow,
  );
  for (const e of sorted) {
    const key = normalizeKey(e.program);
    const list = out.get(key) ?? [];
    list.push({
      date: e.day === null ? null : toIso(e.day),
      metric: e.metric,
      change: e.change,
      signal: e.signal,
      why: e.why,
      decision: e.decision ?? (e.decisionText === '' ? null : e.decisionText),
      owner: e.owner,
      followUp: e.followUp === null ? null : toIso(e.followUp),
    });
    out.set(key, list);
  }
  return out;
}

/** Adds `journal` to the rows that have entries. */
export function withJournal<R extends { readonly name: string }>(
  rows: readonly R[],
  byProgram: ReadonlyMap<string, JournalJsonEntry[]>,
): Array<R | (R & { journal: JournalJsonEntry[] })> {
  return rows.map((row) => {
    const journal = byProgram.get(normalizeKey(row.name));
    return journal ? { ...row, journal } : row;
  });
}
