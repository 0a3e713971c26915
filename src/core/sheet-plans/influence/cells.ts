/**
 * The cells of the influence report sheet: what a block puts in each cell (value, number format,
 * weight), the formats and colours every block shares, and the line splitter for long sentences.
 */
import { asText } from '../../text-cell';
import { textPx } from '../widths';

export type PlannedCell = string | number;
export type FontWeight = 'bold' | 'normal';

export const FORMATS = {
  text: '@',
  blank: '0.###############',
  count: '#,##0.##',
  credit: '#,##0.0',
  revenue: '#,##0.00',
  share: '0.0%',
} as const;
export const COLORS = {
  plain: '#ffffff',
  header: '#e8eaed',
  caveat: '#fef7e0',
  readiness: '#e8f0fe',
} as const;

export interface Cell {
  readonly value: PlannedCell;
  readonly format: string;
  readonly bold?: boolean;
  /** A header row of a block (grey); the row's colour otherwise. */
  readonly background?: string;
}

export const blank: Cell = { value: '', format: FORMATS.blank };
/** Every string written is forced to text (campaign names are user data: never a formula). */
export const text = (value: string, bold = false): Cell => ({
  value: asText(value),
  format: FORMATS.text,
  bold,
});
export const num = (value: number, format: string): Cell => ({ value, format });
/** A bold header cell on the header colour, for a block's own header row. */
export const heading = (value: string): Cell => ({
  ...text(value, true),
  background: COLORS.header,
});

/**
 * Splits a long line into lines that fit `px` pixels, at spaces: the caveats then show whole in
 * Sheets, the preview and Excel (each line overflows into the empty cells to its right) without
 * merging cells or a wrap call per row.
 */
export function linesWithin(textLine: string, px: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of textLine.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textPx(candidate) > px) {
      lines.push(current);
      current = `  ${word}`;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines;
}
