/**
 * The Sparkline column reads each row's series from the companion "· Δ" sheet
 * (`=SPARKLINE('Review · Δ'!K5:P5)`) rather than from an array literal (`=SPARKLINE({1.2,3})`):
 * a literal's decimal point and separators are read in the spreadsheet locale's syntax in
 * fr_FR or de_DE ("{1,2\3}"), and whether a script's formula is read that way is not documented.
 * A sheet name and a range read the same in every locale. The series sits right of the
 * companion's own columns, after one blank column, row r there for row r here.
 */
import { columnLetter } from '../text';
import type { CompanionBlock } from './companion';
import { GENERAL_FORMAT, TEXT_COLOUR } from './formats';

/** A sheet name as a formula reference: quoted, any apostrophe doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `=SPARKLINE('Sheet'!K5:P5)` over `count` cells from the 0-based column; '' below two points. */
export function sparklineOverRange(
  sheetName: string,
  sheetRow: number,
  firstColumn: number,
  count: number,
): string {
  if (count < 2) return '';
  const from = `${columnLetter(firstColumn)}${sheetRow}`;
  const to = `${columnLetter(firstColumn + count - 1)}${sheetRow}`;
  return `=SPARKLINE(${quotedSheetName(sheetName)}!${from}:${to})`;
}

export interface SeriesPlacement {
  readonly block: CompanionBlock;
  /** 0-based column of the series' first point on the companion sheet. */
  readonly firstColumn: number;
}

/**
 * The companion block widened with each row's series (`series` maps a 1-based sheet row to its
 * points), headed by `header`. Rows without a series get blanks.
 */
export function withSeries(
  block: CompanionBlock,
  series: ReadonlyMap<number, readonly number[]>,
  header: string,
): SeriesPlacement {
  const firstColumn = (block.values[0]?.length ?? 0) + 1;
  const longest = Math.max(0, ...[...series.values()].map((s) => (s.length >= 2 ? s.length : 0)));
  if (longest === 0) return { block, firstColumn };
  const extra = firstColumn + longest - (block.values[0]?.length ?? 0);
  const values = block.values.map((line) => [...line, ...new Array(extra).fill('')]);
  const formats = block.formats.map((line) => [...line, ...new Array(extra).fill(GENERAL_FORMAT)]);
  const colours = block.colours.map((line) => [...line, ...new Array(extra).fill(TEXT_COLOUR)]);
  if (values.length > 0) values[0][firstColumn] = header;
  for (const [sheetRow, points] of series) {
    const line = values[sheetRow - 1];
    if (line === undefined || sheetRow < 2 || points.length < 2) continue;
    points.forEach((p, k) => (line[firstColumn + k] = p));
  }
  return { block: { ...block, values, formats, colours }, firstColumn };
}
