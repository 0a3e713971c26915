import type { CellValue } from '../cell-value';
import { parsesIn, PARSE_ERROR_VALUE, refuseUnparsableFormula } from './formula-syntax';
import { cellA1, parseA1 } from '../a1';
import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import { copyCell, enumName, isDate } from '../values';
import type { Banding } from './banding';
import { allLayers, FORMAT_LAYERS, newLayers, type CellLayers } from './cells';
import { EmbeddedChart, EmbeddedChartBuilder, type ChartSpec } from './chart';
import { asRule, ConditionalFormatRule, type RuleSpec } from './conditional-format';
import type { DataValidation } from './data-validation';
import { SheetType } from './enums';
import { shiftRect, type Dimension, type Rect, type Span, type StructuralChange } from './grid';
import { parseEntry, type Entry } from './input';
import { DeveloperMetadataFinder } from './metadata';
import type { SheetsPairs } from './pairs';
import { Protection } from './protection';
import { Range, type RangeShape } from './range';
import { snapshotSheet, type SheetSnapshot } from './snapshot';
import type { Spreadsheet } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

const MAX_CELL_CHARS = 50_000;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'createDeveloperMetadataFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getActiveRange'
  | 'getBandings'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetValues'
  | 'getTabColor'
  | 'getType'
  | 'hideColumns'
  | 'hideRows'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumnsAfter'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isRowHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setTabColor';

/** What tests and file importers may put in a cell: a value, or a formula with its last result. */
export type CellInput =
  CellValue | null | undefined | { readonly formula: string; readonly value?: CellValue };

export interface SheetState {
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  readonly hiddenRows: Set<number>;
  rules: RuleSpec[];
  charts: ChartSpec[];
  /** Alternating colours, kept apart from cell formats as Sheets does. */
  bandings: Banding[];
}

