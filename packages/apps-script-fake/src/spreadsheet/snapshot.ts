import type { CellValue } from '../cell-value';
import { formatA1 } from '../a1';
import { copyCell } from '../values';
import type { BandSlot } from './banding';
import { allLayers, type FontWeightValue, type HorizontalAlignment, type Layer } from './cells';
import type { ChartSpec } from './chart';
import type { BooleanSpec } from './conditional-format';
import type { ValidationSpec } from './data-validation';
import type { Rect } from './grid';
import type { Sheet } from './sheet';

/**
 * A plain-data dump of a sheet, for cell-by-cell comparisons in tests and for file exporters.
 * Attribute grids use null for "Sheets' default" (no format, no colour, …); values use '' for
 * blanks, as getValues does. Grids cover the used extent: every cell holding a value, formula,
 * format, note or validation.
 */
export interface SheetSnapshot {
  readonly name: string;
  readonly sheetId: number;
  readonly index: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly hidden: boolean;
  readonly tabColor: string | null;
  readonly numRows: number;
  readonly numColumns: number;
  readonly values: CellValue[][];
  readonly formulas: Array<Array<string | null>>;
  readonly numberFormats: Array<Array<string | null>>;
  readonly backgrounds: Array<Array<string | null>>;
  readonly fontColors: Array<Array<string | null>>;
  readonly fontWeights: Array<Array<FontWeightValue | null>>;
  readonly notes: Array<Array<string | null>>;
  readonly validations: Array<Array<ValidationSpec | null>>;
  readonly horizontalAlignments: Array<Array<HorizontalAlignment | null>>;
  readonly wraps: Array<Array<boolean | null>>;
  readonly conditionalFormats: ReadonlyArray<{
    readonly ranges: string[];
    readonly condition: BooleanSpec | null;
  }>;
  readonly protections: ReadonlyArray<{
    readonly type: 'RANGE' | 'SHEET';
    readonly range: string | null;
    readonly description: string;
    readonly warningOnly: boolean;
  }>;
  readonly developerMetadata: ReadonlyArray<{
    readonly id: number;
    readonly key: string;
    readonly value: string | null;
    readonly visibility: 'DOCUMENT' | 'PROJECT';
    /** 'SHEET', or the A1 of the whole rows/columns it is attached to ('C:C', '3:3'). */
    readonly location: string;
  }>;
  readonly charts: ReadonlyArray<ChartSpec & { readonly rangesA1: string[] }>;
  /** Alternating colours: a range and its colours (`firstRowColor`…), only those set. */
  readonly bandings: ReadonlyArray<
    { readonly range: string } & Partial<Record<`${BandSlot}Color`, string>>
  >;
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
}

function grid<T, U>(
  layer: Layer<T>,
  rows: number,
  cols: number,
  f: (v: T | undefined) => U,
): U[][] {
  const out: U[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: U[] = [];
    for (let c = 0; c < cols; c++) line.push(f(layer.get(r, c)));
    out.push(line);
  }
  return out;
}

function rectA1(r: Rect): string {
  return formatA1({ ...r, rowsBounded: true, columnsBounded: true });
}

export function snapshotSheet(sheet: Sheet): SheetSnapshot {
  const layers = allLayers(sheet.layers);
  const numRows = Math.max(...layers.map((l) => l.lastRow()));
  const numColumns = Math.max(...layers.map((l) => l.lastColumn()));
  const L = sheet.layers;
  const s = sheet.state;
  const ss = sheet.spreadsheet;
  const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
  return {
    name: s.name,
    sheetId: sheet.sheetId,
    index: sheet.getIndex(),
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    hidden: s.hidden,
    tabColor: s.tabColor,
    numRows,
    numColumns,
    values: grid(L.value, numRows, numColumns, (v) => (v === undefined ? '' : copyCell(v))),
    formulas: grid(L.formula, numRows, numColumns, orNull),
    numberFormats: grid(L.numberFormat, numRows, numColumns, orNull),
    backgrounds: grid(L.background, numRows, numColumns, orNull),
    fontColors: grid(L.fontColor, numRows, numColumns, orNull),
    fontWeights: grid(L.fontWeight, numRows, numColumns, orNull),
    notes: grid(L.note, numRows, numColumns, orNull),
    validations: grid(L.validation, numRows, numColumns, (v) => (v === undefined ? null : v.spec)),
    horizontalAlignments: grid(L.horizontalAlignment, numRows, numColumns, orNull),
    wraps: grid(L.wrap, numRows, numColumns, orNull),
    conditionalFormats: s.rules.map((r) => ({
      ranges: r.ranges.map((t) => rectA1(t.rect)),
      condition: r.condition,
    })),
    protections: ss.protections
      .filter((p) => p.sheet === sheet)
      .map((p) => ({
        type: p.type,
        range: p.rect ? rectA1(p.rect) : null,
        description: p.description,
        warningOnly: p.warningOnly,
      })),
    developerMetadata: ss.metadata.withinSheet(sheet).map((m) => {
      const l = m.location;
      let location = 'SHEET';
      if (l.type === 'COLUMN') location = l.sheet.columnsRange(l.span).getA1Notation();
      if (l.type === 'ROW') location = l.sheet.rowsRange(l.span).getA1Notation();
      return { id: m.id, key: m.key, value: m.value, visibility: m.visibility, location };
    }),
    charts: s.charts.map((c) => ({ ...c, rangesA1: c.ranges.map(rectA1) })),
    bandings: s.bandings.map((b) => ({
      range: rectA1(b.rect),
      ...Object.fromEntries(Object.entries(b.colors).map(([k, v]) => [`${k}Color`, v])),
    })),
    columnWidths: Object.fromEntries(s.columnWidths),
    rowHeights: Object.fromEntries(s.rowHeights),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
    hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
  };
}
