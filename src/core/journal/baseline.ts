/**
 * Capturing missing baselines on purpose (the playbook: the baseline is captured before
 * automation goes live; without one the gain since automation cannot be measured). For each row
 * reviewed without a baseline, Cadence proposes its earliest review value — "or an imported
 * value": when that value was written by an import (its provenance note), the proposal and the
 * captured cell's note name the export and the day it was imported. Nothing is written until
 * the user confirms. The note on the captured cell says when and from what it was taken,
 * and whether that was after go-live — a baseline taken after go-live already includes part of
 * the gain, so vs-baseline figures understate it and say so.
 */
import { toIso, type DayNumber } from '../dates';
import { tj } from '../i18n/journal';
import { readProvenance, type Provenance } from '../import/provenance';
import type { ReviewReport } from '../review/report';
import { a1 } from '../text';
import type { CellValue, Grid, Locale } from '../types';

export type GoLive = 'before' | 'after' | 'unknown';

export interface BaselineProposal {
  /** 1-based row of the review sheet. */
  readonly row: number;
  readonly name: string;
  /** The baseline cell to fill (A1) and its 0-based column. */
  readonly cell: string;
  readonly column: number;
  /** The cell as the user wrote it (a number, "3,1 %", "45/120"), copied as is. */
  readonly raw: CellValue;
  readonly value: number;
  readonly isRate: boolean;
  /** The review value it comes from. */
  readonly from: { readonly cell: string; readonly day: DayNumber };
  readonly setUpOn: DayNumber | null;
  readonly goLive: GoLive;
  /** The import that wrote the review value, when its note says so. */
  readonly imported: Provenance | null;
}

/**
 * Rows with review values and a blank baseline cell, in sheet order; none without the column.
 * `notes` are the sheet's cell notes (getNotes), where imports leave their provenance.
 */
export function baselineProposals(
  report: ReviewReport,
  grid: Grid,
  notes: ReadonlyArray<ReadonlyArray<string>> = [],
): BaselineProposal[] {
  const column = report.result.sheet.columns.roles.baseline;
  if (column === undefined) return [];
  const out: BaselineProposal[] = [];
  for (const r of report.rows) {
    const row = r.schedule.row;
    const first = row.series[0];
    if (row.baseline !== null || !first) continue;
    const line = grid[row.row - 1] ?? [];
    // A cell holding something unreadable is the user's to fix, never ours to replace.
    if (String(line[column] ?? '').trim() !== '') continue;
    const goLive: GoLive =
      row.setUpOn === null ? 'unknown' : first.day <= row.setUpOn ? 'before' : 'after';
    out.push({
      row: row.row,
      name: row.name,
      cell: a1(row.row - 1, column),
      column,
      raw: line[first.column] ?? first.value,
      value: first.value,
      isRate: r.isRate,
      from: { cell: first.letter + String(row.row), day: first.day },
      setUpOn: row.setUpOn,
      goLive,
      imported: readProvenance(notes[row.row - 1]?.[first.column] ?? ''),
    });
  }
  return out;
}

/** The captured cell's note: when, from what, and before or after go-live. */
export function captureNote(p: BaselineProposal, today: DayNumber, locale: Locale): string {
  const head = p.imported
    ? tj(locale, 'capture.noteImported', {
        today: toIso(today),
        source: p.imported.source,
        imported: toIso(p.imported.day),
        cell: p.from.cell,
      })
    : tj(locale, 'capture.note', {
        today: toIso(today),
        from: toIso(p.from.day),
        cell: p.from.cell,
      });
  const setUp = p.setUpOn === null ? '' : toIso(p.setUpOn);
  const when =
    p.goLive === 'before'
      ? tj(locale, 'capture.beforeGoLive', { setUp })
      : p.goLive === 'after'
        ? tj(locale, 'capture.afterGoLive', { setUp })
        : tj(locale, 'capture.goLiveUnknown');
  return `${head}\n${when}`;
}

/** Rows whose captured baseline may already hold part of the gain (vs baseline understates it). */
export function isLateCapture(p: BaselineProposal): boolean {
  return p.goLive !== 'before';
}
