/**
 * Refresh's share of the journal: append the changes that need a reason, then write each
 * program's Status note (missing or late baseline, latest reason). A steady-state Refresh reads
 * the Journal in two calls and writes nothing: the notes are rewritten only when they changed.
 */
import { digest } from '../../core/calendar/hash';
import { latestReasons, reasonFor } from '../../core/journal/latest';
import { decodeJournaled, encodeJournaled } from '../../core/journal/dismissed';
import { journalAppend, readJournal } from '../../core/journal/sheet';
import { statusNote } from '../../core/journal/status-note';
import { changesToExplain } from '../../core/journal/to-explain';
import { normalizeKey } from '../../core/text';
import type { CellValue, Locale } from '../../core/types';
import type { ReviewSource } from '../review-source';
import type { SheetMemory } from '../sheet-memory';
import { appendJournal, readJournalGrid } from './journal-sheet';

/** Programs whose baseline Cadence captured after go-live, with the value it wrote. */
export const lateBaselinesKey = (memory: SheetMemory): string =>
  `cadence.lateBaselines.${memory.sheetId}`;

export function lateBaselines(memory: SheetMemory): Record<string, number> {
  try {
    const parsed = JSON.parse(memory.get(lateBaselinesKey(memory)) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** The changes journaled for this review sheet (a pieced value: thousands of ids pass 9 KB). */
const journaledKey = (memory: SheetMemory): string => `cadence.journaled.${memory.sheetId}`;

function rememberedJournal(memory: SheetMemory): Set<string> {
  return decodeJournaled(memory.getPieced(journaledKey(memory)));
}

function rememberJournal(memory: SheetMemory, ids: readonly string[]): void {
  memory.setPieced(journaledKey(memory), encodeJournaled(ids));
}

export interface JournalSync {
  /** The Journal as it stands after the append (read once, appended rows added). */
  readonly grid: CellValue[][];
  /** Changes the user deleted from the Journal, not added back. */
  readonly dismissed: number;
  /** Rows appended. */
  readonly added: number;
}

/**
 * Appends the changes that need a reason and the Journal does not hold, except those the user
 * deleted after Cadence journaled them; `restore` adds those back too. A spreadsheet without a
 * Journal sheet starts afresh: deleting the whole sheet is a fresh start, not a dismissal.
 * The caller saves `memory`.
 */
export function syncJournal(
  source: ReviewSource,
  locale: Locale,
  memory: SheetMemory,
  restore = false,
): JournalSync {
  const read = readJournalGrid(source.spreadsheet);
  const grid = read ?? [['']];
  const journaled = read === null || restore ? new Set<string>() : rememberedJournal(memory);
  const plan = journalAppend(
    grid,
    changesToExplain(source.report),
    locale,
    source.timeZone,
    journaled,
  );
  appendJournal(source.spreadsheet, plan, source.sheet, locale);
  rememberJournal(memory, plan.journaled);
  const dismissed = plan.dismissed.length;
  const added = plan.rows.length;
  if (added === 0) return { grid, dismissed, added };
  const after = plan.header ? [plan.header as CellValue[]] : [...grid];
  // As getValues will return them: the apostrophe that keeps text is not part of the value.
  const asRead = plan.rows.map((line) =>
    line.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)),
  );
  return { grid: [...after, ...asRead], dismissed, added };
}

/** One note per data row of the review sheet, '' where there is nothing to say. */
export function statusNotes(
  source: ReviewSource,
  journal: CellValue[][],
  memory: SheetMemory,
  locale: Locale,
): string[] {
  const reasons = latestReasons(readJournal(journal, source.timeZone).entries);
  const late = lateBaselines(memory);
  const noBaseline = new Set(
    source.report.result.diagnostics.filter((d) => d.code === 'no_baseline').map((d) => d.row + 1),
  );
  const notes = new Array<string>(Math.max(source.grid.length - 1, 0)).fill('');
  for (const r of source.report.rows) {
    const row = r.schedule.row;
    const captured = late[normalizeKey(row.name)];
    notes[row.row - 2] = statusNote(
      {
        noBaseline: noBaseline.has(row.row),
        lateBaseline: captured !== undefined && row.baseline?.value === captured,
        reason: reasonFor(reasons, row.name),
      },
      locale,
    );
  }
  return notes;
}

/** Writes the Status notes when they differ from the last ones written (one call, or none). */
export function writeStatusNotes(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  statusColumn: number,
  notes: readonly string[],
  memory: SheetMemory,
): void {
  if (notes.length === 0) return;
  const key = `cadence.statusNotes.${memory.sheetId}`;
  const fingerprint = `${statusColumn}:${digest(JSON.stringify(notes))}`;
  if (memory.get(key) === fingerprint) return;
  sheet.getRange(2, statusColumn + 1, notes.length, 1).setNotes(notes.map((n) => [n]));
  memory.set(key, fingerprint);
}

/** The whole journal step of Refresh: how many deleted entries it did not add back. */
export function refreshJournal(
  source: ReviewSource,
  statusColumn: number,
  memory: SheetMemory,
  locale: Locale,
): number {
  const { grid, dismissed } = syncJournal(source, locale, memory);
  writeStatusNotes(source.sheet, statusColumn, statusNotes(source, grid, memory, locale), memory);
  return dismissed;
}
