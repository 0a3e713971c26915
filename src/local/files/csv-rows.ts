/**
 * A CSV file's rows as it streams from disk, one at a time, never all held: the reader for files
 * too big to parse whole (a million-row paths export). Each row is what `parseCsv` would give
 * (cells as text, same separator rule, same encodings), without the padding to the widest row.
 */
import { parse } from 'csv-parse';
import { createReadStream } from 'fs';
import { stat } from 'fs/promises';
import type { Duplex } from 'stream';
import iconv from 'iconv-lite';
import { detectDelimiter } from '../../core/import/csv-delimiter';
import { InputError } from './read-grid';
import { detectFileEncoding, ICONV_NAME, type TextEncoding } from './text-encoding';

/** What a row callback says: go on, or stop reading (the rest of the file is not wanted). */
export type RowVerdict = 'more' | 'stop';

/** What one pass over a CSV file's bytes says: its encoding, and whether it is plain (PlainShape). */
export interface CsvShape {
  readonly encoding: TextEncoding;
  readonly plain: boolean;
}

/** The file's encoding and shape, from one pass over its bytes; an InputError naming an unreadable file. */
export async function csvShape(file: string, chunkBytes = 1 << 20): Promise<CsvShape> {
  const shape = new PlainShape();
  try {
    const encoding = await detectFileEncoding(file, (bytes) => shape.see(bytes), chunkBytes);
    const size = (await stat(file)).size;
    const plain = shape.plain(size) && encoding !== 'UTF-16LE' && encoding !== 'UTF-16BE';
    return { encoding, plain };
  } catch {
    throw new InputError(`${file}: file not found or not readable`);
  }
}

/**
 * Calls `onRow` with each row in file order (index 0 is the header). Resolves with the file's
 * encoding once every row was given or `onRow` said stop; a file that cannot be read or parsed
 * is one InputError naming it, as `readCsvFile` says it. `chunkBytes`: how much is read at a time;
 * `known`: the file's shape when the caller already read it.
 */
export async function streamCsvRows(
  file: string,
  onRow: (row: readonly string[], index: number) => RowVerdict,
  chunkBytes = 1 << 20,
  known?: CsvShape,
): Promise<TextEncoding> {
  const { encoding, plain } = known ?? (await csvShape(file, chunkBytes));
  const text = createReadStream(file, { highWaterMark: chunkBytes }).pipe(
    iconv.decodeStream(ICONV_NAME[encoding], { stripBOM: true }),
  ) as Duplex;
  let index = 0;
  let stopped = false;
  let parser: LineParser | null = null;
  let head = '';
  const take = (record: string[]) => {
    if (!stopped && onRow(record, index++) === 'stop') stopped = true;
  };
  const open = (firstText: string): LineParser => {
    if (plain) return new PlainLines(detectDelimiter(firstText), take);
    const csv = parse({
      delimiter: detectDelimiter(firstText),
      relax_column_count: true,
      skip_empty_lines: false,
      // Rows go to `onRow` and are dropped at once: the parser never queues them.
      on_record: (record: string[]) => {
        take(record);
        return null;
      },
    });
    // A malformed row rejects the pending write or end below; without a listener it would crash.
    csv.on('error', () => undefined);
    csv.resume();
    return csv;
  };
  try {
    for await (const chunk of text) {
      const piece = chunk as string;
      if (parser === null) {
        // The separator is read on the header line: wait for its end (or the file's).
        head += piece;
        if (!/[\r\n]/.test(head)) continue;
        parser = open(head);
        await write(parser, head);
      } else await write(parser, piece);
      if (stopped) break;
    }
    if (parser === null && head !== '') {
      parser = open(head);
      await write(parser, head);
    }
    if (parser !== null && !stopped) await end(parser);
  } catch (error) {
    throw new InputError(`${file}: not a readable CSV file (${(error as Error).message})`);
  } finally {
    text.destroy();
    if (parser !== null && !(parser instanceof PlainLines)) parser.destroy();
  }
  return encoding;
}

type LineParser = ReturnType<typeof parse> | PlainLines;

function write(parser: LineParser, piece: string): Promise<void> {
  if (parser instanceof PlainLines) {
    parser.write(piece);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    parser.write(piece, (error) => (error ? reject(error) : resolve()));
  });
}

function end(parser: LineParser): Promise<void> {
  if (parser instanceof PlainLines) {
    parser.end();
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    parser.once('error', reject);
    parser.once('end', () => resolve());
    parser.end();
  });
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Whether a file's bytes are "plain" CSV: no quote character and one line ending throughout
 * (LF, or CRLF). Without quotes a field cannot hold a separator or a line break, so a row is a
 * line and its cells are the line split at the separator: exactly what csv-parse returns, several
 * times faster (csv-parse is most of the time of a million-row read). Anything else goes to
 * csv-parse.
 */
class PlainShape {
  private quotes = false;
  private seen = 0;
  private cr = 0;
  private lf = 0;
  private crlf = 0;
  private lastWasCr = false;

  see(bytes: Buffer): void {
    this.seen += bytes.length;
    if (this.quotes || bytes.includes(QUOTE)) {
      this.quotes = true;
      return;
    }
    if (this.lastWasCr && bytes[0] === LF) this.crlf++;
    for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) this.lf++;
    for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) {
      this.cr++;
      if (bytes[i + 1] === LF) this.crlf++;
    }
    this.lastWasCr = bytes.length > 0 && bytes[bytes.length - 1] === CR;
  }

  /** True when every byte of a `size`-byte file was seen and it is plain. */
  plain(size: number): boolean {
    if (this.quotes || this.seen !== size) return false;
    return this.cr === 0 || (this.crlf === this.cr && this.crlf === this.lf);
  }
}

/** The rows of plain CSV text (see PlainShape), given in pieces. */
class PlainLines {
  private rest = '';

  constructor(
    private readonly delimiter: string,
    private readonly take: (row: string[]) => void,
  ) {}

  write(piece: string): void {
    const text = this.rest + piece;
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      this.line(text, from, at);
      from = at + 1;
    }
    this.rest = text.slice(from);
  }

  /** The last line, when the file does not end with a line break. */
  end(): void {
    if (this.rest !== '') this.line(this.rest, 0, this.rest.length);
    this.rest = '';
  }

  private line(text: string, from: number, to: number): void {
    const end = to > from && text.charCodeAt(to - 1) === CR ? to - 1 : to;
    this.take(text.slice(from, end).split(this.delimiter));
  }
}
