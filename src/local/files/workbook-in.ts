/**
 * .xlsx / .csv → the in-memory spreadsheet, with what a user sees in Sheets after an import:
 * values (dates at local midnight of the spreadsheet's zone, as read-grid.ts reads them),
 * formulas with their cached results, number formats, fills, font colours and weights,
 * alignment, wrapping, notes, simple data validations, frozen panes, column widths, row heights,
 * hidden rows, columns and sheets, tab colours. Conditional formats are not read (the add-on
 * writes its own on refresh).
 */
import ExcelJS from 'exceljs';
import path from 'path';
import type { CellValue } from '../../core/types';
import {
  type AppsScriptEnvironment,
  type HorizontalAlignment,
  normalizeColor,
  type DataValidation,
  type CellInput,
  type Sheet,
  type Spreadsheet,
} from '@cadence/apps-script-fake';
import { columnNumber } from '../../core/text';
import { excelColorToHex } from './excel-colors';
import { markErrorCell } from './excel-errors';
import { excelToSheetsFormat } from './excel-number-formats';
import { importValidation, worksheetValidations } from './excel-validation';
import { columnWidthToPixels, rowHeightToPixels } from './excel-sizes';
import { excelCell, InputError, openXlsx, readCsvFile } from './read-grid';

export interface LoadOptions {
  /** The spreadsheet's time zone: dates land on the same calendar day there. */
  readonly timeZone: string;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

function cellInput(cell: ExcelJS.Cell, timeZone: string): CellInput {
  const value = cell.value;
  const isFormula =
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    ('formula' in value || 'sharedFormula' in value);
  const result = excelCell(value, timeZone);
  return isFormula && cell.formula ? { formula: `=${cell.formula}`, value: result } : result;
}

function noteText(note: string | ExcelJS.Comment | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note === '' ? undefined : note;
  const text = (note.texts ?? []).map((t) => t.text).join('');
  return text === '' ? undefined : text;
}

function alignment(cell: ExcelJS.Cell): HorizontalAlignment | undefined {
  switch (cell.alignment?.horizontal) {
    case 'left':
      return 'left';
    case 'center':
    case 'centerContinuous':
      return 'center';
    case 'right':
      return 'right';
    default:
      return undefined;
  }
}

function fillColor(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return normalizeColor(excelColorToHex(fill.fgColor));
}

/** Black is the default font colour: storing it would make every cell look "formatted". */
function fontColor(font: Partial<ExcelJS.Font> | undefined): string | undefined {
  const hex = normalizeColor(excelColorToHex(font?.color));
  return hex === '#000000' ? undefined : hex;
}

/** Copies one cell's formatting into the sheet's layers (0-based coordinates). */
function copyFormat(sheet: Sheet, r: number, c: number, cell: ExcelJS.Cell, locale: string): void {
  const L = sheet.layers;
  L.numberFormat.set(r, c, excelToSheetsFormat(cell.numFmt, locale));
  L.background.set(r, c, fillColor(cell.fill));
  L.fontColor.set(r, c, fontColor(cell.font));
  L.fontWeight.set(r, c, cell.font?.bold ? 'bold' : undefined);
  L.horizontalAlignment.set(r, c, alignment(cell));
  L.wrap.set(r, c, cell.alignment?.wrapText ? true : undefined);
  L.note.set(r, c, noteText(cell.note));
}

const CELL_OR_RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

/**
 * Validations can sit on cells that hold nothing else (a dropdown column below the data), which
 * the cell loop never visits: they are read from the worksheet's validation model.
 */
function copyValidations(sheet: Sheet, ws: ExcelJS.Worksheet, timeZone: string): void {
  // The reader hands every cell of one <dataValidation> the same object: convert each once.
  const rules = new Map<ExcelJS.DataValidation, DataValidation | undefined>();
  for (const [address, dv] of Object.entries(worksheetValidations(ws).model)) {
    const m = CELL_OR_RANGE.exec(address);
    if (!dv || !m) continue;
    if (!rules.has(dv)) rules.set(dv, importValidation(dv, timeZone));
    const rule = rules.get(dv);
    if (!rule) continue;
    const top = Number(m[2]);
    const left = columnNumber(m[1]);
    const bottom = m[4] === undefined ? top : Number(m[4]);
    const right = m[3] === undefined ? left : columnNumber(m[3]);
    if (bottom > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), bottom - sheet.getMaxRows());
    if (right > sheet.getMaxColumns()) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), right - sheet.getMaxColumns());
    }
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) sheet.layers.validation.set(r - 1, c - 1, rule);
    }
  }
}

