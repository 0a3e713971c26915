/**
 * Column widths that show the add-on's own text whole — in Sheets, in the preview and in the
 * exported .xlsx (which converts pixels to Excel's character widths). Sheets has no "fit to
 * text" we can ask for without a round trip per column (autoResizeColumns measures in the
 * browser and Apps Script cannot read the result), so the width is estimated here from the text.
 *
 * Hand-written on purpose: string-width counts terminal cells, not the pixels of Sheets' default
 * font (Arial 10); this is an upper-bound estimate per character class, which is all a column
 * width needs.
 */

/** Sheets' default column width, in pixels: a column is never made narrower than this. */
export const DEFAULT_COLUMN_PX = 100;
/** Beyond this a column would push the rest of the sheet off screen; longer text wraps. */
export const MAX_COLUMN_PX = 480;
const PADDING_PX = 12;

/** Pixels of one character in Arial 10, rounded up; wide scripts and emoji count double. */
function charPx(ch: string): number {
  const code = ch.codePointAt(0) as number;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || code >= 0xac00))
    return 14;
  if (/[A-Z@%MWmw▲▼‼●◐]/u.test(ch)) return 10;
  if (/[ilI.,:;'|!jtf ]/u.test(ch)) return 4;
  return 7;
}

/** The pixels a line of text takes, padding included. */
export function textPx(text: string): number {
  let px = PADDING_PX;
  for (const ch of text) px += charPx(ch);
  return px;
}

/** The width a column needs to show the longest of `texts` on one line, within the bounds. */
export function columnWidthFor(texts: readonly string[]): number {
  let widest = DEFAULT_COLUMN_PX;
  for (const t of texts) widest = Math.max(widest, textPx(t));
  return Math.min(MAX_COLUMN_PX, widest);
}

/** True when a column of `width` pixels cuts the text: it must wrap instead. */
export function needsWrap(text: string, width: number): boolean {
  return textPx(text) > width;
}

export interface WidthRun {
  /** 0-based first column. */
  readonly start: number;
  readonly count: number;
  readonly width: number;
}

/** Adjacent columns of equal width merged, so each run is one setColumnWidths call. */
export function widthRuns(
  columns: ReadonlyArray<{ readonly column: number; readonly width: number }>,
): WidthRun[] {
  const runs: Array<{ start: number; count: number; width: number }> = [];
  for (const c of [...columns].sort((a, b) => a.column - b.column)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === c.column && last.width === c.width) last.count++;
    else runs.push({ start: c.column, count: 1, width: c.width });
  }
  return runs;
}
