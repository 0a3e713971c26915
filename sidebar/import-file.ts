/**
 * An uploaded export read in the browser (nothing is sent until the user asks for a preview).
 * A CSV: its encoding (UTF-8, else UTF-16 by its BOM, else Windows-1252 as French Excel writes
 * it), its separator by the rule the CLI uses, its cells kept as text for the server to read as
 * the review reader reads text. An .xlsx: every sheet, numbers as numbers, dates as YYYY-MM-DD
 * text (google.script.run carries no Dates), error cells (#DIV/0!, #N/A) blank — never a value.
 * Then the rows are cut into chunks that each fit one CacheService value (100 KB).
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { detectDelimiter } from '../src/core/import/csv-delimiter';
import type { JsonCell } from '../src/gas/import/api';
import { isZip, readXlsxSheets, type UploadedSheet } from './import-xlsx';

export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function parseCsvText(text: string): JsonCell[][] {
  const body = text.replace(/^\uFEFF/, '');
  return parse(body, {
    delimiter: detectDelimiter(body),
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
}

/** A file the user picked: an .xlsx by its bytes (whatever its name), else a CSV. */
export async function readUpload(bytes: Uint8Array): Promise<UploadedSheet[]> {
  if (isZip(bytes)) return readXlsxSheets(bytes);
  return [{ name: null, rows: parseCsvText(decodeCsv(bytes)) }];
}

/** Characters of JSON per chunk: 30,000 UTF-16 units stay under 100 KB even at 3 bytes each. */
const CHUNK_CHARS = 30_000;

export function chunksOf(rows: readonly JsonCell[][]): JsonCell[][][] {
  const chunks: JsonCell[][][] = [];
  let current: JsonCell[][] = [];
  let size = 0;
  for (const row of rows) {
    const length = JSON.stringify(row).length + 1;
    if (current.length > 0 && size + length > CHUNK_CHARS) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += length;
  }
  chunks.push(current);
  return chunks;
}
