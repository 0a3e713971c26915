/**
 * The in-memory spreadsheet → .xlsx, so a workbook the add-on formatted opens in Excel or
 * LibreOffice looking as it does in Sheets: every sheet in order, values (dates as Excel dates on
 * the same calendar day as in the spreadsheet's zone), formulas with their cached results, number
 * formats, fills, font colours and weights, alignment, wrapping, notes, frozen panes, data
 * validation, conditional formats, column widths, row heights, hidden rows/columns/sheets and tab
 * colours. Text is always written as text: a string starting with '=' never becomes a formula.
 * Sheets-only formulas (SPARKLINE…) are written as their last result (see excel-formulas.ts).
 * Written with exceljs's streaming writer, row by row: a big sheet is never held a second time.
 */
import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'fs/promises';
import path from 'path';
import { PassThrough } from 'stream';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import { a1 } from '../../core/text';
import type { CellValue } from '../../core/types';
import {
  type AppsScriptEnvironment,
  formatA1,
  allLayers,
  type DataValidation,
  type Rect,
  Range,
  type Sheet,
  isDate,
} from '@cadence/apps-script-fake';
import { hexToArgb } from './excel-colors';
import { conditionFormula, conditionStyle } from './excel-conditional';
import { isMidnight, zoneToWallClock } from './excel-dates';
import { isImportedError } from './excel-errors';
import { isErrorValue, isSheetsOnlyFormula, textSparkline } from './excel-formulas';
import { sheetsToExcelFormat } from './excel-number-formats';
import { excelSheetName } from './excel-sheet-names';
import { pixelsToColumnWidth, pixelsToRowHeight } from './excel-sizes';
import { exportValidation, worksheetValidations } from './excel-validation';

/** Sheets' default column width and row height, so unsized lines look the same in Excel. */
const SHEETS_COLUMN_PX = 100;
const SHEETS_ROW_PX = 21;
/** Automatic-format dates render like this in Excel (an unformatted serial would show a number). */
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
/** Sheets' default font is Arial 10; Excel's Calibri 11 keeps exceljs's default font 0. */
const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2 };

function rectA1(rect: Rect): string {
  return formatA1({ ...rect, rowsBounded: true, columnsBounded: true });
}

function excelValue(value: CellValue, timeZone: string): ExcelJS.CellValue {
  return isDate(value) ? zoneToWallClock(value, timeZone) : value;
}

function defaultDateFormat(value: CellValue | undefined, timeZone: string): string | undefined {
  if (!isDate(value)) return undefined;
  return isMidnight(zoneToWallClock(value, timeZone)) ? DATE_FORMAT : DATE_TIME_FORMAT;
}

/** One shared style object per distinct look: exceljs then resolves each look once. */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  readonly plain: Partial<ExcelJS.Style> = {};

  get(
    numFmt: string | undefined,
    background: string | undefined,
    fontColor: string | undefined,
    bold: boolean,
    horizontal: string | undefined,
    wrap: boolean,
  ): Partial<ExcelJS.Style> {
    const key = `${numFmt ?? ''}\u0000${background ?? ''}\u0000${fontColor ?? ''}\u0000${bold}\u0000${horizontal ?? ''}\u0000${wrap}`;
    let style = this.styles.get(key);
    if (style) return style;
    style = {};
    if (numFmt !== undefined) style.numFmt = numFmt;
    const fill = hexToArgb(background);
    if (fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    const color = hexToArgb(fontColor);
    if (bold || color) {
      style.font = {
        ...BASE_FONT,
        ...(bold ? { bold: true } : {}),
        ...(color ? { color: { argb: color } } : {}),
      };
    }
    if (horizontal !== undefined || wrap) {
      style.alignment = {
        ...(horizontal !== undefined
          ? { horizontal: horizontal as ExcelJS.Alignment['horizontal'] }
          : {}),
        ...(wrap ? { wrapText: true } : {}),
      };
    }
    this.styles.set(key, style);
    return style;
  }
}

/**
 * The streaming writer's sheet: rows go out as they are committed, so a 50,000-row sheet is
 * never held twice (once in the spreadsheet, once as exceljs cells) — the whole-model writer
 * peaked at gigabytes there. Rows must be written top to bottom, columns before the first row.
 */
type StreamSheet = ExcelJS.Worksheet & { commit(): void };

