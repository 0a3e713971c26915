/**
 * The journal and the baseline capture as Apps Script sees them: the sidebar API and the menu
 * item. Re-exported by src/gas/entrypoints.ts.
 */
import { tj } from '../../core/i18n/journal';
import { planEntryEdit, type EditProblem } from '../../core/journal/entry-edit';
import { ta } from '../../core/i18n/actions';
import type { ActionResult } from '../api';
import { preferredLocale } from '../locale';
import { withDocumentLock, BusyError } from '../lock';
import { activeReviewSheet, readReviewSource } from '../review-source';
import { loadSettings } from '../settings-store';
import { runAction, toastResult, UserError } from '../run-action';
import { refresh } from '../actions/refresh';
import { t } from '../../core/i18n/messages';
import { capture, proposalJson, proposalsOf, type BaselineProposalJson } from './capture';
import { readJournalGrid } from './journal-sheet';
import { syncJournal } from './refresh-journal';
import { SheetMemory } from '../sheet-memory';
import { journalView, type JournalView } from './view';
import { JOURNAL_SHEET_NAME } from '../../core/journal/sheet';

export interface BaselinePreview extends ActionResult {
  readonly proposals: readonly BaselineProposalJson[];
}

function userReviewSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = activeReviewSheet(SpreadsheetApp.getActiveSpreadsheet());
  if (!sheet) throw new UserError(ta(preferredLocale(), 'error.openReviewSheet'));
  return sheet;
}

/** A failure as the sidebar's read calls report it: one sentence, never a stack trace. */
function failure(error: unknown): string {
  const lang = preferredLocale();
  if (error instanceof BusyError) return t(lang, 'error.busy');
  if (error instanceof UserError) return error.message;
  return t(lang, 'error.generic', { message: error instanceof Error ? error.message : String(error) });
}

/** The journal, brought up to date with the review first (changes that need a reason added). */
export function getJournal(): JournalView {
  try {
    return withDocumentLock(() => {
      const settings = loadSettings();
      const source = readReviewSource(userReviewSheet(), settings);
      const lang = source.report.result.sheet.columns.language ?? preferredLocale();
      const memory = SheetMemory.of(source.sheet);
      const { grid, dismissed } = syncJournal(source, lang, memory);
      memory.save();
      return journalView(source, grid, dismissed);
    });
  } catch (error) {
    return { ok: false, message: failure(error), items: [], needReason: 0, dismissed: 0 };
  }
}

/** Adds back the entries the user deleted from the Journal (the sidebar's Restore). */
export function restoreJournalEntries(): ActionResult {
  const lang = preferredLocale();
  return runAction(lang, () => {
    const source = readReviewSource(userReviewSheet(), loadSettings());
    const memory = SheetMemory.of(source.sheet);
    const { added } = syncJournal(
      source,
      source.report.result.sheet.columns.language ?? lang,
      memory,
      true,
    );
    memory.save();
    return tj(lang, 'restore.done', { count: added });
  });
}

const EDIT_PROBLEMS: Record<EditProblem, 'error.noEntry' | 'error.badFollowUp' | 'error.badDecision'> = {
  no_entry: 'error.noEntry',
  bad_follow_up: 'error.badFollowUp',
  bad_decision: 'error.badDecision',
};

/**
 * Saves why / decision / owner / follow-up of one entry — the only time Cadence writes those
 * cells, on the user's own request — then refreshes, so the Status note shows the reason at once.
 */
export function saveJournalEntry(raw: unknown): ActionResult {
  const lang = preferredLocale();
  return runAction(lang, () => {
    const sheet = userReviewSheet();
    const spreadsheet = sheet.getParent();
    const grid = readJournalGrid(spreadsheet);
    if (!grid) throw new UserError(tj(lang, 'error.noEntry'));
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const plan = planEntryEdit(grid, raw, timeZone, lang);
    if (!plan.ok) throw new UserError(tj(lang, EDIT_PROBLEMS[plan.problem]));
    const journal = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
    if (!journal) throw new UserError(tj(lang, 'error.noEntry'));
    const columns = plan.cells.map((c) => c.column);
    const first = Math.min(...columns);
    const adjacent = Math.max(...columns) - first === columns.length - 1;
    if (adjacent) {
      const line = new Array(columns.length);
      for (const c of plan.cells) line[c.column - first] = c.value;
      journal.getRange(plan.sheetRow, first + 1, 1, columns.length).setValues([line]);
    } else {
      // The user moved the columns apart: one write per cell, four at most.
      for (const c of plan.cells) journal.getRange(plan.sheetRow, c.column + 1).setValue(c.value);
    }
    refresh(sheet, loadSettings(), lang);
    const program = String((raw as { program?: unknown } | null)?.program ?? '');
    return tj(lang, 'saved.entry', { program });
  });
}

export function previewBaselines(): BaselinePreview {
  try {
    const lang = preferredLocale();
    const source = readReviewSource(userReviewSheet(), loadSettings());
    const proposals = proposalsOf(source, lang).map(proposalJson);
    return {
      ok: true,
      message: proposals.length === 0 ? tj(lang, 'capture.none') : '',
      proposals,
    };
  } catch (error) {
    return { ok: false, message: failure(error), proposals: [] };
  }
}

/** Captures the baselines of `rows` (the ones the user confirmed in the sidebar). */
export function captureBaselines(rows: unknown): ActionResult {
  const lang = preferredLocale();
  const list = Array.isArray(rows) ? rows.filter((r): r is number => Number.isInteger(r)) : [];
  return runAction(lang, () => {
    const sheet = userReviewSheet();
    const settings = loadSettings();
    const count = capture(sheet, settings, lang, list);
    if (count === 0) return tj(lang, 'capture.none');
    refresh(sheet, settings, lang);
    return tj(lang, 'capture.done', { count });
  });
}

/** The menu: the proposals in a Yes/No dialog; nothing is written without Yes. */
export function captureBaselinesFromMenu(): void {
  const lang = preferredLocale();
  const preview = previewBaselines();
  if (!preview.ok || preview.proposals.length === 0) {
    toastResult({ ok: preview.ok, message: preview.message });
    return;
  }
  const ui = SpreadsheetApp.getUi();
  const list = preview.proposals
    .slice(0, 10)
    .map(
      (p) =>
        `${p.cell} ${p.name}: ${p.text} (${p.fromCell}, ${p.imported ? tj(lang, 'capture.imported', p.imported) : p.from})`,
    )
    .join('\n');
  const more = preview.proposals.length > 10 ? '\n…' : '';
  const answer = ui.alert(
    tj(lang, 'menu.capture'),
    tj(lang, 'capture.confirm', { count: preview.proposals.length, list: list + more }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) {
    toastResult({ ok: true, message: tj(lang, 'capture.cancelled') });
    return;
  }
  toastResult(captureBaselines(preview.proposals.map((p) => p.row)));
}
