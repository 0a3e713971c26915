/**
 * The text of a CSV file in whatever encoding the user's tool wrote it: UTF-8 (with or without a
 * BOM), UTF-16 (Excel's "Unicode text"), or Windows-1252 / Latin-1 (Excel's "CSV" on Windows,
 * the usual French export). Read as UTF-8, a Windows-1252 "Règle de scoring" becomes
 * "R�gle de scoring" and is no longer a program type: the encoding is detected, not assumed.
 * Detection is jschardet's; decoding is iconv-lite's.
 */
import { isUtf8 } from 'buffer';
import { createReadStream } from 'fs';
import { readFile } from 'fs/promises';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/** The encodings Cadence reads, by the name a user recognises. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export const ICONV_NAME: Readonly<Record<TextEncoding, string>> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  'Windows-1252': 'win1252',
};

function byteOrderMark(bytes: Buffer): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/**
 * The encoding of `bytes`. A BOM settles it; otherwise jschardet's guess, where every
 * single-byte guess (ISO-8859-1, ISO-8859-15, Windows-1250/1252…) is read as Windows-1252: the
 * superset of Latin-1 that Excel writes in English and French, whose letters these users type.
 */
export function detectEncoding(bytes: Buffer): TextEncoding {
  const bom = byteOrderMark(bytes);
  if (bom) return bom;
  if (bytes.length === 0) return 'UTF-8';
  // Valid UTF-8 without a NUL byte is read as UTF-8 whatever jschardet says (below), and
  // jschardet only says UTF-16 or UTF-32 when NUL bytes are frequent: the answer is known without
  // running it (seconds on a 20 MB file).
  if (!bytes.includes(0) && isUtf8(bytes)) return 'UTF-8';
  const guess = jschardet.detect(bytes).encoding?.toLowerCase() ?? '';
  if (guess.startsWith('utf-16')) return guess.endsWith('be') ? 'UTF-16BE' : 'UTF-16LE';
  // Bytes that are valid UTF-8 are UTF-8 whatever a short sample made the guesser say: accented
  // Windows-1252 text is almost never valid UTF-8 by accident.
  if (guess === 'utf-8' || guess === 'ascii' || isUtf8(bytes)) return 'UTF-8';
  return 'Windows-1252';
}

/** The text without its BOM, and the encoding it was read in. */
export function decodeText(bytes: Buffer): DecodedText {
  const encoding = detectEncoding(bytes);
  const text = iconv.decode(bytes, ICONV_NAME[encoding], { stripBOM: true });
  return { text, encoding };
}

/**
 * `detectEncoding` of a whole file, read in chunks: a UTF-8 file (almost every big export) is
 * recognised without ever holding it; any other file is read whole and detected as above.
 * `onChunk` sees the bytes read along the way (every byte of a UTF-8 file without a BOM).
 */
export async function detectFileEncoding(
  file: string,
  onChunk: (bytes: Buffer) => void = () => undefined,
  chunkBytes = 1 << 20,
): Promise<TextEncoding> {
  // Each chunk is checked up to its last whole character; the cut one starts the next chunk.
  // Valid pieces make a valid whole.
  let carry = Buffer.alloc(0);
  const stillUtf8 = (bytes?: Buffer): boolean => {
    if (bytes === undefined) return carry.length === 0;
    const all = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
    const whole = wholeCharacters(all);
    carry = Buffer.from(all.subarray(whole));
    return isUtf8(all.subarray(0, whole));
  };
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes })) {
    const bytes = chunk as Buffer;
    onChunk(bytes);
    if (first) {
      first = false;
      const bom = byteOrderMark(bytes);
      if (bom !== null) return bom;
    }
    // Not UTF-8, or NUL bytes (UTF-16 without a BOM?): the detector decides, on every byte.
    if (bytes.includes(0) || !stillUtf8(bytes)) return detectEncoding(await readFile(file));
  }
  return stillUtf8() ? 'UTF-8' : detectEncoding(await readFile(file));
}

/** Bytes up to the last character that `bytes` holds whole (UTF-8 lead bytes say how long). */
function wholeCharacters(bytes: Buffer): number {
  const n = bytes.length;
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - i < length ? i : n;
  }
  return n;
}
