/**
 * The export's rows, wherever they are: a tab of the spreadsheet (one getValues), an upload staged
 * in the user's cache in chunks (one getAll), or rows given whole.
 */
import { tImport } from '../../core/i18n/import';
import type { CellValue, Locale } from '../../core/types';
import { UserError } from '../run-action';
import type { ImportSource, JsonCell } from './api';

/** Uploads wait this long for their preview and apply (CacheService allows up to 6 hours). */
const UPLOAD_TTL_SECONDS = 3600;

const chunkKey = (id: string, index: number): string => `cadence.upload.${id}.${index}`;

export function stageChunk(id: string, index: number, rows: JsonCell[][]): void {
  CacheService.getUserCache().put(chunkKey(id, index), JSON.stringify(rows), UPLOAD_TTL_SECONDS);
}

export function sourceGrid(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  source: ImportSource,
  locale: Locale,
): CellValue[][] {
  if (source.kind === 'rows') return source.rows;
  if (source.kind === 'sheet') {
    const sheet = spreadsheet.getSheetByName(source.name);
    if (!sheet) throw new UserError(tImport(locale, 'error.noSourceSheet', { name: source.name }));
    return sheet.getDataRange().getValues() as CellValue[][];
  }
  const keys = Array.from({ length: source.chunks }, (_, k) => chunkKey(source.id, k));
  const found = CacheService.getUserCache().getAll(keys);
  const rows: CellValue[][] = [];
  for (const key of keys) {
    const text = found[key];
    if (text === undefined) throw new UserError(tImport(locale, 'error.upload'));
    rows.push(...(JSON.parse(text) as JsonCell[][]));
  }
  return rows;
}

/** The name notes and messages give the export. */
export function sourceName(source: ImportSource): string {
  return source.name;
}
