/**
 * The text of a CSV file in whatever encoding the user's tool wrote it: UTF-8 (with or without a
 * BOM), UTF-16 (Excel's "Unicode text"), or Windows-1252 / Latin-1 (Excel's "CSV" on Windows,
 * the usual French export). Read as UTF-8, a Windows-1252 "Règle de scoring" becomes
 * "R�gle de scoring" and is no longer a program type: the encoding is detected, not assumed.
 * Detection is jschardet's; decoding is iconv-lite's.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/** The encodings Cadence reads, by the name a user recognises. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

const ICONV_NAME: Record<TextEncoding, string> = {
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

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
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
