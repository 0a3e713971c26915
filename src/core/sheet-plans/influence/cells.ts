/**
 * One planned cell of the influence report and the three ways to make one, shared by every block
 * of the sheet (the models table, lift, holdout), so each block is a list of rows of these.
 */
import { asText } from '../../text-cell';
import { textPx } from '../widths';

export type PlannedCell = string | number;

export interface Cell {
  readonly value: PlannedCell;
  readonly format: string;
  readonly bold?: boolean;
  /** A header row of a block (grey); the row's default colour otherwise. */
  readonly background?: string;
}

export const FORMATS = {
  text: '@',
  blank: '0.###############',
  count: '#,##0.##',
  credit: '#,##0.0',
  revenue: '#,##0.00',
  share: '0.0%',
} as const;
export const COLORS = { plain: '#ffffff', header: '#e8eaed', caveat: '#fef7e0' } as const;

export const blank: Cell = { value: '', format: FORMATS.blank };
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
export function linesWithin(text: string, px: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textPx(candidate) > px) {
      lines.push(current);
      current = `  ${word}`;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines;
}
