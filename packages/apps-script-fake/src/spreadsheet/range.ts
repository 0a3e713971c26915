import type { CellValue } from '../cell-value';
import { formatA1 } from '../a1';
import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import { copyCell, enumName } from '../values';
import type { FontWeightValue, HorizontalAlignment, Layer } from './cells';
import { FORMAT_LAYERS } from './cells';
import { Banding, themeColors } from './banding';
import { normalizeColor } from './colors';
import { asDataValidation, DataValidationBuilder, type DataValidation } from './data-validation';
import { intersects, type Rect } from './grid';
import { DeveloperMetadataFinder } from './metadata';
import { DEFAULT_NUMBER_FORMAT, formatDisplay } from './number-format';
import type { SheetsPairs } from './pairs';
import { Protection } from './protection';
import type { Sheet } from './sheet';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT_COLOR = '#000000';

type RangeMethods =
  | 'activate'
  | 'applyColumnBanding'
  | 'applyRowBanding'
  | 'getBandings'
  | 'check'
  | 'isChecked'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createDeveloperMetadataFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getHorizontalAlignment'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWrap'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isStartRowBounded'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setWrap'
  | 'setWraps';

export interface RangeShape extends Rect {
  /** False for whole-column ranges like 'A:C' (and open-ended 'A2:C'). */
  readonly rowsBounded: boolean;
  /** False for whole-row ranges like '2:5'. */
  readonly columnsBounded: boolean;
  /** True for 'A2:C': the start row is given though the end is not. */
  readonly startRowBounded?: boolean;
}

/**
 * A rectangle of one sheet. Like Apps Script's, a Range is fixed coordinates: inserting rows does
 * not move a Range object the script already holds. Unbounded ranges ('A:C') reach the sheet's
 * current edge.
 */
