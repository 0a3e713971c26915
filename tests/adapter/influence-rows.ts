/**
 * Where the blocks of the influence report sheet sit, as a reader finds them: the credit table's
 * header is the first row whose column A says Campaign / Channel (Campagne / Canal in French); the
 * readiness block above it and the last-touch table below it have their own headers.
 */
import type { CellValue } from '../../src/core/types';

const KEY_HEADERS = ['Campaign', 'Channel', 'Campagne', 'Canal'];

/** 1-based row of the credit table's header. */
export function creditHeaderRow(values: readonly (readonly CellValue[])[]): number {
  const index = values.findIndex((row) => KEY_HEADERS.includes(String(row[0])));
  if (index < 0) throw new Error('no credit table header in the report sheet');
  return index + 1;
}

/** The credit table's rows (below its header, down to the first blank row). */
export function creditRows(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const header = creditHeaderRow(values);
  const end = values.findIndex((row, i) => i >= header && row[0] === '');
  return values.slice(header, end < 0 ? values.length : end).map((r) => [...r]);
}
