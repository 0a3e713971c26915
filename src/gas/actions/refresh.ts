/**
 * Refresh: read the review sheet once, run the engine, write the owned columns, the flags, the
 * header notes and the companion Δ sheet. The number of SpreadsheetApp calls depends on how many
 * runs the owned columns form (one, unless the user scattered them), never on rows or columns.
 */
import type { OwnedColumnKey } from '../../core/review/headers';
import { companionBlock, type CompanionBlock } from '../../core/sheet-plans/companion';
import {
  flagRules,
  headerNotes,
  isCadenceRule,
  type FlagRule,
} from '../../core/sheet-plans/flags';
import { ta } from '../../core/i18n/actions';
import { tShapes } from '../../core/i18n/shapes';
import {
  ownedColumnsIn,
  ownedHeader,
  ownedLayout,
  ownedRuns,
  type OwnedLayout,
} from '../../core/sheet-plans/layout';
import { ownedBlocks, ownedColumnWidths, seriesValues, type OwnedBlocks } from '../../core/sheet-plans/owned-values';
import { sparklineOverRange, withSeries } from '../../core/sheet-plans/sparkline-series';
import { inDialect, type FormulaDialect } from '../../core/sheet-plans/formula-dialect';
import {
  DIALECT_KEY,
  PARSE_ERROR,
  rememberedDialect,
  withFormulaDialect,
} from '../formula-dialect';
import { widthRuns } from '../../core/sheet-plans/widths';
import type { Settings } from '../../core/settings';
import type { CellValue, Locale } from '../../core/types';
import {
  readReviewSheetToWrite,
  rememberReviewSheet,
  COMPANION_SUFFIX,
  type ReviewSource,
} from '../review-source';
import { protectColumns, protectSheet } from '../ownership';
import { SheetMemory } from '../sheet-memory';
import { flagsFingerprint } from '../../core/sheet-plans/fingerprint';
import { UserError } from '../run-action';
import { refreshJournal } from '../journal/refresh-journal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RefreshOutcome {
  readonly source: ReviewSource;
  readonly layout: OwnedLayout;
  /** Journal entries the user deleted, not added back. */
  readonly dismissedJournal: number;
}

/**
 * Adds the missing owned columns after the last used column: headers, and the note that marks
 * each as Cadence's (how the next refresh tells it from a user's own "Status" column) unless the
 * caller writes the header notes itself.
 */
export function addMissingOwnedColumns(
  sheet: Sheet,
  layout: OwnedLayout,
  locale: Locale,
  withNotes = true,
): void {
  if (layout.missing.length === 0) return;
  const first = layout.missing[0].column;
  const maxColumns = sheet.getMaxColumns();
  const needed = first + layout.missing.length - maxColumns;
  if (needed > 0) sheet.insertColumnsAfter(maxColumns, needed);
  const range = sheet
    .getRange(1, first + 1, 1, layout.missing.length)
    .setValues([layout.missing.map((m) => ownedHeader(m.key, locale))])
    .setFontWeight('bold');
  if (withNotes) range.setNotes([layout.missing.map(() => ta(locale, 'note.owned'))]);
  // Wide enough for the column's header and every word it can hold, so nothing is cut.
  const widths = ownedColumnWidths(locale);
  for (const run of widthRuns(
    layout.missing.map((m) => ({ column: m.column, width: widths[m.key] })),
  ))
    sheet.setColumnWidths(run.start + 1, run.count, run.width);
}

/** The header row over `width` columns, or null for an empty sheet. */
function headerRange(sheet: Sheet, width: number): GoogleAppsScript.Spreadsheet.Range | null {
  return width > 0 ? sheet.getRange(1, 1, 1, width) : null;
}

/** The header row's notes, read once: they tell which owned-looking columns are Cadence's. */
export function headerNotesOf(sheet: Sheet, width: number): string[] {
  return headerRange(sheet, width)?.getNotes()[0] ?? [];
}

/** The layout of the owned columns on this sheet, from its header row and header notes. */
export function layoutOf(source: ReviewSource, notes: readonly string[]): OwnedLayout {
  const header = source.grid[0] ?? [];
  return ownedLayout({ owned: ownedColumnsIn(header, notes) }, header.length);
}