function writeCells(ws: StreamSheet, sheet: Sheet, timeZone: string): void {
  const L = sheet.layers;
  const layers = allLayers(L);
  const s = sheet.state;
  const numRows = Math.max(...layers.map((l) => l.lastRow()));
  const numColumns = Math.max(...layers.map((l) => l.lastColumn()));
  const sizedRows = Math.max(0, ...s.rowHeights.keys(), ...s.hiddenRows);
  const styles = new StyleCache();
  for (let r = 0; r < Math.max(numRows, sizedRows); r++) {
    const height = s.rowHeights.get(r + 1);
    const hidden = s.hiddenRows.has(r + 1);
    const hasCells = r < numRows && layers.some((layer) => layer.rows[r] !== undefined);
    if (!hasCells && height === undefined && !hidden) continue;
    const row = ws.getRow(r + 1);
    if (height !== undefined) row.height = pixelsToRowHeight(height);
    if (hidden) {
      row.hidden = true;
      // exceljs leaves out rows with neither cells nor a height, and the hidden flag with them.
      if (!row.height) row.height = pixelsToRowHeight(sheet.getRowHeight(r + 1));
    }
    if (hasCells) writeRowCells(row, sheet, r, numColumns, styles, timeZone);
    row.commit();
  }
}

function writeRowCells(
  row: ExcelJS.Row,
  sheet: Sheet,
  r: number,
  numColumns: number,
  styles: StyleCache,
  timeZone: string,
): void {
  const L = sheet.layers;
  const values = L.value.rows[r];
  const formulas = L.formula.rows[r];
  const formats = L.numberFormat.rows[r];
  const backgrounds = L.background.rows[r];
  const fontColors = L.fontColor.rows[r];
  const weights = L.fontWeight.rows[r];
  const aligns = L.horizontalAlignment.rows[r];
  const wraps = L.wrap.rows[r];
  const notes = L.note.rows[r];
  let styledOnly = false;
  for (let c = 0; c < numColumns; c++) {
    const value = values?.[c];
    const formula = formulas?.[c];
    const format = formats?.[c];
    const background = backgrounds?.[c];
    const fontColor = fontColors?.[c];
    const bold = weights?.[c] === 'bold';
    const align = aligns?.[c];
    const wrap = wraps?.[c] === true;
    const note = notes?.[c];
    if (
      value === undefined &&
      formula === undefined &&
      format === undefined &&
      background === undefined &&
      fontColor === undefined &&
      !bold &&
      align === undefined &&
      !wrap &&
      note === undefined
    ) {
      continue;
    }
    const cell = row.getCell(c + 1);
    const numFmt = sheetsToExcelFormat(format) ?? defaultDateFormat(value, timeZone);
    const horizontal = align === 'normal' ? undefined : align;
    cell.style = styles.get(numFmt, background, fontColor, bold, horizontal, wrap);
    if (formula !== undefined && !isSheetsOnlyFormula(formula)) {
      const result = value === undefined ? undefined : excelValue(value, timeZone);
      cell.value = {
        formula: formula.replace(/^=/, ''),
        ...(result === undefined
          ? {}
          : { result: isErrorValue(result) ? { error: result as ExcelJS.ErrorValue } : result }),
      } as ExcelJS.CellFormulaValue;
    } else if (formula !== undefined && textSparkline(formula) !== null) {
      cell.value = textSparkline(formula);
    } else if (isErrorValue(value) && isImportedError(sheet, r, c, value)) {
      // An error cell of the user's file (#N/A…) is held as its text, as getValues gives it;
      // it goes back as an error, never as the text "#N/A".
      cell.value = { error: value as ExcelJS.ErrorValue };
    } else if (value !== undefined) {
      // Strings go in as shared strings, never parsed: '=1+1' typed as text stays text.
      cell.value = excelValue(value, timeZone);
    } else {
      styledOnly = true;
    }
    if (note !== undefined) cell.note = note;
  }
  // The streaming writer skips a row whose cells hold no value; a row of formatted blanks (a
  // filled header gap) is written as the whole-workbook writer writes it.
  if (styledOnly && !row.hasValues) Object.defineProperty(row, 'hasValues', { value: true });
}

function validationKey(rule: DataValidation): string {
  const s = rule.spec;
  const values = s.values.map((v) => {
    if (v instanceof Range) return `${v.getSheet().getSheetId()}!${v.getA1Notation()}`;
    if (isDate(v)) return `@${v.getTime()}`;
    return JSON.stringify(v);
  });
  return `${s.criteria}|${s.allowInvalid}|${s.helpText ?? ''}|${values.join('|')}`;
}

