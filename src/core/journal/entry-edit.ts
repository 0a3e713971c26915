/**
 * The sidebar's edit of one journal entry (why, decision, owner, follow-up), checked before
 * anything is written. The entry is found again by program and review date, not trusted by row
 * number: the user may have sorted or edited the Journal sheet since the sidebar loaded it.
 */
import { midnightInZone, parseIso, type DayNumber } from '../dates';
import { asText } from '../text-cell';
import type { CellValue, Grid, Locale } from '../types';
import { DECISIONS, decisionLabel, type Decision } from './decisions';
import { entryKey, readJournal, type JournalField } from './sheet';

/** As google.script.run carries it (JSON: dates as YYYY-MM-DD). */
export interface EntryEdit {
  readonly program: string;
  /** The entry's review date, YYYY-MM-DD. */
  readonly date: string;
  readonly why: string;
  readonly decision: Decision | '';
  readonly owner: string;
  /** YYYY-MM-DD or ''. */
  readonly followUp: string;
}

export type EditProblem = 'no_entry' | 'bad_follow_up' | 'bad_decision';

export type EditPlan =
  | { readonly ok: false; readonly problem: EditProblem }
  | {
      readonly ok: true;
      /** 1-based row of the Journal sheet. */
      readonly sheetRow: number;
      /** Each free-text field's 0-based column and the value to write. */
      readonly cells: ReadonlyArray<{ readonly column: number; readonly value: CellValue }>;
    };

const MAX_TEXT = 2000;

function clean(text: unknown): string {
  return typeof text === 'string' ? text.trim().slice(0, MAX_TEXT) : '';
}

/** Reads an untrusted edit from the sidebar. */
export function entryEditOf(raw: unknown): EntryEdit {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const decision = clean(o.decision);
  return {
    program: clean(o.program),
    date: clean(o.date),
    why: clean(o.why),
    decision: (DECISIONS as readonly string[]).includes(decision) ? (decision as Decision) : '',
    owner: clean(o.owner),
    followUp: clean(o.followUp),
  };
}

export function planEntryEdit(
  grid: Grid,
  raw: unknown,
  timeZone: string,
  locale: Locale,
): EditPlan {
  const edit = entryEditOf(raw);
  const rawDecision = clean((raw as { decision?: unknown } | null)?.decision);
  if (rawDecision !== '' && edit.decision === '') return { ok: false, problem: 'bad_decision' };
  let followUp: DayNumber | null = null;
  if (edit.followUp !== '') {
    followUp = parseIso(edit.followUp);
    if (followUp === null) return { ok: false, problem: 'bad_follow_up' };
  }
  const journal = readJournal(grid, timeZone);
  const day = parseIso(edit.date);
  const key = entryKey(day, edit.program);
  const entry = journal.entries.find((e) => entryKey(e.day, e.program) === key);
  if (!entry) return { ok: false, problem: 'no_entry' };
  const values: Record<'why' | 'decision' | 'owner' | 'follow_up', CellValue> = {
    why: asText(edit.why),
    decision: edit.decision === '' ? '' : decisionLabel(edit.decision, locale),
    owner: asText(edit.owner),
    follow_up: followUp === null ? '' : midnightInZone(followUp, timeZone),
  };
  const fields: JournalField[] = ['why', 'decision', 'owner', 'follow_up'];
  return {
    ok: true,
    sheetRow: entry.sheetRow,
    cells: fields.map((f) => ({
      column: journal.columns[f],
      value: values[f as keyof typeof values],
    })),
  };
}