function writeOwnedColumns(sheet: Sheet, layout: OwnedLayout, blocks: OwnedBlocks): void {
  const dataRows = blocks.status.values.length;
  if (dataRows <= 0) return;
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

/**
 * Replaces Cadence's flag rules and keeps the user's. When the sheet still holds exactly the
 * rules the last refresh wrote (same plan, same number of rules), nothing is rebuilt: one call
 * instead of about forty. A rule the user adds or deletes changes the count, and a change of
 * rows, columns or review status changes the plan; either rebuilds the rules.
 */
function applyFlags(sheet: Sheet, rules: readonly FlagRule[], memory: SheetMemory): void {
  const key = `cadence.flags.${memory.sheetId}`;
  const existing = sheet.getConditionalFormatRules();
  if (memory.get(key) === flagsFingerprint(rules, existing.length)) return;
  const kept = existing.filter((rule) => {
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
  const built = (dialect: FormulaDialect) =>
    rules.map((rule) => {
      const builder = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(inDialect(rule.formula, dialect))
        .setBackground(rule.background)
        .setRanges(rule.ranges.map(rangeOf));
      // Not bold and no font colour are the builder's defaults: no call for them.
      if (rule.bold) builder.setBold(true);
      if (rule.fontColor) builder.setFontColor(rule.fontColor);
      return builder.build();
    });
  // The user's rules first: Sheets applies the first matching rule, and theirs should win.
  const dialect = withFormulaDialect(
    memory,
    rules.map((r) => r.formula),
    (d) => sheet.setConditionalFormatRules([...kept, ...built(d)]),
  );
  if (rules.length > 0) memory.set(DIALECT_KEY, dialect);
  memory.set(key, flagsFingerprint(rules, kept.length + rules.length));
}

/** Writes the header notes when they change; `read` is the header range they were read from. */
function writeHeaderNotes(
  sheet: Sheet,
  read: GoogleAppsScript.Spreadsheet.Range | null,
  source: ReviewSource,
  layout: OwnedLayout,
  current: readonly string[],
  locale: Locale,
): void {
  const width = current.length;
  const notes = headerNotes(
    current,
    width,
    layout.positions,
    source.report.result.columns,
    locale,
  );
  if (notes.every((n, j) => n === (current[j] ?? ''))) return;
  const range = read && source.grid[0]?.length === width ? read : sheet.getRange(1, 1, 1, width);
  range.setNotes([notes]);
}

/** The companion sheet, inserted (frozen header, protected) the first time. */
function companionOf(
  source: ReviewSource,
  sheetName: string,
): { sheet: Sheet; name: string; isNew: boolean } {
  const name = `${sheetName}${COMPANION_SUFFIX}`;
  const found = source.spreadsheet.getSheetByName(name);
  if (found) return { sheet: found, name, isNew: false };
  const sheet = source.spreadsheet.insertSheet(name);
  // insertSheet makes the new sheet active; the user stays on their review sheet.
  source.sheet.activate();
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(1);
  protectSheet(sheet, true);
  return { sheet, name, isNew: true };
}

/** The range rows × columns at A1, growing the sheet first when it is smaller. */
function rangeGrown(
  sheet: Sheet,
  rows: number,
  columns: number,
): GoogleAppsScript.Spreadsheet.Range {
  try {
    // Usually big enough already (it was grown by the last refresh): no size to ask for.
    return sheet.getRange(1, 1, rows, columns);
  } catch {
    // "The coordinates of the range are outside the dimensions of the sheet."
    const maxColumns = sheet.getMaxColumns();
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    const maxRows = sheet.getMaxRows();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    return sheet.getRange(1, 1, rows, columns);
  }
}

function rebuildCompanion(
  companion: Sheet,
  block: CompanionBlock,
  isNew: boolean,
  memory: SheetMemory,
): void {
  if (!isNew) companion.clear();
  const width = block.values[0].length;
  const range = rangeGrown(companion, block.values.length, width);
  // Values before formats: the apostrophe that keeps "=name" text is consumed on a plain cell.
  range.setValues(block.values).setNumberFormats(block.formats).setFontColors(block.colours);
  const weight = (i: number) =>
    (block.boldRows.includes(i + 1) ? 'bold' : 'normal') as GoogleAppsScript.Spreadsheet.FontWeight;
  range.setFontWeights(block.values.map((_, i) => new Array(width).fill(weight(i))));
  // clear() keeps column widths (they are not cell formatting): set it only when it changes.
  const key = `cadence.companionWidth.${memory.sheetId}`;
  if (isNew || memory.get(key) !== String(block.nameWidth)) {
    companion.setColumnWidth(1, block.nameWidth);
    memory.set(key, String(block.nameWidth));
  }
}

/** The owned blocks with their formulas (the Sparkline column's) in `dialect`. */
function inDialectBlocks(blocks: OwnedBlocks, dialect: FormulaDialect): OwnedBlocks {
  if (dialect === 'en_US') return blocks;
  const values = blocks.sparkline.values.map((v) => inDialect(String(v), dialect));
  return { ...blocks, sparkline: { ...blocks.sparkline, values } };
}

/**
 * The first time a sheet gets Sparkline formulas, one is read back: a formula Sheets could not
 * parse shows #ERROR!. Then the column is written again in the other formula syntax, and the
 * one that parsed is remembered. Later refreshes skip the check (no call).
 */
function checkFormulas(
  sheet: Sheet,
  layout: OwnedLayout,
  blocks: OwnedBlocks,
  memory: SheetMemory,
): void {
  const key = `cadence.formulasChecked.${memory.sheetId}`;
  const formulas = blocks.sparkline.values.map(String);
  const first = formulas.findIndex((f) => f !== '');
  if (memory.get(key) !== null || first < 0) return;
  const column = layout.positions.sparkline + 1;
  const cell = sheet.getRange(first + 2, column);
  try {
    const dialect = withFormulaDialect(memory, formulas, (d, retry) => {
      if (retry)
        sheet
          .getRange(2, column, formulas.length, 1)
          .setValues(formulas.map((f) => [inDialect(f, d)]));
      if (cell.getDisplayValue() === PARSE_ERROR) throw new Error(PARSE_ERROR);
    });
    if (dialect !== rememberedDialect(memory)) memory.set(DIALECT_KEY, dialect);
    memory.set(key, dialect);
  } catch {
    // Neither syntax parsed: the cells show #ERROR! (the rest of the refresh is still worth
    // having), and the next refresh checks again.
  }
}

/**
 * The whole refresh; the caller holds the document lock. What goes into the sheet is written in
 * the sheet's own language (its headers tell), so colleagues with different account languages
 * never flip it back and forth; `locale` is the fallback for a sheet whose headers don't tell.
 * A refresh of a sheet already refreshed costs the same few Sheets calls whatever its size: one
 * read of the grid and of the header notes, one write per attribute of the owned block and of
 * the companion block, and the flag rules only when they change.
 */
export function refresh(
  sheet: Sheet,
  settings: Settings,
  userLocale: Locale,
  /** The sheet's name when the caller already asked Sheets for it (one round trip saved). */
  knownName: string | null = null,
): RefreshOutcome {
  const source = readReviewSheetToWrite(
    sheet,
    settings,
    () => new UserError(ta(userLocale, 'error.influenceInput')),
  );
  // An empty sheet has nothing to review: say so, and write nothing (no columns, no Δ sheet).
  if (!source.grid.some((line) => line.some((cell) => cell !== '')))
    throw new UserError(tShapes(userLocale, 'refresh.emptySheet', { sheet: sheet.getName() }));
  const memory = SheetMemory.of(sheet);
  const locale = source.report.result.sheet.columns.language ?? userLocale;
  const header = headerRange(sheet, source.grid[0]?.length ?? 0);
  const notes = header ? header.getNotes()[0] : [];
  const layout = layoutOf(source, notes);
  // Their notes go with the header notes below: one write for the whole header row.
  addMissingOwnedColumns(sheet, layout, locale, false);
  const reports = new Map(source.report.rows.map((r) => [r.schedule.row.row, r]));
  // The companion first: the Sparkline formulas read their series from it.
  const companion = companionOf(source, knownName ?? sheet.getName());
  const placed = withSeries(
    companionBlock(source.report, source.grid.length, locale),
    new Map(source.report.rows.map((r) => [r.schedule.row.row, seriesValues(r)])),
    ownedHeader('sparkline', locale),
  );
  const blocks = ownedBlocks(reports, source.grid.length - 1, source.timeZone, locale, (r) =>
    sparklineOverRange(
      companion.name,
      r.schedule.row.row,
      placed.firstColumn,
      seriesValues(r).length,
    ),
  );
  writeOwnedColumns(sheet, layout, inDialectBlocks(blocks, rememberedDialect(memory)));
  checkFormulas(sheet, layout, blocks, memory);
  const dismissedJournal = refreshJournal(source, layout.positions.status, memory, locale);
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
  applyFlags(sheet, rules, memory);
  // The notes as they now stand: the added columns have none yet (their mark is written here).
  const current = Array.from({ length: width }, (_, j) => notes[j] ?? '');
  writeHeaderNotes(sheet, header, source, layout, current, locale);
  protectColumns(sheet, ownedRuns(layout.positions), memory);
  rebuildCompanion(companion.sheet, placed.block, companion.isNew, memory);
  rememberReviewSheet(sheet, memory);
  memory.save();
  return { source, layout, dismissedJournal };
}
