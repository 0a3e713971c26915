/**
 * "Capture baselines": for rows reviewed without a baseline, propose the earliest review value
 * (named as imported when an import's note is on it) and write it only on the user's
 * confirmation, each captured cell with a note saying when and from what. Only blank baseline cells are written; every other cell is left as it is, so the
 * writes go run by run of adjacent rows (one read of the sheet, then three calls per run —
 * never per cell, and never over a user's cell).
 */
import { toIso } from '../../core/dates';
import {
  baselineProposals,
  captureNote,
  isLateCapture,
  type BaselineProposal,
} from '../../core/journal/baseline';
import { tj } from '../../core/i18n/journal';
import { asText } from '../../core/text-cell';
import { normalizeKey } from '../../core/text';
import type { Settings } from '../../core/settings';
import type { CellValue, Locale } from '../../core/types';
import { readReviewSource, type ReviewSource } from '../review-source';
import { SheetMemory } from '../sheet-memory';
import { UserError } from '../run-action';
import { lateBaselines, lateBaselinesKey } from './refresh-journal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One proposal as the sidebar shows it (JSON-safe). */
export interface BaselineProposalJson {
  readonly row: number;
  readonly name: string;
  readonly cell: string;
  readonly value: number;
  readonly text: string;
  readonly isRate: boolean;
  readonly from: string;
  readonly fromCell: string;
  readonly goLive: 'before' | 'after' | 'unknown';
  /** The export the value was imported from and the day, YYYY-MM-DD; null when typed. */
  readonly imported: { readonly source: string; readonly date: string } | null;
}

export function proposalJson(p: BaselineProposal): BaselineProposalJson {
  return {
    row: p.row,
    name: p.name,
    cell: p.cell,
    value: p.value,
    text: typeof p.raw === 'string' ? p.raw : String(p.raw),
    isRate: p.isRate,
    from: toIso(p.from.day),
    fromCell: p.from.cell,
    goLive: p.goLive,
    imported: p.imported && { source: p.imported.source, date: toIso(p.imported.day) },
  };
}

/** One more read than the values: the notes, where an import says which cells it wrote. */
export function proposalsOf(source: ReviewSource, locale: Locale): BaselineProposal[] {
  if (source.report.result.sheet.columns.roles.baseline === undefined)
    throw new UserError(tj(locale, 'capture.noColumn'));
  const notes = source.grid.length === 0 ? [] : source.sheet.getDataRange().getNotes();
  return baselineProposals(source.report, source.grid, notes);
}

/** Adjacent rows, so each run is one range. */
function runsOf(proposals: readonly BaselineProposal[]): BaselineProposal[][] {
  const runs: BaselineProposal[][] = [];
  for (const p of proposals) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].row === p.row - 1) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/**
 * Writes the proposals for `rows` (all when null) that are still proposed now — a cell the user
 * filled since the preview is theirs and is skipped. Returns how many were captured.
 */
export function capture(
  sheet: Sheet,
  settings: Settings,
  locale: Locale,
  rows: readonly number[] | null,
): number {
  const source = readReviewSource(sheet, settings);
  const wanted = rows === null ? null : new Set(rows);
  const chosen = proposalsOf(source, locale).filter((p) => wanted === null || wanted.has(p.row));
  if (chosen.length === 0) return 0;
  for (const run of runsOf(chosen)) {
    const value = (p: BaselineProposal): CellValue =>
      typeof p.raw === 'string' ? asText(p.raw) : p.raw;
    sheet
      .getRange(run[0].row, run[0].column + 1, run.length, 1)
      .setValues(run.map((p) => [value(p)]))
      .setNotes(run.map((p) => [captureNote(p, source.today, locale)]));
  }
  // A baseline taken after go-live holds part of the gain: Refresh says so in the Status note
  // while the cell still holds the captured value.
  const memory = SheetMemory.of(sheet);
  const late = lateBaselines(memory);
  for (const p of chosen) if (isLateCapture(p)) late[normalizeKey(p.name)] = p.value;
  memory.set(lateBaselinesKey(memory), JSON.stringify(late));
  memory.save();
  return chosen.length;
}
