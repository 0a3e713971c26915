/**
 * A value too long for one document property, kept in pieces: the import's undo record and the
 * Journal's remembered changes both pass Google's 9 KB per property (key and value), which the
 * in-memory Apps Script enforces as Google does ("Properties value size: 9 KB / val",
 * https://developers.google.com/apps-script/guides/services/quotas): a piece over it throws.
 */
import fc from 'fast-check';
import { createAppsScript } from '@cadence/apps-script-fake';
import { DocumentMemory } from '../../src/gas/sheet-memory';

const KEY = 'cadence.journaled.1234567890';

function setup() {
  const env = createAppsScript();
  const properties = env.globals.PropertiesService.getDocumentProperties();
  const write = (value: string) => {
    const memory = DocumentMemory.forDocument(properties);
    memory.setPieced(KEY, value);
    memory.save();
  };
  const read = () => DocumentMemory.forDocument(properties).getPieced(KEY);
  return { env, properties, write, read };
}

/** Any text up to 100 KB of UTF-8: ASCII up to 100,000 characters, any code point up to 25,000. */
const text = fc.oneof(
  fc.string({ maxLength: 100_000, size: 'max' }),
  fc.string({ unit: 'binary', maxLength: 25_000, size: 'max' }),
);

describe('a pieced value in the document memory (fast-check)', () => {
  it('reads back as written, and a shorter value leaves no stale piece', () => {
    const { properties, write, read } = setup();
    fc.assert(
      fc.property(text, text, (a, b) => {
        properties.deleteAllProperties();
        const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
        write(longer);
        expect(read()).toBe(longer);
        write(shorter);
        expect(read()).toBe(shorter);
        const pieces = Number(properties.getProperty(KEY));
        const expected = [KEY, ...Array.from({ length: pieces }, (_, i) => `${KEY}.${i}`)];
        expect(properties.getKeys().sort()).toEqual(expected.sort());
        // Each piece but the last is full to 8 KB but for a split character (at most 3 bytes
        // short), so the shorter value never keeps the longer's pieces, not even emptied.
        expect(pieces).toBeLessThanOrEqual(
          Math.max(1, Math.ceil(Buffer.byteLength(shorter) / 8189)),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('splits 20 KB into three pieces and, rewritten with 1 KB, deletes the two it no longer needs', () => {
    const { env, properties, write, read } = setup();
    write('x'.repeat(20_000));
    expect(properties.getKeys().sort()).toEqual([KEY, `${KEY}.0`, `${KEY}.1`, `${KEY}.2`]);
    const before = env.calls.snapshot();
    write('y'.repeat(1_000));
    const calls = env.calls.since(before);
    // One write for the new piece and count, one delete per stale piece.
    expect(calls.count('PropertiesService', 'setProperties')).toBe(1);
    expect(calls.count('PropertiesService', 'deleteProperty')).toBe(2);
    expect(read()).toBe('y'.repeat(1_000));
    expect(properties.getKeys().sort()).toEqual([KEY, `${KEY}.0`]);
  });

  it('writes nothing when the value is unchanged', () => {
    const { env, write } = setup();
    write('a b c');
    const before = env.calls.snapshot();
    write('a b c');
    expect(env.calls.since(before).count('PropertiesService', 'setProperties')).toBe(0);
  });

  it('reads pieces stored before the count was kept up to the first missing one, and replaces them', () => {
    // How the Journal stored its changes before: pieces read until a missing one, the stale
    // ones emptied with ''.
    const { properties, write, read } = setup();
    properties.setProperties({ [`${KEY}.0`]: 'a b ', [`${KEY}.1`]: 'c', [`${KEY}.2`]: '' });
    expect(read()).toBe('a b c');
    write('d');
    expect(read()).toBe('d');
    expect(properties.getKeys().sort()).toEqual([KEY, `${KEY}.0`]);
  });

  it('deletes every piece and the count, and reads nothing after', () => {
    const { properties, write, read } = setup();
    write('z'.repeat(10_000));
    const memory = DocumentMemory.forDocument(properties);
    memory.deletePieced(KEY);
    expect(memory.getPieced(KEY)).toBeNull();
    memory.save();
    expect(read()).toBeNull();
    expect(properties.getKeys()).toEqual([]);
  });
});
