/**
 * What the add-on keeps in document properties (Google: 9 KB per value, 500 KB per store —
 * https://developers.google.com/apps-script/guides/services/quotas): the undo record split into
 * pieces of at most 8 KB, and the confirmed pairs trimmed oldest first.
 */
import fc from 'fast-check';
import {
  chunkText,
  decodePairs,
  decodeUndo,
  encodeUndo,
  pairsFor,
  PROPERTY_CHUNK_BYTES,
  withPairs,
  type UndoRecord,
} from '../../src/core/import/stores';
import { utf8Bytes } from '../../src/core/text';

describe('chunkText', () => {
  it('property: pieces join back to the text, each within the limit, never cutting a character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 4, max: 64 }),
        (text, max) => {
          const pieces = chunkText(text, max);
          expect(pieces.join('')).toBe(text);
          for (const piece of pieces) expect(utf8Bytes(piece)).toBeLessThanOrEqual(max);
        },
      ),
    );
  });

  it('splits 20 KB of "é" (2 bytes each) into three pieces of at most 8 KB', () => {
    const pieces = chunkText('é'.repeat(10_240));
    expect(pieces.map(utf8Bytes)).toEqual([8192, 8192, 4096]);
  });
});

describe('the undo record', () => {
  const stored = fc.oneof(
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
    fc.boolean(),
    fc.record({ d: fc.integer({ min: 0, max: 4e12 }) }),
    fc.record({ f: fc.string().map((s) => `=${s}`) }),
  );
  it('property: decodes to what was encoded', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: fc.integer({ min: 2, max: 9999 }),
            before: stored,
            noteBefore: fc.string(),
            // A number Sheets stores: it keeps no negative zero (-0 is written as 0).
            written: fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
          }),
        ),
        fc.boolean(),
        (cells, created) => {
          const record: UndoRecord = { sheetId: 42, column: 7, created, cells };
          expect(decodeUndo(encodeUndo(record))).toEqual(record);
        },
      ),
    );
  });

  it('reads a damaged record as none', () => {
    expect(decodeUndo('{"not":')).toBeNull();
    expect(decodeUndo('')).toBeNull();
  });
});

describe('confirmed pairs', () => {
  it('keeps the newest choice per program, per tool', () => {
    let text = withPairs({}, 'hubspot', [['welcome nurture', 'welcome nurture 2']]);
    text = withPairs(decodePairs(text), 'hubspot', [['welcome nurture', 'welcome']]);
    text = withPairs(decodePairs(text), 'marketo', [['welcome nurture', 'welcome program']]);
    expect(pairsFor(decodePairs(text), 'hubspot')).toEqual(
      new Map([['welcome nurture', 'welcome']]),
    );
    expect(pairsFor(decodePairs(text), 'marketo').get('welcome nurture')).toBe('welcome program');
  });

  it('drops the oldest pairs past 8 KB', () => {
    const added = Array.from(
      { length: 400 },
      (_, i) => [`program ${i}`, `source row name ${i}`] as const,
    );
    const text = withPairs({}, 'generic', added);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(PROPERTY_CHUNK_BYTES);
    const kept = pairsFor(decodePairs(text), 'generic');
    expect(kept.has('program 399')).toBe(true);
    expect(kept.has('program 0')).toBe(false);
  });
});
