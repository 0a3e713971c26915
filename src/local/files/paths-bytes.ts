/**
 * A plain Paths CSV (csv-rows' PlainShape: no quote, one line ending; UTF-8 or Windows-1252, where
 * the separator, CR and LF are single bytes that no other character contains) read on its bytes.
 * A million-row export is mostly rows whose counts are plain digits and whose path text was seen
 * before: such a row is found by its bytes in a table of the texts seen so far and its digits are
 * read in place, so it costs no decoded string, no array of cells and no number parsing by regular
 * expression (those were most of the time and of the garbage of the read). Every other row (a count
 * with a sign, spaces, a comma or letters; a path naming no step) is decoded and split exactly as
 * `PlainLines` would and given to the reader's `add`, so it reads as before.
 *
 * Hand-written because it is our own format's hot loop: csv-parse and the string split it replaces
 * both make the per-row strings this avoids.
 */
import { detectDelimiter } from '../../core/import/csv-delimiter';
import type { PathTableReader } from '../../core/attribution/path-table';
import { SequenceTable, grown, sequenceHash } from '../../core/attribution/sequence-table';

const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
/** Digits a double holds exactly (2^53 ≈ 9.007e15): longer counts go through `add`. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, k) => 10 ** k);
/** Not a plain count: the row goes through `add`. */
const NOT_PLAIN = -1;

/**
 * Cell [from, to) of `bytes` as `readAmount` reads it when it is plain: '' is 0 (a blank count),
 * digits are a whole number, and with `decimals`, digits '.' digits is that decimal (an integer
 * over a power of ten, both exact, is the correctly rounded decimal, as `Number(text)` gives it).
 */
function plainCount(bytes: Uint8Array, from: number, to: number, decimals: boolean): number {
  let whole = 0;
  let digits = 0;
  let point = -1;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b >= ZERO && b <= NINE) {
      whole = whole * 10 + (b - ZERO);
      digits++;
    } else if (b === DOT && decimals && point < 0 && digits > 0 && i + 1 < to) point = i;
    else return NOT_PLAIN;
  }
  if (digits > EXACT_DIGITS) return NOT_PLAIN;
  return point < 0 ? whole : whole / POWERS_OF_TEN[to - point - 1];
}

const GREATER = 0x3e; // >
const BACKSLASH = 0x5c;
const ASCII_END = 0x80;

/** What String.prototype.trim removes, among ASCII bytes: tab, line breaks, vertical tab, form feed, space. */
function isAsciiSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/** Whether bytes[from, to) is ASCII without a backslash: `splitPath` is then a split at '>' bytes. */
function simplePath(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] >= ASCII_END || bytes[i] === BACKSLASH) return false;
  return true;
}

/**
 * Lines of a plain Paths CSV given as byte chunks. The header line goes to `open`, which returns
 * the reader for the rows below it, or null to stop (not a Paths header).
 */
export class PlainPathBytes {
  private rest: Uint8Array = new Uint8Array(0);
  private reader: PathTableReader | null = null;
  private delimiter = ',';
  private separator = 0;
  /** Cell bounds of the four columns the reader reads, per line: [from, to) or -1. */
  private readonly from = new Int32Array(4);
  private readonly to = new Int32Array(4);
  private columns: readonly number[] = [];
  private lastColumn = -1;
  /** Path texts by their bytes, and the reader's id of each. */
  private readonly texts = new SequenceTable((n) => new Uint8Array(n));
  private textId = new Int32Array(1024);
  /** Step names by their bytes, and the reader's token of each. */
  private readonly steps = new SequenceTable((n) => new Uint8Array(n));
  private stepToken = new Int32Array(64);
  private tokens = new Int32Array(64);
  private first = true;
  stopped = false;

  constructor(
    private readonly decode: (bytes: Uint8Array) => string,
    private readonly open: (header: readonly string[]) => PathTableReader | null,
    /** UTF-8: a byte order mark before the header is dropped, as the decoding stream drops it. */
    private readonly utf8: boolean,
  ) {}

