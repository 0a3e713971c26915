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
  type PathTableReader,
  type PathTableResult,
} from '../../core/attribution/path-table';
import type { InputFormat } from '../../core/attribution/vocabulary';
import { createReadStream } from 'fs';
import iconv from 'iconv-lite';
import { csvShape, streamCsvRows } from './csv-rows';
import { PlainPathBytes } from './paths-bytes';
import { InputError } from './read-grid';
import { ICONV_NAME, type TextEncoding } from './text-encoding';

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
  chunkBytes = 1 << 20,
): Promise<PathsCsv> {
  const read: { opened: OpenPathTable | null } = { opened: null };
  const open = (header: readonly string[]): OpenPathTable | null => {
    if ((format ?? detectFormat(header)) !== 'paths') return null;
    read.opened = openPathTable(header);
    return read.opened;
  };
  const shape = await csvShape(file, chunkBytes);
  const encoding = shape.encoding;
  if (shape.plain && (encoding === 'UTF-8' || encoding === 'Windows-1252')) {
    await readPlainBytes(file, encoding, chunkBytes, (header) => {
      const opened = open(header);
      return opened !== null && opened.ok ? opened.reader : null;
    });
  } else {
    await streamCsvRows(
      file,
      (row, index) => {
        const opened = read.opened;
        if (index > 0 && opened !== null && opened.ok) {
          opened.reader.add(row);
          return 'more';
        }
        return open(row)?.ok === true ? 'more' : 'stop';
      },
      chunkBytes,
      shape,
    );
  }
  const opened = read.opened as OpenPathTable | null;
  if (opened === null) return { paths: false };
  if (!opened.ok) return { paths: true, table: opened, rowsRead: 0, encoding };
  return {
    paths: true,
    table: opened.reader.finish(),
    rowsRead: opened.reader.rowsRead,
    encoding,
  };
}

/** A plain file's rows through `PlainPathBytes`; the header goes to `open`. */
async function readPlainBytes(
  file: string,
  encoding: 'UTF-8' | 'Windows-1252',
  chunkBytes: number,
  open: (header: readonly string[]) => PathTableReader | null,
): Promise<void> {
  const decode =
    encoding === 'UTF-8'
      ? (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString()
      : (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), ICONV_NAME[encoding]);
  const lines = new PlainPathBytes(decode, open, encoding === 'UTF-8');
  const stream = createReadStream(file, { highWaterMark: chunkBytes });
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      // A plain Uint8Array, as every other byte array the reader indexes: one kind of array keeps
      // its hot loops monomorphic.
      lines.write(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
      if (lines.stopped) break;
    }
    lines.end();
  } catch {
    throw new InputError(`${file}: file not found or not readable`);
  } finally {
    stream.destroy();
  }
}
