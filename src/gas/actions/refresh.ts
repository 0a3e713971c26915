/**
 * Refresh: read the review sheet once, run the engine, write the owned columns, the flags, the
 * header notes and the companion Δ sheet. The number of SpreadsheetApp calls depends on how many
 * runs the owned columns form (one, unless the user scattered them), never on rows or columns.
 */
import type { OwnedColumnKey } from '../../core/headers';
import type { RowReport } from '../../core/review-report';
import { companionBlock } from '../../core/sheet-actions/companion';
import {
  flagRules,
  headerNotes,
  isCadenceRule,
  type FlagRule,
} from '../../core/sheet-actions/flags';
import { ta } from '../../core/i18n/actions';
import { tShapes } from '../../core/i18n/shapes';
import {
  ownedColumnsIn,
  ownedHeader,
  ownedLayout,
  ownedRuns,
  type OwnedLayout,
} from '../../core/sheet-actions/layout';
import { ownedBlocks, ownedColumnWidths } from '../../core/sheet-actions/owned-values';
import { widthRuns } from '../../core/sheet-actions/widths';
import type { Settings } from '../../core/settings';
import type { CellValue, Locale } from '../../core/types';
import {
  readReviewSheetToWrite,
  rememberReviewSheet,
  COMPANION_SUFFIX,
  type ReviewSource,
} from '../review-source';
import { protectColumns, protectSheet } from '../ownership';
import { UserError } from '../run-action';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RefreshOutcome {
  readonly source: ReviewSource;
  readonly layout: OwnedLayout;
}

/**
 * Adds the missing owned columns after the last used column: headers, and the note that marks
 * each as Cadence's (how the next refresh tells it from a user's own "Status" column).
 */
export function addMissingOwnedColumns(sheet: Sheet, layout: OwnedLayout, locale: Locale): void {
  if (layout.missing.length === 0) return;
  const first = layout.missing[0].column;
  const needed = first + layout.missing.length - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  sheet
    .getRange(1, first + 1, 1, layout.missing.length)
    .setValues([layout.missing.map((m) => ownedHeader(m.key, locale))])
    .setNotes([layout.missing.map(() => ta(locale, 'note.owned'))])
    .setFontWeight('bold');
  // Wide enough for the column's header and every word it can hold, so nothing is cut.
  const widths = ownedColumnWidths(locale);
  for (const run of widthRuns(
    layout.missing.map((m) => ({ column: m.column, width: widths[m.key] })),
  ))
    sheet.setColumnWidths(run.start + 1, run.count, run.width);
}

/** The header row's notes, read once: they tell which owned-looking columns are Cadence's. */
export function headerNotesOf(sheet: Sheet, width: number): string[] {
  return width > 0 ? sheet.getRange(1, 1, 1, width).getNotes()[0] : [];
}

/** The layout of the owned columns on this sheet, from its header row and header notes. */
export function layoutOf(source: ReviewSource, notes: readonly string[]): OwnedLayout {
  const header = source.grid[0] ?? [];
  return ownedLayout({ owned: ownedColumnsIn(header, notes) }, header.length);
}

function writeOwnedColumns(
  sheet: Sheet,
  layout: OwnedLayout,
  reports: Map<number, RowReport>,
  source: ReviewSource,
  locale: Locale,
): void {
  const dataRows = source.grid.length - 1;
  if (dataRows <= 0) return;
  const blocks = ownedBlocks(reports, dataRows, source.timeZone, locale);
  for (const run of ownedRuns(layout.positions)) {
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    const colours: string[][] = [];
    for (let i = 0; i < dataRows; i++) {
      values.push(run.keys.map((k: OwnedColumnKey) => blocks[k].values[i]));
      formats.push(run.keys.map((k: OwnedColumnKey) => blocks[k].formats[i]));
      colours.push(run.keys.map((k: OwnedColumnKey) => blocks[k].colours[i]));
    }
    // Formats first: a cell left in plain-text format would store a formula as text.
    sheet
      .getRange(2, run.start + 1, dataRows, run.keys.length)
      .setNumberFormats(formats)
      .setFontColors(colours)
      .setValues(values);
  }
}

function applyFlags(sheet: Sheet, rules: readonly FlagRule[]): void {
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : null;
    return !isCadenceRule(formula);
  });
  // Rules share ranges (name and status columns): fetch each distinct range once.
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = (r: FlagRule['ranges'][number]) => {
    const key = `${r.row},${r.column},${r.numRows},${r.numColumns}`;
    if (!ranges.has(key)) ranges.set(key, sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
    return ranges.get(key) as GoogleAppsScript.Spreadsheet.Range;
  };
  const ours = rules.map((rule) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setBold(rule.bold)
      .setRanges(rule.ranges.map(rangeOf));
    if (rule.fontColor) builder.setFontColor(rule.fontColor);
    return builder.build();
  });
  // The user's rules first: Sheets applies the first matching rule, and theirs should win.
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

