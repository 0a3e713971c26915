/**
 * A plain Paths CSV (no quote, one line ending) is read on its bytes (`PlainPathBytes`): rows with
 * plain digit counts and a path text seen before never become strings. It must say exactly what
 * the whole-file read says (`readCsvFile`, then core's `readPathTable`): the same distinct paths
 * in the same order, the same step names, the same notes and problems naming the same cells. The
 * property writes random plain files (ASCII and accented steps, escaped '>', arrows, spaces, empty
 * steps, every kind of count cell) and reads them through random chunk sizes.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { readPathTable } from '../../src/core/attribution/path-table';
import { csvShape } from '../../src/local/files/csv-rows';
import { readPathsCsv } from '../../src/local/files/paths-csv';
import { readCsvFile } from '../../src/local/files/read-grid';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-paths-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function write(bytes: Buffer | string): string {
  const file = path.join(dir, `paths-${files++}.csv`);
  writeFileSync(file, bytes);
  return file;
}

async function expectSameRead(file: string, chunkBytes?: number): Promise<void> {
  const whole = await readCsvFile(file);
  const streamed = await readPathsCsv(file, 'paths', chunkBytes);
  if (!streamed.paths) throw new Error('forced paths format must be read');
  expect(streamed.encoding).toBe(whole.encoding);
  expect(streamed.table).toEqual(readPathTable(whole.rows));
  expect(streamed.rowsRead).toBe(
    whole.rows.slice(1).filter((row) => row.some((c) => String(c).trim() !== '')).length,
  );
}

describe('plain files read on their bytes', () => {
  test('a repeated text is summed: c1 > c2 twice and c1>c2 once give 6 conversions, 460 of value', async () => {
    const file = write(
      [
        'path;total_conversions;total_conversion_value;total_null',
        'c1 > c2;3;300;10',
        'c3;1;50.25;4',
        'c1 > c2;2;150;5',
        'c1>c2;1;10;0',
        'c3 >  ;0;0;0', // zeros: the row counts for nothing and names no step yet
        'c4 > c3;0;0;1',
      ].join('\n'),
    );
    expect((await csvShape(file)).plain).toBe(true);
    await expectSameRead(file, 16);
    const streamed = await readPathsCsv(file, undefined);
    if (!streamed.paths || !streamed.table.ok) throw new Error('readable');
    const { table } = streamed.table;
    const names = (steps: Int32Array) => [...steps].map((s) => table.stepNames[s]).join(' > ');
    expect(
      table.rows.map((row) => [names(row.steps), row.conversions, row.value, row.nulls]),
    ).toEqual([
      ['c1 > c2', 6, 460, 15],
      ['c3', 1, 50.25, 4],
      ['c4 > c3', 0, 0, 1],
    ]);
    // c4 is named when its row first counts, after c1, c2, c3: ids keep the order rows count in.
    expect(table.stepNames).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(table.notes.map((n) => `${n.kind} ${n.cells.join(' ')}`)).toEqual(['unspacedArrow A5']);
  });

  test('cells that are not plain digits read as the whole-file read reads them', async () => {
    const file = write(
      [
        'path,total_conversions,total_conversion_value,total_null',
        'email,-2,0,3', // negative: left out, B2 named
        'email,1.5,20,2', // fractional conversions
        'search,0,40,6', // a value without conversions
        'search, 7 ,1200.50,1', // spaces around a count
        'social,1234567890123456789,1,1', // more digits than a double holds exactly
        ' > ,2,0,0', // no path steps
      ].join('\r\n'),
    );
    await expectSameRead(file, 5);
  });

  test('a Windows-1252 file whose accented letters come in the last chunk', async () => {
    const text = 'path;total_conversions;total_null\nemail > search;2;3\nÉvénement > email;1;0\n';
    const file = write(iconv.encode(text, 'win1252'));
    expect(await csvShape(file, 48)).toEqual({ encoding: 'Windows-1252', plain: true });
    await expectSameRead(file, 48);
  });
});

const STEP = fc.constantFrom(
  'email',
  'search',
  'c1',
  'c10',
  'Paid \\> Search',
  'Événement',
  'a\\\\b',
  ' social ',
  '\tpaid',
  '',
);
const COUNT = fc.oneof(
  fc.nat({ max: 40 }).map(String),
  fc.constantFrom(
    '',
    '0',
    '007',
    '12.50',
    '3.',
    '.5',
    '-3',
    '1.5',
    'abc',
    ' 7 ',
    '99999999999999999',
  ),
);

test('property: random plain files, random chunk sizes, byte read = whole-file read', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.tuple(
          fc.array(STEP, { maxLength: 4 }),
          fc.constantFrom(' > ', '>', ' → ', ' >> '),
          COUNT,
          COUNT,
          COUNT,
        ),
        { maxLength: 30 },
      ),
      fc.constantFrom(';', '\t', ','),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      fc.integer({ min: 1, max: 64 }),
      async (rows, delimiter, newline, trailing, chunkBytes) => {
        const lines = [
          ['path', 'total_conversions', 'total_conversion_value', 'total_null'].join(delimiter),
          // Repeated rows: the second time a text is found by its bytes.
          ...[...rows, ...rows].map(([steps, arrow, conv, value, nulls]) =>
            [steps.join(arrow), conv, value, nulls].join(delimiter),
          ),
        ];
        const text = lines.join(newline) + (trailing ? newline : '');
        // No separator inside a cell: the file stays plain (no quotes needed).
        fc.pre(lines.every((line) => line.split(delimiter).length === 4));
        const file = write(text);
        expect((await csvShape(file)).plain).toBe(true);
        await expectSameRead(file, chunkBytes);
      },
    ),
    { numRuns: 80 },
  );
});
