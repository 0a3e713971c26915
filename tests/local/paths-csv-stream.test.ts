/**
 * A Paths CSV read as it streams (`readPathsCsv`: rows summed into distinct paths as they are
 * read, never all held) says exactly what the whole-file read says (`readCsvFile`, then core's
 * `readPathTable` and `influenceReport`): the same distinct paths, the same notes naming the same
 * cells, the same problems, the same report. Fixtures cover the shapes users export (English and
 * French separators, CRLF, BOM, quoted cells, Windows-1252, UTF-16), and a property runs random
 * files through random chunk sizes, so no chunk boundary (inside a quoted cell, between CR and LF,
 * inside a UTF-8 character) changes a row. Plain files (no quote, one line ending) are read on
 * their bytes, a row with digit counts and a path text seen before never becoming a string: they
 * have their own cases and property (ASCII and accented steps, escapes, every kind of count cell).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import {
  influenceReport,
  pathsInfluenceReport,
  readJourneys,
  type InfluenceSettings,
} from '../../src/core/attribution';
import { readPathTable } from '../../src/core/attribution/path-table';
import { csvShape } from '../../src/local/files/csv-rows';
import { readPathsCsv } from '../../src/local/files/paths-csv';
import { readCsvFile } from '../../src/local/files/read-grid';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-paths-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function write(bytes: Buffer | string): string {
  const file = path.join(dir, `paths-${files++}.csv`);
  writeFileSync(file, bytes);
  return file;
}

/** The streamed read and the whole-file read of `file` agree on everything a user sees. */
async function expectSameRead(
  file: string,
  chunkBytes?: number,
  settings: Partial<InfluenceSettings> = { replicates: 20 },
): Promise<void> {
  const whole = await readCsvFile(file);
  const streamed = await readPathsCsv(file, 'paths', chunkBytes);
  if (!streamed.paths) throw new Error('forced paths format must be read');
  expect(streamed.encoding).toBe(whole.encoding);
  expect(streamed.table).toEqual(readPathTable(whole.rows));
  expect(streamed.rowsRead).toBe(
    whole.rows.slice(1).filter((row) => row.some((c) => String(c).trim() !== '')).length,
  );
  expect(pathsInfluenceReport(streamed.table, settings)).toEqual(
    influenceReport(whole.rows, { ...settings, format: 'paths' }),
  );
}

const ENGLISH = [
  'path,total_conversions,total_conversion_value,total_null',
  'email > webinar,3,300,10',
  'search,1,50,4',
  'email > webinar,2,150,5', // the same path again: summed with row 2
  'email>webinar,1,10,0', // same steps, written without spaces: summed too, and noted (glued)
  ',0,0,0', // blank row
  'social > email,-2,0,3', // negative conversions: row left out, B7 named
  'search > email,1.5,20,2', // fractional conversions
  'webinar,0,40,6', // a value without conversions
].join('\n');

describe('streamed read = whole-file read, on the exports users have', () => {
  test('English commas, LF, a path repeated: 2 + 3 conversions of email > webinar in one path', async () => {
    const file = write(`${ENGLISH}\n`);
    await expectSameRead(file);
    const streamed = await readPathsCsv(file, undefined);
    if (!streamed.paths || !streamed.table.ok) throw new Error('readable');
    const { table } = streamed.table;
    const names = (steps: Int32Array) => [...steps].map((s) => table.stepNames[s]).join(' > ');
    const emailWebinar = table.rows.find((row) => names(row.steps) === 'email > webinar');
    // Rows 2, 4 and 5 name the same steps: 3 + 2 + 1 conversions, 300 + 150 + 10, 10 + 5 + 0.
    expect(emailWebinar).toMatchObject({ conversions: 6, value: 460, nulls: 15 });
    // email > webinar, search, search > email, webinar: the negative row is left out.
    expect(table.rows).toHaveLength(4);
    expect(streamed.rowsRead).toBe(8); // the row with no path but zeros holds something
    expect(table.notes.map((n) => `${n.kind} ${n.cells.join(' ')}`)).toEqual([
      'negative B7',
      'fractional B8',
      'valueWithoutConversion C9',
      'unspacedArrow A5',
    ]);
  });

  test('French export: semicolons, CRLF, a BOM, quoted cells holding the separator and a line break', async () => {
    const text = [
      'Chemin;Conversions;Valeur;Sans conversion',
      '"Salon; Paris > Email";2;"1 200,50";8',
      '"Webinaire\r\nEmail > Email";1;90;2',
      'Email;3;300;0',
      '',
      '"Paid \\> Search";1;10;1',
    ].join('\r\n');
    await expectSameRead(write(`\uFEFF${text}\r\n`), 7);
  });

  test('Windows-1252 and UTF-16 files decode the same as the whole-file read', async () => {
    const text =
      'path;total_conversions;total_null\r\nRéférencement > Événement;2;3\r\nÉvénement;1;0\r\n';
    await expectSameRead(write(iconv.encode(text, 'win1252')), 5);
    await expectSameRead(write(iconv.encode(text, 'utf16le', { addBOM: true })), 5);
  });

  test('problems name the same cells: unreadable B3, no path steps A4', async () => {
    const file = write('path,total_conversions\nemail,1\nsearch,abc\n > ,2\n');
    await expectSameRead(file);
    const streamed = await readPathsCsv(file, undefined);
    const problem = streamed.paths && !streamed.table.ok ? streamed.table.problem : null;
    expect(problem?.unreadable.map((d) => d.cell)).toEqual(['B3', 'A4']);
  });

  test('a touch file is not read as paths: the CLI reads it whole as before', async () => {
    const file = write('Prospect,Campaign,Touched at\nP1,Email,2026-03-01\n');
    expect(await readPathsCsv(file, undefined)).toEqual({ paths: false });
  });

  test('missing columns: the same problem as the whole-file read', async () => {
    const file = write('path,revenue\nemail,3\n');
    const streamed = await readPathsCsv(file, 'paths');
    const whole = readJourneys((await readCsvFile(file)).rows, {
      format: 'paths',
      windowDays: 90,
      timeZone: 'UTC',
    });
    expect(streamed.paths && streamed.table).toEqual(whole);
  });
});

