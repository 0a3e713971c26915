/**
 * CSV text in the encodings users' tools write: UTF-8 with or without a BOM, UTF-16 ("Unicode
 * text") and Windows-1252 (Excel on Windows). For any French or English text, the reader gives
 * back that exact text and names the encoding, never a silent "R�gle".
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parseCsv, detectDelimiter } from '../../src/local/files/read-grid';
import { decodeText } from '../../src/local/files/text-encoding';

const ASCII = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:%-\'"'];
const ACCENTED = [...'àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ«»€’'];
/**
 * Text as French and English words are written: an accented letter is followed by a plain
 * letter or a space ("Règle", "été ", "« Prévisions »"). Bytes of Windows-1252 text that also
 * happen to be valid UTF-8 (Î then Œ is UTF-8 for the Greek Ό) are read as UTF-8; no word of
 * either language has such a pair.
 */
const frenchText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ASCII),
      fc
        .tuple(fc.constantFrom(...ACCENTED), fc.constantFrom(...'aeiourst '))
        .map(([a, b]) => a + b),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('decodeText', () => {
  it('reads a Windows-1252 "Règle de scoring" as itself and names Windows-1252', () => {
    expect(decodeText(iconv.encode('Type;Règle de scoring;Prévisions', 'win1252'))).toEqual({
      text: 'Type;Règle de scoring;Prévisions',
      encoding: 'Windows-1252',
    });
  });

  it('gives back any French or English text, with the encoding it was written in', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        const accented = [...text].some((ch) => ch.charCodeAt(0) > 0x7f);
        expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8' });
        expect(decodeText(Buffer.from(`\ufeff${text}`, 'utf8'))).toEqual({
          text,
          encoding: 'UTF-8',
        });
        expect(
          decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])),
        ).toEqual({ text, encoding: 'UTF-16LE' });
        expect(decodeText(iconv.encode(text, 'win1252'))).toEqual({
          text,
          // Plain ASCII is the same bytes in both: read as UTF-8, nothing to name.
          encoding: accented ? 'Windows-1252' : 'UTF-8',
        });
      }),
    );
  });
});

describe('CSV separators', () => {
  it('takes the separator the header line uses most: ; then tab then ,', () => {
    expect(detectDelimiter('Nom;Référence;31/08/2026\nA;12,5 %;13,1 %')).toBe(';');
    expect(detectDelimiter('Program\tBaseline\t2026-08-31')).toBe('\t');
    expect(detectDelimiter('Program,Baseline,2026-08-31')).toBe(',');
  });

  it('keeps a decimal comma inside a ;-separated cell', () => {
    expect(parseCsv('Nom;Référence\nBienvenue;12,5 %\n')).toEqual([
      ['Nom', 'Référence'],
      ['Bienvenue', '12,5 %'],
    ]);
  });
});
