/**
 * Refresh's share of the journal: append the changes that need a reason, then write each
 * program's Status note (missing or late baseline, latest reason). A steady-state Refresh reads
 * the Journal in two calls and writes nothing: the notes are rewritten only when they changed.
 */
import { digest } from '../../core/calendar/hash';
import { latestReasons, reasonFor } from '../../core/journal/latest';
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

/** The Journal as it stands after this refresh's append (read once, appended rows added). */
export function syncJournal(source: ReviewSource, locale: Locale): CellValue[][] {
  const grid = readJournalGrid(source.spreadsheet) ?? [['']];
  const plan = journalAppend(grid, changesToExplain(source.report), locale, source.timeZone);
  appendJournal(source.spreadsheet, plan, source.sheet, locale);
  if (plan.rows.length === 0) return grid;
  const after = plan.header ? [plan.header as CellValue[]] : [...grid];
  // As getValues will return them: the apostrophe that keeps text is not part of the value.
  const asRead = plan.rows.map((line) =>
    line.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)),
  );
  return [...after, ...asRead];
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

/** The whole journal step of Refresh. */
export function refreshJournal(
  source: ReviewSource,
  statusColumn: number,
  memory: SheetMemory,
  locale: Locale,
): void {
  const journal = syncJournal(source, locale);
  writeStatusNotes(source.sheet, statusColumn, statusNotes(source, journal, memory, locale), memory);
}