  write(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.rest.length > 0) {
      bytes = new Uint8Array(this.rest.length + chunk.length);
      bytes.set(this.rest);
      bytes.set(chunk, this.rest.length);
    }
    let from = 0;
    for (let at = bytes.indexOf(LF); at >= 0 && !this.stopped; at = bytes.indexOf(LF, from)) {
      this.line(bytes, from, at);
      from = at + 1;
    }
    this.rest = this.stopped ? new Uint8Array(0) : bytes.slice(from);
  }

  /** The last line, when the file does not end with a line break. */
  end(): void {
    if (this.rest.length > 0 && !this.stopped) this.line(this.rest, 0, this.rest.length);
    this.rest = new Uint8Array(0);
  }

  private line(bytes: Uint8Array, start: number, lf: number): void {
    let from = start;
    const to = lf > from && bytes[lf - 1] === CR ? lf - 1 : lf;
    if (this.first) {
      this.first = false;
      if (this.utf8 && bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf)
        from += 3;
      this.header(this.decode(bytes.subarray(from, to)));
      return;
    }
    const reader = this.reader as PathTableReader;
    if (!this.plainRow(reader, bytes, from, to))
      reader.add(this.decode(bytes.subarray(from, to)).split(this.delimiter));
  }

  private header(text: string): void {
    this.delimiter = detectDelimiter(text);
    this.separator = this.delimiter.charCodeAt(0);
    this.reader = this.open(text.split(this.delimiter));
    if (this.reader === null) {
      this.stopped = true;
      return;
    }
    const { cPath, cConv, cValue, cNull } = this.reader;
    this.columns = [cPath, cConv, cValue, cNull];
    this.lastColumn = Math.max(...this.columns);
  }

  /** Adds the row through `addPlain` when it is plain; false (nothing added) otherwise. */
  private plainRow(reader: PathTableReader, bytes: Uint8Array, from: number, to: number): boolean {
    const cells = this.from;
    const ends = this.to;
    cells.fill(-1);
    const columns = this.columns;
    let column = 0;
    let cell = from;
    for (let i = from; i <= to && column <= this.lastColumn; i++) {
      if (i < to && bytes[i] !== this.separator) continue;
      for (let f = 0; f < 4; f++) {
        if (columns[f] === column) {
          cells[f] = cell;
          ends[f] = i;
        }
      }
      column++;
      cell = i + 1;
    }
    // The path cell: absent or empty, the row goes to `add` (a blank row, or "no path steps").
    if (cells[0] < 0 || cells[0] === ends[0]) return false;
    const conversions = cells[1] < 0 ? 0 : plainCount(bytes, cells[1], ends[1], false);
    const value = cells[2] < 0 ? 0 : plainCount(bytes, cells[2], ends[2], true);
    const nulls = cells[3] < 0 ? 0 : plainCount(bytes, cells[3], ends[3], false);
    if (conversions === NOT_PLAIN || value === NOT_PLAIN || nulls === NOT_PLAIN) return false;
    const start = cells[0];
    const end = ends[0];
    const h = sequenceHash(bytes, start, end);
    const known = this.texts.find(bytes, start, end, h);
    let text: number;
    if (known >= 0) text = this.textId[known];
    else {
      text = this.newText(reader, bytes, start, end);
      const index = this.texts.add(bytes, start, end, h);
      if (index === this.textId.length) this.textId = grown(this.textId, index * 2);
      this.textId[index] = text;
    }
    if (!reader.hasSteps(text)) return false;
    reader.addPlain(text, conversions, value, nulls);
    return true;
  }

  /**
   * The reader's id of a path text not seen before. ASCII without a backslash is split here, at
   * '>' bytes, each step trimmed of ASCII spaces and empty ones dropped (`splitPath` on such text),
   * each step found by its bytes; any other text is split by the reader.
   */
  private newText(reader: PathTableReader, bytes: Uint8Array, from: number, to: number): number {
    const text = this.decode(bytes.subarray(from, to));
    if (!simplePath(bytes, from, to)) return reader.plainText(text);
    let length = 0;
    for (let step = from; step <= to;) {
      let stop = step;
      while (stop < to && bytes[stop] !== GREATER) stop++;
      let a = step;
      let b = stop;
      while (a < b && isAsciiSpace(bytes[a])) a++;
      while (b > a && isAsciiSpace(bytes[b - 1])) b--;
      if (b > a) {
        if (length === this.tokens.length) this.tokens = grown(this.tokens, length * 2);
        this.tokens[length++] = this.token(reader, bytes, a, b);
      }
      step = stop + 1;
    }
    return reader.pathText(text, this.tokens, length);
  }

  private token(reader: PathTableReader, bytes: Uint8Array, from: number, to: number): number {
    const h = sequenceHash(bytes, from, to);
    const known = this.steps.find(bytes, from, to, h);
    if (known >= 0) return this.stepToken[known];
    const index = this.steps.add(bytes, from, to, h);
    if (index === this.stepToken.length) this.stepToken = grown(this.stepToken, index * 2);
    this.stepToken[index] = reader.plainStep(this.decode(bytes.subarray(from, to)));
    return this.stepToken[index];
  }
}