/** Steps and counts every paths file may hold; each property adds the ones its reader is for. */
const ANY_FILE_STEPS = ['email', 'search', 'Paid \\> Search', 'Événement', ' social '];
const ANY_FILE_COUNTS = ['', '-3', '1.5', 'abc', ' 7 '];
const counts = (more: readonly string[]) =>
  fc.oneof(fc.nat({ max: 40 }).map(String), fc.constantFrom(...ANY_FILE_COUNTS, ...more));

// Quoted cells: separators and quotes inside a step, a French thousands separator in a count.
const STEP = fc.constantFrom(...ANY_FILE_STEPS, 'Salon; Paris', 'webinaire, live', 'a"b');
const COUNT = counts(['1 200,50']);

/** A cell as a CSV writer quotes it: only when it holds a quote, the separator or a line break. */
function quoted(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

type RandomRow = [
  steps: string[],
  arrow: string,
  conversions: string,
  value: string,
  nulls: string,
];

/** A paths file of random rows, each cell written by `cell` (quoted or not). */
function pathsText(
  rows: readonly RandomRow[],
  delimiter: string,
  newline: string,
  trailing: boolean,
  cell: (text: string) => string,
): string {
  const lines = [
    ['path', 'total_conversions', 'total_conversion_value', 'total_null'].join(delimiter),
    ...rows.map(([steps, arrow, conv, value, nulls]) =>
      [steps.join(arrow), conv, value, nulls].map(cell).join(delimiter),
    ),
  ];
  return lines.join(newline) + (trailing ? newline : '');
}

/** Random rows, separator, line ending, final line break and chunk size of a paths file. */
function randomFile(
  step: fc.Arbitrary<string>,
  count: fc.Arbitrary<string>,
  arrows: readonly string[],
) {
  return [
    fc.array(
      fc.tuple(fc.array(step, { maxLength: 4 }), fc.constantFrom(...arrows), count, count, count),
      { maxLength: 30 },
    ),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.integer({ min: 1, max: 64 }),
  ] as const;
}

test('property: random paths files, random chunk sizes, streamed read = whole-file read', async () => {
  await fc.assert(
    fc.asyncProperty(
      ...randomFile(STEP, COUNT, [' > ', '>', ' → ']),
      async (rows, delimiter, newline, trailing, chunkBytes) => {
        const text = pathsText(rows, delimiter, newline, trailing, (c) => quoted(c, delimiter));
        await expectSameRead(write(text), chunkBytes, { replicates: 5 });
      },
    ),
    { numRuns: 60 },
  );
});

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

// Plain files (no quote): names that share a prefix, escapes, a tab, an empty step; counts the
// byte reader parses by hand (leading zeros, a bare point, more digits than a double holds).
const PLAIN_STEP = fc.constantFrom(...ANY_FILE_STEPS, 'c1', 'c10', 'a\\\\b', '\tpaid', '');
const PLAIN_COUNT = counts(['0', '007', '12.50', '3.', '.5', '99999999999999999']);

test('property: random plain files (read on their bytes), random chunk sizes, same read', async () => {
  await fc.assert(
    fc.asyncProperty(
      ...randomFile(PLAIN_STEP, PLAIN_COUNT, [' > ', '>', ' → ', ' >> ']),
      async (rows, delimiter, newline, trailing, chunkBytes) => {
        // Every row twice: the second time a text is found by its bytes.
        const text = pathsText([...rows, ...rows], delimiter, newline, trailing, (c) => c);
        // No separator inside a cell: the file stays plain (no quotes needed).
        fc.pre(
          text.split(newline).every((line) => line === '' || line.split(delimiter).length === 4),
        );
        const file = write(text);
        expect((await csvShape(file)).plain).toBe(true);
        await expectSameRead(file, chunkBytes, { replicates: 0 });
      },
    ),
    { numRuns: 60 },
  );
});
