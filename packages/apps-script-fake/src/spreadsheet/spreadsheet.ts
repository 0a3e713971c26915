import type { CellValue } from '../cell-value';
import { syntaxFor, type FormulaParsing, type FormulaSyntax } from './formula-syntax';
import { parseA1 } from '../a1';
import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import type { Banding } from './banding';
import { enumName } from '../values';
import type { World, WorldSettings } from '../world';
import { shiftRect, type StructuralChange } from './grid';
import type { EntryContext } from './input';
import { DeveloperMetadataFinder, MetadataRegistry } from './metadata';
import type { DisplayContext } from './number-format';
import type { SheetsPairs } from './pairs';
import type { Protection } from './protection';
import { Range } from './range';
import { Sheet, type CellInput } from './sheet';
import type { SheetSnapshot } from './snapshot';
import type { UiLog } from './ui';

/** Sheets' per-spreadsheet limit, counting every sheet's maxRows × maxColumns. */
export const CELL_LIMIT = 10_000_000;
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

type SpreadsheetMethods =
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'deleteSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getBandings'
  | 'getDataRange'
  | 'getId'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getName'
  | 'getNumSheets'
  | 'getProtections'
  | 'getRange'
  | 'getSheetByName'
  | 'getSheetValues'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'rename'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export interface SpreadsheetInit {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
}