export class Sheet implements Conform<GasSheet, SheetMethods, SheetsPairs> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'Sheet');

  readonly layers: CellLayers<DataValidation> = newLayers<DataValidation>();
  readonly state: SheetState;

  constructor(
    readonly spreadsheet: Spreadsheet,
    readonly sheetId: number,
    name: string,
    maxRows: number,
    maxColumns: number,
  ) {
    this.state = {
      name,
      maxRows,
      maxColumns,
      frozenRows: 0,
      frozenColumns: 0,
      hidden: false,
      tabColor: null,
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenColumns: new Set(),
      hiddenRows: new Set(),
      rules: [],
      charts: [],
      bandings: [],
    };
  }

  // ---- identity ----

  getName(): string {
    return this.state.name;
  }
  setName(name: string): Sheet {
    this.spreadsheet.assertNameFree(name, this);
    this.state.name = name;
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.spreadsheet.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this.spreadsheet;
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID;
  }
  activate(): Sheet {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }
  getActiveRange(): Range | null {
    const r = this.spreadsheet.getActiveRange();
    return r && r.sheet === this ? r : null;
  }
  getTabColor(): string | null {
    return this.state.tabColor;
  }
  setTabColor(color: string | null): Sheet {
    this.state.tabColor = color;
    return this;
  }
  hideSheet(): Sheet {
    this.state.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this.state.hidden;
  }

  // ---- dimensions ----

  getMaxRows(): number {
    return this.state.maxRows;
  }
  getMaxColumns(): number {
    return this.state.maxColumns;
  }
  getLastRow(): number {
    return Math.max(this.layers.value.lastRow(), this.layers.formula.lastRow());
  }
  getLastColumn(): number {
    return Math.max(this.layers.value.lastColumn(), this.layers.formula.lastColumn());
  }
  getFrozenRows(): number {
    return this.state.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.state.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this.state.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.state.frozenColumns = columns;
  }
  getColumnWidth(columnPosition: number): number {
    return this.state.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.state.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.state.columnWidths.set(c, width);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.state.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    this.state.rowHeights.set(rowPosition, height);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.state.hiddenColumns.add(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.state.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.state.hiddenRows.add(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.state.hiddenRows.has(rowPosition);
  }

  // ---- ranges ----

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
    const row = Number(rowOrA1);
    const col = Number(column);
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    if (!(row >= 1)) throw new Error(APPS_SCRIPT_ERRORS.startRowTooSmall);
    if (!(col >= 1)) throw new Error(APPS_SCRIPT_ERRORS.startColumnTooSmall);
    if (!(nr >= 1)) throw new Error(APPS_SCRIPT_ERRORS.rowsAtLeastOne);
    if (!(nc >= 1)) throw new Error(APPS_SCRIPT_ERRORS.columnsAtLeastOne);
    return this.rangeAt({ row, column: col, numRows: nr, numColumns: nc });
  }

  private rangeFromA1(text: string): Range {
    const ref = parseA1(text);
    if (ref.sheetName !== undefined && ref.sheetName !== this.state.name) {
      return this.spreadsheet.getRange(text);
    }
    const rowsBounded = ref.startRow !== undefined && ref.endRow !== undefined;
    const columnsBounded = ref.startColumn !== undefined && ref.endColumn !== undefined;
    const row = ref.startRow ?? 1;
    const column = ref.startColumn ?? 1;
    const endRow = ref.endRow ?? this.state.maxRows;
    const endColumn = ref.endColumn ?? this.state.maxColumns;
    return this.shaped({
      row,
      column,
      numRows: endRow - row + 1,
      numColumns: endColumn - column + 1,
      rowsBounded,
      columnsBounded,
      startRowBounded: ref.startRow !== undefined,
    });
  }

  /** A bounded range over a rectangle; throws when it leaves the sheet. */
  rangeAt(rect: Rect): Range {
    return this.shaped({ ...rect, rowsBounded: true, columnsBounded: true });
  }

  private shaped(shape: RangeShape): Range {
    if (
      shape.row + shape.numRows - 1 > this.state.maxRows ||
      shape.column + shape.numColumns - 1 > this.state.maxColumns
    ) {
      throw new Error(APPS_SCRIPT_ERRORS.outsideSheet);
    }
    return new Range(this, shape);
  }

  columnsRange(span: Span): Range {
    return this.shaped({
      row: 1,
      column: span.start,
      numRows: this.state.maxRows,
      numColumns: span.count,
      rowsBounded: false,
      columnsBounded: true,
    });
  }

  rowsRange(span: Span): Range {
    return this.shaped({
      row: span.start,
      column: 1,
      numRows: span.count,
      numColumns: this.state.maxColumns,
      rowsBounded: true,
      columnsBounded: false,
    });
  }

  getDataRange(): Range {
    return this.rangeAt({
      row: 1,
      column: 1,
      numRows: Math.max(1, this.getLastRow()),
      numColumns: Math.max(1, this.getLastColumn()),
    });
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): CellValue[][] {
    const nr = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, nr, nc).getValues();
  }

  // ---- writing cells ----

  /**
   * Writes a block of script values with Sheets' typed-input rules. All-or-nothing: a value that a
   * "reject input" validation refuses, or an over-long string, aborts the whole write.
   */
  writeEntries(row: number, column: number, values: unknown[][]): void {
    const ctx = this.spreadsheet.displayContext();
    const { value, formula, numberFormat, validation } = this.layers;
    // Pass 1 only checks, so a refused value leaves every cell untouched.
    for (let i = 0; i < values.length; i++) {
      const line = values[i];
      const rules = validation.rows[row - 1 + i];
      for (let j = 0; j < line.length; j++) {
        const raw = line[j];
        if (typeof raw === 'string' && raw.length > MAX_CELL_CHARS) {
          throw new Error(APPS_SCRIPT_ERRORS.cellTooLong);
        }
        const rule = rules?.[column - 1 + j];
        if (!rule || rule.getAllowInvalid()) continue;
        const entry = parseEntry(raw, numberFormat.get(row - 1 + i, column - 1 + j), ctx);
        if (entry.kind === 'value' && !rule.accepts(entry.value)) {
          throw new Error(APPS_SCRIPT_ERRORS.validationViolated(cellA1(row + i, column + j)));
        }
      }
    }
    for (let i = 0; i < values.length; i++) {
      const line = values[i];
      const r = row - 1 + i;
      for (let j = 0; j < line.length; j++) {
        const c = column - 1 + j;
        const raw = line[j];
        if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean') {
          value.set(r, c, raw);
          formula.set(r, c, undefined);
          continue;
        }
        const e: Entry = parseEntry(raw, numberFormat.get(r, c), ctx);
        if (e.kind === 'formula') {
          formula.set(r, c, e.formula);
          value.set(r, c, this.unparsedValue(e.formula));
        } else if (e.kind === 'value') {
          value.set(r, c, e.value);
          formula.set(r, c, undefined);
          if (e.format !== undefined && numberFormat.get(r, c) === undefined)
            numberFormat.set(r, c, e.format);
        } else {
          value.set(r, c, undefined);
          formula.set(r, c, undefined);
        }
      }
    }
  }

  /**
   * A formula that does not parse in the spreadsheet's formula syntax reads back '#ERROR!'
   * ("Formula parse error."); one that parses has no value until a harness sets its result.
   */
  private unparsedValue(formula: string): CellValue | undefined {
    return parsesIn(formula, this.spreadsheet.formulaSyntax()) ? undefined : PARSE_ERROR_VALUE;
  }

  /** Formulas are recorded, not evaluated: the cell's value reads '' until a result is set. */
  writeFormulas(row: number, column: number, formulas: string[][]): void {
    for (let i = 0; i < formulas.length; i++) {
      for (let j = 0; j < formulas[i].length; j++) {
        const f = formulas[i][j];
        const r = row - 1 + i;
        const c = column - 1 + j;
        const text = f === '' || f === null || f === undefined ? undefined : String(f);
        this.layers.value.set(r, c, text === undefined ? undefined : this.unparsedValue(text));
        this.layers.formula.set(r, c, text);
      }
    }
  }

  appendRow(rowContents: unknown[]): Sheet {
    const row = this.getLastRow() + 1;
    if (row > this.state.maxRows) this.insertLines('rows', this.state.maxRows + 1, 1);
    const width = Math.max(1, rowContents.length);
    if (width > this.state.maxColumns)
      this.insertLines('columns', this.state.maxColumns + 1, width - this.state.maxColumns);
    this.writeEntries(row, 1, [rowContents]);
    return this;
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    const all = !options || (!options.formatOnly && !options.contentsOnly);
    if (all || options?.contentsOnly) this.clearContents();
    if (all || options?.formatOnly) this.clearFormats();
    return this;
  }
  clearContents(): Sheet {
    this.layers.value.rows = [];
    this.layers.formula.rows = [];
    return this;
  }
  clearFormats(): Sheet {
    for (const name of FORMAT_LAYERS) {
      this.layers[name].rows = [];
    }
    return this;
  }

  // ---- structure ----

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertLines('rows', beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertLines('rows', afterPosition + 1, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertLines('rows', beforePosition, howMany);
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertLines('rows', afterPosition + 1, howMany);
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertLines('columns', beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertLines('columns', afterPosition + 1, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertLines('columns', afterPosition + 1, howMany);
  }
  deleteRow(rowPosition: number): Sheet {
    return this.deleteLines('rows', rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteLines('rows', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): Sheet {
    return this.deleteLines('columns', columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteLines('columns', columnPosition, howMany);
  }

  private max(dim: Dimension): number {
    return dim === 'rows' ? this.state.maxRows : this.state.maxColumns;
  }

  /** Inserts `count` empty rows/columns before line `at`; everything from `at` on moves. */
  insertLines(dim: Dimension, at: number, count: number): Sheet {
    const max = this.max(dim);
    if (at < 1 || at > max + 1 || !(count >= 1)) {
      throw new Error(
        dim === 'rows' ? APPS_SCRIPT_ERRORS.rowsOutOfBounds : APPS_SCRIPT_ERRORS.columnsOutOfBounds,
      );
    }
    const other = dim === 'rows' ? this.state.maxColumns : this.state.maxRows;
    this.spreadsheet.ensureCapacity(count * other);
    if (dim === 'rows') {
      this.state.maxRows += count;
      if (at <= this.state.frozenRows) this.state.frozenRows += count;
    } else {
      this.state.maxColumns += count;
      if (at <= this.state.frozenColumns) this.state.frozenColumns += count;
    }
    this.applyChange({ dim, kind: 'insert', at, count });
    return this;
  }

  deleteLines(dim: Dimension, at: number, count: number): Sheet {
    const max = this.max(dim);
    if (at < 1 || !(count >= 1) || at + count - 1 > max) {
      throw new Error(
        dim === 'rows' ? APPS_SCRIPT_ERRORS.rowsOutOfBounds : APPS_SCRIPT_ERRORS.columnsOutOfBounds,
      );
    }
    const frozen = dim === 'rows' ? this.state.frozenRows : this.state.frozenColumns;
    if (max - count <= frozen && count >= max - frozen) {
      throw new Error(
        dim === 'rows' ? APPS_SCRIPT_ERRORS.deleteAllRows : APPS_SCRIPT_ERRORS.deleteAllColumns,
      );
    }
    if (dim === 'rows') this.state.maxRows -= count;
    else this.state.maxColumns -= count;
    this.applyChange({ dim, kind: 'delete', at, count });
    return this;
  }

  /** Moves cells, rule ranges, protections, charts, metadata and sizes like Sheets does. */
  private applyChange(change: StructuralChange): void {
    for (const layer of allLayers(this.layers)) layer.apply(change);
    this.state.rules = this.state.rules
      .map((rule) => ({
        ...rule,
        ranges: rule.ranges
          .map((t) => ({ sheet: t.sheet, rect: shiftRect(t.rect, change) }))
          .filter((t): t is { sheet: Sheet; rect: Rect } => t.rect !== null),
      }))
      .filter((rule) => rule.ranges.length > 0);
    this.state.charts = this.state.charts.map((c) => ({
      ...c,
      ranges: c.ranges.map((r) => shiftRect(r, change)).filter((r): r is Rect => r !== null),
    }));
    this.spreadsheet.shiftProtections(this, change);
    this.state.bandings = this.state.bandings.filter((b) => {
      const moved = shiftRect(b.rect, change);
      if (moved) b.rect = moved;
      return moved !== null;
    });
    this.spreadsheet.metadata.shift(this, change);
    shiftKeys(change.dim === 'rows' ? this.state.rowHeights : this.state.columnWidths, change);
    shiftSet(change.dim === 'rows' ? this.state.hiddenRows : this.state.hiddenColumns, change);
  }

  // ---- conditional formats, protection, charts, metadata ----

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.state.rules.map((spec) => new ConditionalFormatRule(spec));
  }
  setConditionalFormatRules(
    rules: Array<GoogleAppsScript.Spreadsheet.ConditionalFormatRule | ConditionalFormatRule>,
  ): void {
    const specs = rules.map((r) => asRule(r).spec);
    for (const spec of specs) refuseUnparsableFormula(spec, this.spreadsheet.formulaSyntax());
    this.state.rules = specs.map((spec) => {
      return { ...spec, ranges: spec.ranges.map((t) => ({ sheet: this, rect: t.rect })) };
    });
  }

  protect(): Protection {
    const existing = this.spreadsheet.protections.find(
      (p) => p.sheet === this && p.type === 'SHEET',
    );
    return existing ?? this.spreadsheet.addProtection(Protection.forSheet(this));
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    const name = enumName(type);
    return this.spreadsheet.protections.filter((p) => p.sheet === this && p.type === name);
  }

  getBandings(): Banding[] {
    return [...this.state.bandings];
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | EmbeddedChart): void {
    const spec = (chart as EmbeddedChart).spec;
    const chartId = this.spreadsheet.world.ids.scrambled('chart', 2_000_000_000);
    this.state.charts.push({ ...spec, chartId });
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | EmbeddedChart): void {
    const id = (chart as EmbeddedChart).spec.chartId;
    this.state.charts = this.state.charts.filter((c) => c.chartId !== id);
  }
  getCharts(): EmbeddedChart[] {
    return this.state.charts.map((spec) => new EmbeddedChart(this, spec));
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    this.spreadsheet.metadata.add(
      { type: 'SHEET', sheet: this },
      key,
      valueOrVisibility,
      visibility,
    );
    return this;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.spreadsheet.metadata, () =>
      this.spreadsheet.metadata.withinSheet(this),
    );
  }

  // ---- test harness (not Apps Script) ----

  /** Writes cells verbatim (no typed-input parsing): strings stay strings, '' stays blank. */
  loadGrid(rows: ReadonlyArray<ReadonlyArray<CellInput>>, startRow = 1, startColumn = 1): Sheet {
    const needRows = startRow - 1 + rows.length;
    const needColumns = startColumn - 1 + Math.max(0, ...rows.map((r) => r.length));
    if (needRows > this.state.maxRows)
      this.insertLines('rows', this.state.maxRows + 1, needRows - this.state.maxRows);
    if (needColumns > this.state.maxColumns) {
      this.insertLines('columns', this.state.maxColumns + 1, needColumns - this.state.maxColumns);
    }
    const { value, formula } = this.layers;
    rows.forEach((line, i) =>
      line.forEach((cell, j) => {
        const r = startRow - 1 + i;
        const c = startColumn - 1 + j;
        if (cell !== null && typeof cell === 'object' && !isDate(cell)) {
          formula.set(r, c, cell.formula);
          value.set(
            r,
            c,
            cell.value === undefined || cell.value === '' ? undefined : copyCell(cell.value),
          );
        } else {
          formula.set(r, c, undefined);
          value.set(
            r,
            c,
            cell === null || cell === undefined || cell === '' ? undefined : copyCell(cell),
          );
        }
      }),
    );
    return this;
  }

  /** Sets the cached result of a formula cell, which getValues then returns (1-based). */
  setFormulaResult(row: number, column: number, result: CellValue): Sheet {
    this.layers.value.set(row - 1, column - 1, result === '' ? undefined : copyCell(result));
    return this;
  }

  /** Every stored attribute of every used cell, plus the sheet's rules and structure. */
  snapshot(): SheetSnapshot {
    return snapshotSheet(this);
  }
}

function shiftKeys(map: Map<number, number>, change: StructuralChange): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [k, v] of entries) {
    const moved = shiftLine(k, change);
    if (moved !== null) map.set(moved, v);
  }
}

function shiftSet(set: Set<number>, change: StructuralChange): void {
  const keys = [...set];
  set.clear();
  for (const k of keys) {
    const moved = shiftLine(k, change);
    if (moved !== null) set.add(moved);
  }
}

function shiftLine(line: number, change: StructuralChange): number | null {
  if (change.kind === 'insert') return line >= change.at ? line + change.count : line;
  if (line < change.at) return line;
  if (line < change.at + change.count) return null;
  return line - change.count;
}