function copyWorksheet(ss: Spreadsheet, ws: ExcelJS.Worksheet, timeZone: string): Sheet {
  const numRows = ws.rowCount;
  // Columns sized beyond the last used cell still carry their widths.
  const numColumns = Math.max(
    ws.actualColumnCount === 0 ? 0 : ws.columnCount,
    ws.columns?.length ?? 0,
  );
  const sheet = ss.addSheet(
    ws.name,
    undefined,
    Math.max(DEFAULT_ROWS, numRows),
    Math.max(DEFAULT_COLUMNS, numColumns),
  );
  const locale = ss.getSpreadsheetLocale();
  const grid: CellInput[][] = [];
  for (let r = 1; r <= numRows; r++) {
    const row = ws.findRow(r);
    const line: CellInput[] = [];
    grid.push(line);
    if (!row) continue;
    if (row.height !== undefined && row.height !== null) {
      sheet.setRowHeight(r, rowHeightToPixels(row.height));
    }
    if (row.hidden) sheet.hideRows(r);
    const cellCount = row.cellCount;
    for (let c = 1; c <= cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      line[c - 1] = cellInput(cell, timeZone);
      if (cell.type === ExcelJS.ValueType.Error)
        markErrorCell(sheet, r - 1, c - 1, line[c - 1] as string);
      copyFormat(sheet, r - 1, c - 1, cell, locale);
    }
  }
  sheet.loadGrid(grid);
  copyValidations(sheet, ws, timeZone);
  for (let c = 1; c <= numColumns; c++) {
    const column = ws.getColumn(c);
    if (column.width !== undefined) sheet.setColumnWidth(c, columnWidthToPixels(column.width));
    if (column.hidden) sheet.hideColumns(c);
  }
  const view = ws.views?.[0];
  if (view?.state === 'frozen') {
    sheet.setFrozenRows(view.ySplit ?? 0);
    sheet.setFrozenColumns(view.xSplit ?? 0);
  }
  const tab = normalizeColor(excelColorToHex(ws.properties?.tabColor));
  if (tab) sheet.setTabColor(tab);
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hideSheet();
  return sheet;
}

/**
 * createAppsScript starts with an empty 'Sheet1', as a new Google spreadsheet does. A workbook
 * that brings its own sheets replaces it; renaming it first frees the name for a workbook sheet
 * also called 'Sheet1'.
 */
function placeholderSheet(ss: Spreadsheet): Sheet | undefined {
  const sheets = ss.getSheets();
  if (sheets.length !== 1) return undefined;
  const only = sheets[0];
  const empty = only.snapshot().numRows === 0 && only.state.rules.length === 0;
  if (only.getName() !== 'Sheet1' || !empty) return undefined;
  only.setName(`Sheet1 (placeholder ${only.getSheetId()})`);
  return only;
}

function dropPlaceholder(ss: Spreadsheet, placeholder: Sheet | undefined): void {
  if (!placeholder) return;
  if (ss.getNumSheets() > 1) ss.deleteSheet(placeholder);
  else placeholder.setName('Sheet1');
}

async function readCsv(file: string): Promise<CellValue[][]> {
  return (await readCsvFile(file)).rows;
}

/**
 * Loads every sheet of an .xlsx (or a .csv as one sheet named after the file) into
 * env.spreadsheet, in workbook order, and sets the spreadsheet's time zone. Harness-level:
 * no Apps Script call is counted.
 */
export async function loadWorkbookInto(
  env: AppsScriptEnvironment,
  file: string,
  options: LoadOptions,
): Promise<void> {
  const ss = env.spreadsheet;
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new InputError(`${file}: expected a .xlsx or .csv file`);
  }
  ss.setSpreadsheetTimeZone(options.timeZone);
  if (ext === '.csv') {
    const rows = await readCsv(file);
    const placeholder = placeholderSheet(ss);
    ss.addSheetFromGrid(path.basename(file, path.extname(file)), rows);
    dropPlaceholder(ss, placeholder);
    return;
  }
  const workbook = await openXlsx(file);
  const placeholder = placeholderSheet(ss);
  const sheets = workbook.worksheets.map((ws) => copyWorksheet(ss, ws, options.timeZone));
  dropPlaceholder(ss, placeholder);
  const active = sheets[workbook.views?.[0]?.activeTab ?? 0] ?? sheets[0];
  if (active) ss.setActiveSheet(active);
}

/**
 * Adds a CSV file as one more sheet (e.g. examples/touches.csv as "Touches"). Cells stay text, as
 * read-grid.ts reads CSV: the engine parses numbers and dates itself, as it must for Sheets text.
 */
export async function addCsvSheet(
  env: AppsScriptEnvironment,
  name: string,
  file: string,
): Promise<Sheet> {
  const rows = await readCsv(file);
  return env.spreadsheet.addSheetFromGrid(name, rows);
}
