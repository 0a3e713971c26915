/**
 * The sidebar's view of the journal: every entry, those still waiting for a reason first
 * ("4 changes need a reason"), JSON-safe with dates as YYYY-MM-DD.
 */
import { toIso } from '../../core/dates';
import { readJournal, type JournalEntry } from '../../core/journal/sheet';
import type { Decision } from '../../core/journal/decisions';
import { normalizeKey } from '../../core/text';
import type { CellValue } from '../../core/types';
import type { ActionResult } from '../api';
import type { ReviewSource } from '../review-source';

export interface JournalItem {
  readonly program: string;
  /** The review the change belongs to, YYYY-MM-DD ('' when the Date cell is unreadable). */
  readonly date: string;
  readonly metric: string;
  readonly change: string;
  readonly signal: string;
  readonly why: string;
  readonly decision: Decision | '';
  /** The Decision cell when it holds the user's own word rather than one of the four. */
  readonly decisionText: string;
  readonly owner: string;
  readonly followUp: string;
  /** The program's row in the review sheet, to select it; null when it is gone. */
  readonly reviewRow: number | null;
  readonly needsReason: boolean;
}

export interface JournalView extends ActionResult {
  /** Waiting for a reason first, then the newest. */
  readonly items: readonly JournalItem[];
  readonly needReason: number;
  /** Entries the user deleted from the Journal, which Refresh does not add back (Restore can). */
  readonly dismissed: number;
}

function itemOf(e: JournalEntry, rows: ReadonlyMap<string, number>): JournalItem {
  return {
    program: e.program,
    date: e.day === null ? '' : toIso(e.day),
    metric: e.metric,
    change: e.change,
    signal: e.signal,
    why: e.why,
    decision: e.decision ?? '',
    decisionText: e.decision === null ? e.decisionText : '',
    owner: e.owner,
    followUp: e.followUp === null ? '' : toIso(e.followUp),
    reviewRow: rows.get(normalizeKey(e.program)) ?? null,
    needsReason: e.why === '' && e.decisionText === '',
  };
}

export function journalView(
  source: ReviewSource,
  journal: CellValue[][],
  dismissed: number,
): JournalView {
  const rows = new Map(source.report.rows.map((r) => [normalizeKey(r.schedule.row.name), r.schedule.row.row]));
  const items = readJournal(journal, source.timeZone).entries.map((e) => itemOf(e, rows));
  items.sort(
    (a, b) =>
      Number(b.needsReason) - Number(a.needsReason) || b.date.localeCompare(a.date),
  );
  return {
    ok: true,
    message: '',
    items,
    needReason: items.filter((i) => i.needsReason).length,
    dismissed,
  };
}
