/**
 * An export read as a table of named rows and number columns. Numbers are read by the review
 * reader's own number reading (../review/values.ts): "12,5 %", "1 234", "45/120" mean here what
 * they mean in the review sheet, and "1,500" is settled by the column's other numbers, then by
 * the locale's convention.
 */
import { readingConventions, type NumberStyle } from '../reading/locale';
import { cellText, readNumber, styleEvidence, type NumberRead } from '../review/values';
import { normalizeKey } from '../text';
import type { CellValue, Grid } from '../types';
import type { SourceColumn } from './metric-columns';
import { recogniseShape, type ExportShape } from './shapes';

export interface SourceRow {
  /** 1-based row in the file or sheet. */
  readonly row: number;
  readonly name: string;
  readonly cells: ReadonlyArray<CellValue>;
}

export interface SourceTable {
  readonly shape: ExportShape;
  readonly rows: readonly SourceRow[];
  /** Columns other than the name column whose cells hold numbers. */
  readonly columns: readonly SourceColumn[];
  /**
   * Titled columns with no number at all: only error cells (#DIV/0!, #N/A), text or blanks.
   * Never a source of numbers, but the metric's column may be one of them, and the diagnostic
   * then says what its cells hold rather than that no column matches.
   */
  readonly unreadable: readonly SourceColumn[];
  /** Each number column's decimal separator. */
  readonly styles: ReadonlyMap<number, NumberStyle>;
}

/** Summary lines exports add under or over the data ("Total", "Grand total", "Totaux"). */
const TOTAL_ROWS = new Set(['total', 'totals', 'grand total', 'totaux', 'total general', 'somme']);

export function readSourceTable(grid: Grid, timeZone: string, locale: string | null): SourceTable {
  const lines = Array.isArray(grid) ? grid : [];
  const shape = recogniseShape(lines);
  const header = lines[shape.headerRow] ?? [];
  const rows: SourceRow[] = [];
  for (let i = shape.headerRow + 1; i < lines.length; i++) {
    const cells = lines[i] ?? [];
    const name = cellText(cells[shape.nameColumn] ?? '', timeZone);
    if (name === '' || name.startsWith('#') || TOTAL_ROWS.has(normalizeKey(name))) continue;
    rows.push({ row: i + 1, name, cells });
  }
  const fallback = readingConventions(locale, null).decimal;
  const columns: SourceColumn[] = [];
  const unreadable: SourceColumn[] = [];
  const styles = new Map<number, NumberStyle>();
  for (let j = 0; j < header.length; j++) {
    if (j === shape.nameColumn) continue;
    const title = cellText(header[j] ?? '', timeZone);
    if (title === '') continue;
    let comma = 0;
    let point = 0;
    let numbers = 0;
    for (const r of rows) {
      const cell = r.cells[j];
      if (typeof cell === 'number') numbers++;
      if (typeof cell !== 'string' || cell.trim() === '') continue;
      const evidence = styleEvidence(cell);
      if (evidence === 'decimal_comma') comma++;
      else if (evidence === 'decimal_point') point++;
      if (readNumber(cell, fallback).kind === 'value') numbers++;
    }
    if (numbers === 0) {
      unreadable.push({ index: j, header: title });
      continue;
    }
    columns.push({ index: j, header: title });
    styles.set(j, comma > point ? 'decimal_comma' : point > comma ? 'decimal_point' : fallback);
  }
  return { shape, rows, columns, unreadable, styles };
}

/**
 * A source cell read as a number in its column's style ("1,500" read that style's way). A percent
 * is written into the sheet as a fraction: 43.81 / 100 is 0.43810000000000004 in binary floating
 * point, so it is rounded to 12 significant digits, far beyond any export's precision.
 */
export function sourceNumber(table: SourceTable, row: SourceRow, column: SourceColumn): NumberRead {
  const style = table.styles.get(column.index) ?? 'decimal_point';
  const read = readNumber(row.cells[column.index] ?? '', style);
  if (read.kind === 'value' && read.form === 'percent')
    return { ...read, value: Number(read.value.toPrecision(12)) };
  return read;
}