export class Spreadsheet implements Conform<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  SpreadsheetMethods,
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'Spreadsheet');

  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly sheets: Sheet[] = [];
  readonly metadata = new MetadataRegistry(this);
  protections: Protection[] = [];
  private activeSheet: Sheet | null = null;
  private activeRange: Range | null = null;
  private sheetsCreated = 0;
  /**
   * Which syntax formulas handed to Apps Script are parsed in: Google does not document it, so
   * tests run the add-on under both (see formula-syntax.ts). The spreadsheet locale's syntax by
   * default: it is the one that breaks en_US formulas in a fr_FR or de_DE spreadsheet.
   */
  formulaParsing: FormulaParsing = 'spreadsheet-locale';

  constructor(
    readonly world: World,
    readonly ui: UiLog,
    init: SpreadsheetInit,
  ) {
    this.id = init.id;
    this.name = init.name;
    this.timeZone = init.timeZone;
    this.locale = init.locale;
  }

  get settings(): WorldSettings {
    return this.world.settings;
  }

  /** The syntax a formula written by a script must follow in this spreadsheet. */
  formulaSyntax(): FormulaSyntax {
    return syntaxFor(this.locale, this.formulaParsing);
  }

  displayContext(): DisplayContext & EntryContext {
    return { timeZone: this.timeZone, locale: this.locale };
  }

  // ---- identity & settings ----

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  // ---- sheets ----

  getSheets(): Sheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  indexOf(sheet: Sheet): number {
    return this.sheets.indexOf(sheet);
  }

  assertNameFree(name: string, except?: Sheet): void {
    if (this.sheets.some((s) => s !== except && s.getName().toLowerCase() === name.toLowerCase())) {
      throw new Error(APPS_SCRIPT_ERRORS.sheetExists(name));
    }
  }

  ensureCapacity(extraCells: number): void {
    const used = this.sheets.reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    if (used + extraCells > CELL_LIMIT) throw new Error(APPS_SCRIPT_ERRORS.cellLimit(CELL_LIMIT));
  }

  /** Adds a sheet at a 0-based position (end by default) without activating it. */
  addSheet(name: string, index?: number, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): Sheet {
    this.assertNameFree(name);
    this.ensureCapacity(rows * columns);
    const id = this.sheetsCreated++ === 0 ? 0 : this.nextSheetId();
    const sheet = new Sheet(this, id, name, rows, columns);
    const at =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  private nextSheetId(): number {
    // The first sheet of a new spreadsheet is gid 0; later ones get large pseudo-random ids.
    return this.world.ids.scrambled('sheet', 2_000_000_000) + 1;
  }

  private defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.getSheetByName(name)) return name;
    }
  }

  insertSheet(...args: unknown[]): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
    }
    const sheet = this.addSheet(name ?? this.defaultSheetName(), index);
    this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | Sheet): void {
    const s = sheet as Sheet;
    if (this.sheets.length === 1) throw new Error(APPS_SCRIPT_ERRORS.removeAllSheets);
    const i = this.sheets.indexOf(s);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    this.metadata.removeSheet(s);
    this.protections = this.protections.filter((p) => p.sheet !== s);
    if (this.activeSheet === s) this.activeSheet = this.sheets[Math.max(0, i - 1)];
    if (this.activeRange?.sheet === s) this.activeRange = null;
  }

  getActiveSheet(): Sheet {
    if (!this.activeSheet) this.activeSheet = this.sheets[0];
    return this.activeSheet;
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | Sheet): Sheet {
    const s = sheet as Sheet;
    if (this.sheets.includes(s)) this.activeSheet = s;
    return s;
  }
  getActiveRange(): Range | null {
    return this.activeRange;
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range | Range): Range {
    if (!(range instanceof Range)) throw new Error(APPS_SCRIPT_ERRORS.invalidArgument('range'));
    this.activeRange = range;
    this.activeSheet = range.sheet;
    return range;
  }

  // ---- ranges ----

  /** 'Sheet'!A1 notation; without a sheet name, the active sheet. */
  getRange(a1Notation: string): Range {
    const ref = parseA1(a1Notation);
    const sheet =
      ref.sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheetName);
    if (!sheet) throw new Error(APPS_SCRIPT_ERRORS.rangeNotFound);
    const bang = a1Notation.lastIndexOf('!');
    return sheet.getRange(ref.sheetName === undefined ? a1Notation : a1Notation.slice(bang + 1));
  }
  /** Bandings of every sheet, in sheet order. */
  getBandings(): Banding[] {
    return this.sheets.flatMap((s) => s.getBandings());
  }
  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): CellValue[][] {
    return this.getActiveSheet().getSheetValues(startRow, startColumn, numRows, numColumns);
  }

  // ---- protections & metadata ----

  addProtection(p: Protection): Protection {
    this.protections.push(p);
    return p;
  }
  removeProtection(p: Protection): void {
    this.protections = this.protections.filter((x) => x !== p);
  }
  shiftProtections(sheet: Sheet, change: StructuralChange): void {
    this.protections = this.protections.filter((p) => {
      if (p.sheet !== sheet || !p.rect) return true;
      const moved = shiftRect(p.rect, change);
      if (!moved) return false;
      p.rect = moved;
      return true;
    });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    const name = enumName(type);
    return this.protections.filter((p) => p.type === name);
  }
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: unknown,
    visibility?: unknown,
  ): Spreadsheet {
    this.metadata.add({ type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.metadata, () => [...this.metadata.entries]);
  }

  // ---- test harness (not Apps Script) ----

  /**
   * Adds a sheet holding `rows` verbatim (Dates stay Dates, strings stay strings). The sheet is at
   * least Sheets' default 1000 × 26, larger if the grid needs it.
   */
  addSheetFromGrid(
    name: string,
    rows: ReadonlyArray<ReadonlyArray<CellInput>>,
    options: { maxRows?: number; maxColumns?: number; index?: number } = {},
  ): Sheet {
    const width = Math.max(0, ...rows.map((r) => r.length));
    const sheet = this.addSheet(
      name,
      options.index,
      options.maxRows ?? Math.max(DEFAULT_ROWS, rows.length),
      options.maxColumns ?? Math.max(DEFAULT_COLUMNS, width),
    );
    return sheet.loadGrid(rows);
  }

  /** The sheet with this name; throws when there is none (tests want a loud failure). */
  sheet(name: string): Sheet {
    const s = this.getSheetByName(name);
    if (!s) throw new Error(`No sheet named "${name}"`);
    return s;
  }

  snapshot(): SheetSnapshot[] {
    return this.sheets.map((s) => s.snapshot());
  }
}
