/**
 * Which sheet holds the influence input. A sheet named like the data wins (the names the CLI also
 * prefers); otherwise the first sheet whose header row has every required column of the format
 * its headers point to.
 */
import {
  REQUIRED_PATH_COLUMNS,
  REQUIRED_TOUCH_COLUMNS,
  detectFormat,
  missing,
  pathColumns,
  touchColumns,
} from '../../attribution/headers';
import type { CellValue } from '../../types';

const SOURCE_NAMES = ['touches', 'contacts', 'paths', 'parcours'];

/** "Touches", " PATHS ", "Parcours"… case and surrounding spaces do not matter. */
export function isSourceName(name: string): boolean {
  return SOURCE_NAMES.includes(name.trim().toLowerCase());
}

/** True when the header row is a usable Touches or Paths header row. */
export function recognisesHeaders(headers: readonly CellValue[]): boolean {
  return detectFormat(headers) === 'paths'
    ? missing(pathColumns(headers), REQUIRED_PATH_COLUMNS).length === 0
    : missing(touchColumns(headers), REQUIRED_TOUCH_COLUMNS).length === 0;
}

/**
 * The name a lone CSV's sheet gets in the workbook, from its header row: "Paths" for a paths
 * export (path, total_conversions), "Touches" for a touch table — never "Touches" for paths.
 */
export function sourceSheetName(headers: readonly CellValue[]): 'Paths' | 'Touches' {
  return detectFormat(headers) === 'paths' ? 'Paths' : 'Touches';
}
