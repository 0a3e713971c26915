/**
 * Column widths and row heights: Excel counts characters of the default font's digit width and
 * points, Sheets counts pixels. Calibri 11 (Excel's and exceljs's default) has a 7 px digit and
 * 5 px of padding; a point is 4/3 px.
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;

export function columnWidthToPixels(width: number): number {
  return Math.round(width * DIGIT_PX + PADDING_PX);
}

export function pixelsToColumnWidth(pixels: number): number {
  return Math.max(0, Math.round(((pixels - PADDING_PX) / DIGIT_PX) * 100) / 100);
}

export function rowHeightToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

export function pixelsToRowHeight(pixels: number): number {
  return Math.round(pixels * 0.75 * 100) / 100;
}