export class Range implements Conform<GasRange, RangeMethods, SheetsPairs> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'Range');

  constructor(
    readonly sheet: Sheet,
    private readonly shape: RangeShape,
  ) {}

  // ---- geometry ----

  get rect(): Rect {
    return {
      row: this.shape.row,
      column: this.shape.column,
      numRows: this.getNumRows(),
      numColumns: this.getNumColumns(),
    };
  }

  getRow(): number {
    return this.shape.row;
  }
  getColumn(): number {
    return this.shape.column;
  }
  getNumRows(): number {
    return this.shape.rowsBounded
      ? this.shape.numRows
      : this.sheet.getMaxRows() - this.shape.row + 1;
  }
  getNumColumns(): number {
    return this.shape.columnsBounded
      ? this.shape.numColumns
      : this.sheet.getMaxColumns() - this.shape.column + 1;
  }
  getLastRow(): number {
    return this.shape.row + this.getNumRows() - 1;
  }
  getLastColumn(): number {
    return this.shape.column + this.getNumColumns() - 1;
  }
  isStartRowBounded(): boolean {
    return this.shape.rowsBounded || this.shape.startRowBounded === true;
  }
  getA1Notation(): string {
    return formatA1({
      ...this.rect,
      ...this.shape,
      numRows: this.getNumRows(),
      numColumns: this.getNumColumns(),
    });
  }
  getSheet(): Sheet {
    return this.sheet;
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.getNumRows() || column > this.getNumColumns()) {
      throw new Error(APPS_SCRIPT_ERRORS.outsideSheet);
    }
    return this.sheet.getRange(this.shape.row + row - 1, this.shape.column + column - 1);
  }
  activate(): Range {
    this.sheet.spreadsheet.setActiveRange(this);
    return this;
  }

  // ---- reading ----

  /** Reads one layer as a fresh 2-D array, mapping stored cells with `f`. */
  private read<T, U>(layer: Layer<T>, f: (v: T | undefined) => U): U[][] {
    const { row, column } = this.shape;
    const nr = this.getNumRows();
    const nc = this.getNumColumns();
    const out: U[][] = new Array<U[]>(nr);
    for (let i = 0; i < nr; i++) {
      const stored = layer.rows[row - 1 + i];
      const line = new Array<U>(nc);
      for (let j = 0; j < nc; j++)
        line[j] = f(stored === undefined ? undefined : stored[column - 1 + j]);
      out[i] = line;
    }
    return out;
  }

  private first<T>(layer: Layer<T>): T | undefined {
    return layer.get(this.shape.row - 1, this.shape.column - 1);
  }

  private get layers() {
    return this.sheet.layers;
  }

  getValues(): CellValue[][] {
    return this.read(this.layers.value, (v) => (v === undefined ? '' : copyCell(v)));
  }
  getValue(): CellValue {
    const v = this.first(this.layers.value);
    return v === undefined ? '' : copyCell(v);
  }
  getDisplayValues(): string[][] {
    const formats = this.read(this.layers.numberFormat, (f) => f);
    const ctx = this.sheet.spreadsheet.displayContext();
    return this.read(this.layers.value, (v) => v).map((line, i) =>
      line.map((v, j) => formatDisplay(v, formats[i][j], ctx)),
    );
  }
  getDisplayValue(): string {
    return formatDisplay(
      this.first(this.layers.value),
      this.first(this.layers.numberFormat),
      this.sheet.spreadsheet.displayContext(),
    );
  }
  getFormulas(): string[][] {
    return this.read(this.layers.formula, (f) => f ?? '');
  }
  getFormula(): string {
    return this.first(this.layers.formula) ?? '';
  }
  getNumberFormats(): string[][] {
    return this.read(this.layers.numberFormat, (f) => f ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.first(this.layers.numberFormat) ?? DEFAULT_NUMBER_FORMAT;
  }
  getBackgrounds(): string[][] {
    return this.read(this.layers.background, (c) => c ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return this.first(this.layers.background) ?? DEFAULT_BACKGROUND;
  }
  /** Deprecated in Apps Script (and absent from @types) but still answered by Sheets. */
  getFontColors(): string[][] {
    return this.read(this.layers.fontColor, (c) => c ?? DEFAULT_FONT_COLOR);
  }
  getFontColor(): string {
    return this.first(this.layers.fontColor) ?? DEFAULT_FONT_COLOR;
  }
  getFontWeights(): FontWeightValue[][] {
    return this.read(this.layers.fontWeight, (w) => w ?? 'normal');
  }
  getFontWeight(): FontWeightValue {
    return this.first(this.layers.fontWeight) ?? 'normal';
  }
  getNotes(): string[][] {
    return this.read(this.layers.note, (n) => n ?? '');
  }
  getNote(): string {
    return this.first(this.layers.note) ?? '';
  }
  getDataValidations(): Array<Array<DataValidation | null>> {
    return this.read(this.layers.validation, (v) => v ?? null);
  }
  getDataValidation(): DataValidation | null {
    return this.first(this.layers.validation) ?? null;
  }
  getHorizontalAlignment(): string {
    return alignmentName(this.first(this.layers.horizontalAlignment));
  }
  getWraps(): boolean[][] {
    return this.read(this.layers.wrap, (w) => w ?? false);
  }
  getWrap(): boolean {
    return this.first(this.layers.wrap) ?? false;
  }
  isBlank(): boolean {
    const blank = (v: unknown) => v === undefined || v === '';
    return (
      this.read(this.layers.value, blank).every((l) => l.every(Boolean)) &&
      this.read(this.layers.formula, blank).every((l) => l.every(Boolean))
    );
  }
  isChecked(): boolean | null {
    const checks = this.read(this.layers.validation, (v) => v);
    const values = this.getValues();
    let seen: boolean | null = null;
    for (let i = 0; i < checks.length; i++) {
      for (let j = 0; j < checks[i].length; j++) {
        const rule = checks[i][j];
        if (!rule || rule.criteriaName() !== 'CHECKBOX') return null;
        const checked = values[i][j] === rule.checkedValue();
        if (seen !== null && seen !== checked) return null;
        seen = checked;
      }
    }
    return seen;
  }

  // ---- writing ----

  private checkShape(data: unknown[][]): void {
    const nr = this.getNumRows();
    const nc = this.getNumColumns();
    if (data.length !== nr) throw new Error(APPS_SCRIPT_ERRORS.rowsMismatch(data.length, nr));
    for (const line of data) {
      if (line.length !== nc) throw new Error(APPS_SCRIPT_ERRORS.columnsMismatch(line.length, nc));
    }
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.getNumRows() }, () =>
      new Array<T>(this.getNumColumns()).fill(value),
    );
  }

  private write<T>(layer: Layer<T>, data: Array<Array<T | undefined>>): Range {
    this.checkShape(data);
    const r0 = this.shape.row - 1;
    const c0 = this.shape.column - 1;
    for (let i = 0; i < data.length; i++) {
      for (let j = 0; j < data[i].length; j++) layer.set(r0 + i, c0 + j, data[i][j]);
    }
    return this;
  }

  setValues(values: unknown[][]): Range {
    this.checkShape(values);
    this.sheet.writeEntries(this.shape.row, this.shape.column, values);
    return this;
  }
  setValue(value: unknown): Range {
    this.sheet.writeEntries(this.shape.row, this.shape.column, this.fill(value));
    return this;
  }
  setFormula(formula: string): Range {
    this.sheet.writeFormulas(this.shape.row, this.shape.column, this.fill(formula));
    return this;
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this.write(this.layers.numberFormat, numberFormats);
  }
  setNumberFormat(numberFormat: string): Range {
    return this.write(this.layers.numberFormat, this.fill(numberFormat));
  }
  setBackgrounds(color: Array<Array<string | null>>): Range {
    return this.write(
      this.layers.background,
      color.map((l) => l.map(normalizeColor)),
    );
  }
  setBackground(color: string | null): Range {
    return this.write(this.layers.background, this.fill(normalizeColor(color)));
  }
  setFontColors(colors: unknown[][]): Range {
    return this.write(
      this.layers.fontColor,
      colors.map((l) => l.map((c) => normalizeColor(c === null ? null : String(c)))),
    );
  }
  setFontColor(color: string | null): Range {
    return this.write(this.layers.fontColor, this.fill(normalizeColor(color)));
  }
  setFontWeights(fontWeights: Array<Array<FontWeightValue | null>>): Range {
    return this.write(
      this.layers.fontWeight,
      fontWeights.map((l) => l.map(weight)),
    );
  }
  setFontWeight(fontWeight: FontWeightValue | null): Range {
    return this.write(this.layers.fontWeight, this.fill(weight(fontWeight)));
  }
  setNotes(notes: Array<Array<string | null>>): Range {
    return this.write(
      this.layers.note,
      notes.map((l) => l.map(note)),
    );
  }
  setNote(text: string | null): Range {
    return this.write(this.layers.note, this.fill(note(text)));
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.write(this.layers.wrap, isWrapEnabled);
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.write(this.layers.wrap, this.fill(isWrapEnabled));
  }
  setDataValidations(
    rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | DataValidation | null>>,
  ): Range {
    return this.write(
      this.layers.validation,
      rules.map((l) => l.map((r) => (r === null ? undefined : asDataValidation(r)))),
    );
  }
  setDataValidation(
    rule: GoogleAppsScript.Spreadsheet.DataValidation | DataValidation | null,
  ): Range {
    return this.write(
      this.layers.validation,
      this.fill(rule === null ? undefined : asDataValidation(rule)),
    );
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range {
    const builder = new DataValidationBuilder();
    if (checkedValue === undefined) builder.requireCheckbox();
    else if (uncheckedValue === undefined) builder.requireCheckbox(checkedValue);
    else builder.requireCheckbox(checkedValue, uncheckedValue);
    const rule = builder.build();
    this.write(this.layers.validation, this.fill(rule));
    // Fresh checkboxes read as unchecked.
    const unchecked = rule.uncheckedValue();
    const values = this.getValues().map((l) => l.map((v) => (v === '' ? unchecked : v)));
    return this.setValues(values);
  }
  check(): Range {
    return this.setChecked(true);
  }
  private setChecked(checked: boolean): Range {
    const rules = this.read(this.layers.validation, (v) => v);
    const values = this.getValues().map((l, i) =>
      l.map((v, j) => {
        const rule = rules[i][j];
        if (!rule || rule.criteriaName() !== 'CHECKBOX') return v;
        return checked ? rule.checkedValue() : rule.uncheckedValue();
      }),
    );
    return this.setValues(values);
  }

  clearContent(): Range {
    const { row, column } = this.shape;
    this.layers.value.clearRect(row - 1, column - 1, this.getNumRows(), this.getNumColumns());
    this.layers.formula.clearRect(row - 1, column - 1, this.getNumRows(), this.getNumColumns());
    return this;
  }
  clearFormat(): Range {
    const { row, column } = this.shape;
    for (const name of FORMAT_LAYERS) {
      this.layers[name].clearRect(row - 1, column - 1, this.getNumRows(), this.getNumColumns());
    }
    return this;
  }
  clearNote(): Range {
    const { row, column } = this.shape;
    this.layers.note.clearRect(row - 1, column - 1, this.getNumRows(), this.getNumColumns());
    return this;
  }
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): Range {
    const only = options && (options.contentsOnly || options.formatOnly || options.validationsOnly);
    if (!only || options?.contentsOnly) this.clearContent();
    if (!only || options?.formatOnly) this.clearFormat();
    if (!only || options?.validationsOnly) this.clearDataValidations();
    return this;
  }

  // ---- banding ----

  /** Header row and no footer unless told otherwise, as Apps Script documents. */
  applyRowBanding(
    bandingTheme?: GoogleAppsScript.Spreadsheet.BandingTheme,
    showHeader = true,
    showFooter = false,
  ): Banding {
    return Banding.add(
      this.sheet,
      this.rect,
      themeColors(bandingTheme, 'Row', showHeader, showFooter),
    );
  }
  applyColumnBanding(
    bandingTheme?: GoogleAppsScript.Spreadsheet.BandingTheme,
    showHeader = true,
    showFooter = false,
  ): Banding {
    return Banding.add(
      this.sheet,
      this.rect,
      themeColors(bandingTheme, 'Column', showHeader, showFooter),
    );
  }
  /** Every banding touching any cell of this range. */
  getBandings(): Banding[] {
    return this.sheet.state.bandings.filter((b) => intersects(b.rect, this.rect));
  }

  // ---- protection & metadata ----

  protect(): Protection {
    return this.sheet.spreadsheet.addProtection(Protection.forRange(this.sheet, this.rect));
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Range {
    this.sheet.spreadsheet.metadata.addToRange(this, key, valueOrVisibility, visibility);
    return this;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.sheet.spreadsheet.metadata, (intersecting) =>
      this.sheet.spreadsheet.metadata.onRange(this, intersecting),
    );
  }
}

function weight(w: FontWeightValue | null): FontWeightValue | undefined {
  if (w === null || w === undefined) return undefined;
  return enumName(w) === 'bold' ? 'bold' : 'normal';
}

function note(text: string | null): string | undefined {
  return text === null || text === undefined || text === '' ? undefined : String(text);
}

function alignmentName(a: HorizontalAlignment | undefined): string {
  if (a === undefined || a === 'normal') return 'general';
  return a === 'left' ? 'general-left' : a === 'right' ? 'general-right' : 'center';
}