/** Vertical runs of one rule per column become one validation each ('C2:C500'). */
function writeValidations(ws: ExcelJS.Worksheet, sheet: Sheet, timeZone: string): void {
  const layer = sheet.layers.validation;
  const numRows = layer.lastRow();
  const numColumns = layer.lastColumn();
  const keys = new Map<DataValidation, string>();
  const keyOf = (rule: DataValidation): string => {
    let key = keys.get(rule);
    if (key === undefined) {
      key = validationKey(rule);
      keys.set(rule, key);
    }
    return key;
  };
  for (let c = 0; c < numColumns; c++) {
    let start = -1;
    let current: DataValidation | undefined;
    const flush = (end: number): void => {
      if (current === undefined) return;
      const topLeft = a1(start, c);
      const dv = exportValidation(current.spec, topLeft, timeZone);
      if (dv) worksheetValidations(ws).add(end > start ? `${topLeft}:${a1(end, c)}` : topLeft, dv);
    };
    for (let r = 0; r <= numRows; r++) {
      const rule = r < numRows ? layer.get(r, c) : undefined;
      const same =
        rule !== undefined &&
        current !== undefined &&
        (rule === current || keyOf(rule) === keyOf(current));
      if (same) continue;
      flush(r - 1);
      current = rule;
      start = r;
    }
  }
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, sheet: Sheet, timeZone: string): void {
  sheet.state.rules.forEach((rule, i) => {
    const condition = rule.condition;
    const first = rule.ranges[0];
    if (!condition || !first) return;
    const topLeft = a1(first.rect.row - 1, first.rect.column - 1);
    const formula = conditionFormula(condition, topLeft, timeZone);
    if (formula === undefined) return;
    ws.addConditionalFormatting({
      ref: rule.ranges.map((t) => rectA1(t.rect)).join(' '),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [formula],
          style: conditionStyle(condition),
        },
      ],
    });
  });
}

/** Column widths and hidden columns; row heights and hidden rows go with their rows. */
function writeColumns(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  const s = sheet.state;
  for (const [c, px] of s.columnWidths) ws.getColumn(c).width = pixelsToColumnWidth(px);
  for (const c of s.hiddenColumns) ws.getColumn(c).hidden = true;
}

function addWorksheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: Sheet,
  timeZone: string,
  taken: Set<string>,
): void {
  const s = sheet.state;
  const name = excelSheetName(s.name, taken);
  taken.add(name.toLowerCase());
  const frozen = s.frozenRows > 0 || s.frozenColumns > 0;
  const tabColor = hexToArgb(s.tabColor);
  const ws = wb.addWorksheet(name, {
    state: s.hidden ? 'hidden' : 'visible',
    properties: {
      defaultColWidth: pixelsToColumnWidth(SHEETS_COLUMN_PX),
      defaultRowHeight: pixelsToRowHeight(SHEETS_ROW_PX),
      ...(tabColor ? { tabColor: { argb: tabColor } } : {}),
    },
    views: frozen
      ? [
          {
            state: 'frozen',
            xSplit: s.frozenColumns,
            ySplit: s.frozenRows,
            topLeftCell: a1(s.frozenRows, s.frozenColumns),
          },
        ]
      : [],
  }) as StreamSheet;
  writeColumns(ws, sheet);
  writeCells(ws, sheet, timeZone);
  writeValidations(ws, sheet, timeZone);
  writeConditionalFormats(ws, sheet, timeZone);
  ws.commit();
}

/**
 * The streaming writer leaves the workbook's calculation properties empty; formulas the add-on
 * wrote have no cached result in memory, so Excel must compute them on open (fullCalcOnLoad).
 */
function writeWorkbookPart(wb: ExcelJS.stream.xlsx.WorkbookWriter): Promise<void> {
  const writer = wb as unknown as StreamWorkbookInternals;
  const model = {
    worksheets: writer._worksheets.filter(Boolean),
    definedNames: writer._definedNames.model,
    views: writer.views,
    properties: {},
    calcProperties: { fullCalcOnLoad: true },
  };
  const xform = new WorkbookXform();
  xform.prepare(model);
  writer.zip.append(xform.toXml(model), { name: '/xl/workbook.xml' });
  return Promise.resolve();
}

/** What writeWorkbookPart reads of exceljs's WorkbookWriter, which its typings do not expose. */
interface StreamWorkbookInternals {
  readonly _worksheets: unknown[];
  readonly _definedNames: { readonly model: unknown };
  readonly views: unknown[];
  readonly zip: { append(data: string, options: { name: string }): void };
  addWorkbook(): Promise<void>;
}

/** The spreadsheet as .xlsx bytes (for a download or a test). */
export async function workbookBuffer(env: AppsScriptEnvironment): Promise<Buffer> {
  const ss = env.spreadsheet;
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = 'Cadence';
  (wb as unknown as StreamWorkbookInternals).addWorkbook = () => writeWorkbookPart(wb);
  const timeZone = ss.getSpreadsheetTimeZone();
  const taken = new Set<string>();
  for (const sheet of ss.getSheets()) addWorksheet(wb, sheet, timeZone, taken);
  const active = ss.getActiveSheet();
  (wb as unknown as { views: unknown[] }).views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(0, ss.indexOf(active)),
      visibility: 'visible',
    },
  ];
  await wb.commit();
  return Buffer.concat(chunks);
}

/** Writes the spreadsheet to `file` (.xlsx), creating its folder if needed. */
export async function saveWorkbook(env: AppsScriptEnvironment, file: string): Promise<void> {
  const buffer = await workbookBuffer(env);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, buffer);
}
