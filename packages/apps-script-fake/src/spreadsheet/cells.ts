import type { CellValue } from '../cell-value';
import type { StructuralChange } from './grid';

/**
 * Cell storage: one sparse layer per attribute (value, formula, number format, …), each a dense
 * array per row. A 10,000 × 70 sheet is 10,000 small arrays per used attribute, so whole-range
 * reads and writes are plain array loops, and inserting a column is one splice per row.
 * Coordinates here are 0-based.
 */
export class Layer<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, value: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (value === undefined) return;
      row = [];
      this.rows[r] = row;
    }
    row[c] = value;
  }

  clearRect(r: number, c: number, numRows: number, numColumns: number): void {
    const last = Math.min(r + numRows, this.rows.length);
    for (let i = r; i < last; i++) {
      const row = this.rows[i];
      if (row === undefined) continue;
      const end = Math.min(c + numColumns, row.length);
      for (let j = c; j < end; j++) row[j] = undefined;
    }
  }

  apply(change: StructuralChange): void {
    const at = change.at - 1;
    if (change.dim === 'rows') {
      if (at >= this.rows.length) return;
      if (change.kind === 'insert') insertHoles(this.rows, at, change.count);
      else this.rows.splice(at, change.count);
      return;
    }
    for (const row of this.rows) {
      if (row === undefined || at >= row.length) continue;
      if (change.kind === 'insert') insertHoles(row, at, change.count);
      else row.splice(at, change.count);
    }
  }

  /** 1-based number of the last row holding anything, 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row !== undefined && row.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  /** 1-based number of the last column holding anything, 0 when empty. */
  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
}

/** Like splice(at, 0, ...n holes) without spreading, which overflows the stack for big n. */
function insertHoles(arr: unknown[], at: number, n: number): void {
  const oldLength = arr.length;
  arr.length = oldLength + n;
  arr.copyWithin(at + n, at, oldLength);
  arr.fill(undefined, at, at + n);
}

export type FontWeightValue = 'bold' | 'normal';
export type HorizontalAlignment = 'left' | 'center' | 'normal' | 'right';

/** The per-cell attributes a sheet stores; `undefined` in a layer means "Sheets' default". */
export interface CellLayers<V> {
  readonly value: Layer<CellValue>;
  readonly formula: Layer<string>;
  readonly numberFormat: Layer<string>;
  readonly background: Layer<string>;
  readonly fontColor: Layer<string>;
  readonly fontWeight: Layer<FontWeightValue>;
  readonly note: Layer<string>;
  readonly validation: Layer<V>;
  readonly horizontalAlignment: Layer<HorizontalAlignment>;
  readonly wrap: Layer<boolean>;
}

export function newLayers<V>(): CellLayers<V> {
  return {
    value: new Layer(),
    formula: new Layer(),
    numberFormat: new Layer(),
    background: new Layer(),
    fontColor: new Layer(),
    fontWeight: new Layer(),
    note: new Layer(),
    validation: new Layer(),
    horizontalAlignment: new Layer(),
    wrap: new Layer(),
  };
}

export function allLayers<V>(layers: CellLayers<V>): Array<Layer<unknown>> {
  return Object.values(layers) as Array<Layer<unknown>>;
}

export const FORMAT_LAYERS = [
  'numberFormat',
  'background',
  'fontColor',
  'fontWeight',
  'horizontalAlignment',
  'wrap',
] as const;
