/**
 * One sheet as the page draws it: displayed text (the in-memory getDisplayValues), formats,
 * conditional formatting already applied, notes, frozen panes and column widths.
 */
import type { CellValue } from '../../core/types';
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { conditionalStyles } from './conditional';
import { numberFormatColor } from './format-color';
import type { CellView, SheetView } from './view-types';

/** Enough for any review sheet; a long Touches export shows its first rows. */
export const MAX_VIEW_ROWS = 3000;
const DEFAULT_WIDTH = 100;
const MIN_COLUMNS = 8;
const MIN_ROWS = 30;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function defaultAlignment(v: CellValue): CellView['a'] | undefined {
  if (typeof v === 'number' || v instanceof Date) return 'right';
  if (typeof v === 'boolean') return 'center';
  return undefined;
}

const SPARKLINE_RANGE = /^=SPARKLINE\(\s*'((?:[^']|'')+)'!([A-Z]+\d+:[A-Z]+\d+)\s*\)$/i;

/**
 * `=SPARKLINE('Review · Δ'!K5:P5)` as the page draws it: the series read from that range and
 * handed over as `=SPARKLINE({…})`, the shape the page's sparkline renderer reads.
 */
function sparklineOfRange(env: AppsScriptEnvironment, formula: string): string | null {
  const m = SPARKLINE_RANGE.exec(formula);
  const sheet = m ? env.spreadsheet.getSheetByName(m[1].replace(/''/g, "'")) : null;
  if (!m || !sheet) return null;
  const points = sheet
    .getRange(m[2])
    .getValues()[0]
    .filter((v): v is number => typeof v === 'number');
  return `=SPARKLINE({${points.join(',')}})`;
}

export function sheetView(env: AppsScriptEnvironment, name: string): SheetView {
  const sheet = env.spreadsheet.sheet(name);
  const snap = sheet.snapshot();
  const usedRows = Math.min(snap.numRows, MAX_VIEW_ROWS);
  // A few empty rows and columns beyond the data, so a user can type into a new review column.
  const numRows = Math.min(Math.max(usedRows + 1, MIN_ROWS), snap.maxRows, MAX_VIEW_ROWS);
  const numColumns = Math.min(Math.max(snap.numColumns + 1, MIN_COLUMNS), snap.maxColumns);
  const display =
    usedRows > 0 && snap.numColumns > 0
      ? sheet.getRange(1, 1, usedRows, snap.numColumns).getDisplayValues()
      : [];
  const styles = conditionalStyles(snap);
  const cells: Array<Array<CellView | null>> = [];
  for (let r = 0; r < numRows; r++) {
    const line: Array<CellView | null> = [];
    for (let c = 0; c < numColumns; c++) {
      if (r >= usedRows || c >= snap.numColumns) {
        line.push(null);
        continue;
      }
      const value = snap.values[r][c];
      const cell: Mutable<CellView> = { t: display[r][c] };
      const style = styles[r][c];
      const bg = style?.background ?? snap.backgrounds[r][c];
      const fg =
        style?.fontColor ??
        numberFormatColor(value, snap.numberFormats[r][c]) ??
        snap.fontColors[r][c];
      const bold = style?.bold ?? snap.fontWeights[r][c] === 'bold';
      if (bg && bg !== '#ffffff') cell.bg = bg;
      if (fg && fg !== '#000000') cell.fg = fg;
      if (bold) cell.b = true;
      const note = snap.notes[r][c];
      if (note) cell.n = note;
      const align = snap.horizontalAlignments[r][c];
      const a = align === 'left' || align === 'center' || align === 'right' ? align : undefined;
      const alignment = a ?? defaultAlignment(value);
      if (alignment) cell.a = alignment;
      const formula = snap.formulas[r][c];
      if (formula) cell.f = sparklineOfRange(env, formula) ?? formula;
      line.push(cell.t === '' && Object.keys(cell).length === 1 ? null : cell);
    }
    cells.push(line);
  }
  const columnWidths = Array.from(
    { length: numColumns },
    (_, c) => snap.columnWidths[c + 1] ?? DEFAULT_WIDTH,
  );
  return {
    name: snap.name,
    frozenRows: Math.min(snap.frozenRows, numRows),
    frozenColumns: Math.min(snap.frozenColumns, numColumns),
    numRows,
    numColumns,
    totalRows: snap.numRows,
    columnWidths,
    cells,
  };
}
