/**
 * A Paths CSV read as it streams: each row goes straight into core's PathTableReader, which keeps
 * only the distinct paths, so a million-row export never exists as a million parsed rows. The
 * cells, notes and problems are exactly those of the whole-file read (`readCsvFile` then
 * `readPathTable`).
 */
import { detectFormat } from '../../core/attribution/headers';
import {
  openPathTable,
  type OpenPathTable,
  type PathTableResult,
} from '../../core/attribution/path-table';
import type { InputFormat } from '../../core/attribution/vocabulary';
import { streamCsvRows } from './csv-rows';
import type { TextEncoding } from './text-encoding';

export type PathsCsv =
  /** The header is not a Paths header (or the format asked for is touches): nothing read. */
  | { readonly paths: false }
  | {
      readonly paths: true;
      readonly table: PathTableResult;
      /** Rows under the header that hold something. */
      readonly rowsRead: number;
      readonly encoding: TextEncoding;
    };

/**
 * The CSV file as a Paths table when `format` (or, unset, its header) says paths. A file with no
 * header row at all is not read here: the whole-file read says what it lacks.
 */
export async function readPathsCsv(
  file: string,
  format: InputFormat | undefined,
  chunkBytes?: number,
): Promise<PathsCsv> {
  const read: { opened: OpenPathTable | null } = { opened: null };
  const encoding = await streamCsvRows(
    file,
    (row, index) => {
      const opened = read.opened;
      if (index > 0 && opened !== null && opened.ok) {
        opened.reader.add(row);
        return 'more';
      }
      if ((format ?? detectFormat(row)) !== 'paths') return 'stop';
      read.opened = openPathTable(row);
      return read.opened.ok ? 'more' : 'stop';
    },
    chunkBytes,
  );
  const opened = read.opened;
  if (opened === null) return { paths: false };
  if (!opened.ok) return { paths: true, table: opened, rowsRead: 0, encoding };
  return {
    paths: true,
    table: opened.reader.finish(),
    rowsRead: opened.reader.rowsRead,
    encoding,
  };
}