function writeHeaderNotes(
  sheet: Sheet,
  source: ReviewSource,
  layout: OwnedLayout,
  current: readonly string[],
  locale: Locale,
): void {
  const width = current.length;
  const range = sheet.getRange(1, 1, 1, width);
  const notes = headerNotes(current, width, layout.positions, source.report.result.columns, locale);
  if (notes.some((n, j) => n !== (current[j] ?? ''))) range.setNotes([notes]);
}

function rebuildCompanion(source: ReviewSource, locale: Locale): void {
  const spreadsheet = source.sheet.getParent();
  const name = `${source.sheet.getName()}${COMPANION_SUFFIX}`;
  let companion = spreadsheet.getSheetByName(name);
  if (!companion) {
    companion = spreadsheet.insertSheet(name);
    // insertSheet makes the new sheet active; the user stays on their review sheet.
    source.sheet.activate();
  }
  const block = companionBlock(source.report, source.grid.length, locale);
  companion.clear();
  const width = block.values[0].length;
  const moreColumns = width - companion.getMaxColumns();
  if (moreColumns > 0) companion.insertColumnsAfter(companion.getMaxColumns(), moreColumns);
  const moreRows = block.values.length - companion.getMaxRows();
  if (moreRows > 0) companion.insertRowsAfter(companion.getMaxRows(), moreRows);
  const range = companion.getRange(1, 1, block.values.length, width);
  // Values before formats: the apostrophe that keeps "=name" text is consumed on a plain cell.
  range.setValues(block.values).setNumberFormats(block.formats).setFontColors(block.colours);
  const weight = (i: number) =>
    (block.boldRows.includes(i + 1) ? 'bold' : 'normal') as GoogleAppsScript.Spreadsheet.FontWeight;
  range.setFontWeights(block.values.map((_, i) => new Array(width).fill(weight(i))));
  companion.setColumnWidth(1, block.nameWidth);
  companion.setFrozenRows(1);
  companion.setFrozenColumns(1);
  protectSheet(companion);
}

/**
 * The whole refresh; the caller holds the document lock. What goes into the sheet is written in
 * the sheet's own language (its headers tell), so colleagues with different account languages
 * never flip it back and forth; `locale` is the fallback for a sheet whose headers don't tell.
 */
export function refresh(sheet: Sheet, settings: Settings, userLocale: Locale): RefreshOutcome {
  const source = readReviewSheetToWrite(
    sheet,
    settings,
    () => new UserError(ta(userLocale, 'error.influenceInput')),
  );
  // An empty sheet has nothing to review: say so, and write nothing (no columns, no Δ sheet).
  if (!source.grid.some((line) => line.some((cell) => cell !== '')))
    throw new UserError(tShapes(userLocale, 'refresh.emptySheet', { sheet: sheet.getName() }));
  const locale = source.report.result.sheet.columns.language ?? userLocale;
  const notes = headerNotesOf(sheet, source.grid[0]?.length ?? 0);
  const layout = layoutOf(source, notes);
  addMissingOwnedColumns(sheet, layout, locale);
  const reports = new Map(source.report.rows.map((r) => [r.schedule.row.row, r]));
  writeOwnedColumns(sheet, layout, reports, source, locale);
  const nameColumn = source.report.result.sheet.columns.roles.name ?? 0;
  const dataWidth = source.grid[0]?.length ?? 0;
  const width = Math.max(dataWidth, ...Object.values(layout.positions).map((c) => c + 1));
  const rules = settings.colours
    ? flagRules(
        nameColumn,
        layout.positions.status,
        source.grid.length - 1,
        source.report.result.columns,
        width,
      )
    : [];
  applyFlags(sheet, rules);
  // The notes as they now stand, the added columns' marks included.
  const added = new Map(layout.missing.map((m) => [m.column, ta(locale, 'note.owned')]));
  const current = Array.from({ length: width }, (_, j) => added.get(j) ?? notes[j] ?? '');
  writeHeaderNotes(sheet, source, layout, current, locale);
  protectColumns(sheet, Object.values(layout.positions));
  rebuildCompanion(source, locale);
  rememberReviewSheet(sheet);
  return { source, layout };
}
