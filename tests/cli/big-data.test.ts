/**
 * The big-data contract of `cadence influence`: `--engine memory|duckdb` give the same report
 * (and say which engine ran, over how many touches), Parquet is read by its extension,
 * `--sql bigquery --table …` and `--ga4 … --key-event …` print a query that parses as BigQuery,
 * and every wrong flag is one line with exit code 2.
 */
import { mkdtempSync, rmSync } from 'fs';
import { Parser } from 'node-sql-parser';
import os from 'os';
import path from 'path';
import { loadDuckDb } from '../../src/local/duckdb/load';
import { cadence, root } from './run';

const folder = mkdtempSync(path.join(os.tmpdir(), 'cadence-big-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Report = {
  conversions: number;
  models: Record<string, Record<string, number>>;
  engine: string;
  touches: number | null;
};

const report = (...args: string[]): Report => {
  const run = cadence('influence', ...args, '--tz', 'Europe/Paris', '--json');
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Report;
};

function expectSameCredits(a: Report, b: Report): void {
  expect(Object.keys(a.models)).toEqual(Object.keys(b.models));
  for (const [model, credits] of Object.entries(b.models))
    for (const [key, value] of Object.entries(credits))
      expect(Math.abs(a.models[model][key] - value)).toBeLessThan(1e-9);
}

test('--engine duckdb and --engine memory: the same report, each naming its engine', () => {
  const memory = report('examples/touches.csv', '--engine', 'memory');
  const duck = report('examples/touches.csv', '--engine', 'duckdb');
  expect([memory.engine, memory.touches]).toEqual(['memory', 6551]);
  expect([duck.engine, duck.touches]).toEqual(['duckdb', 6551]);
  expectSameCredits(duck, memory);
  const table = cadence('influence', 'examples/touches.csv', '--engine', 'duckdb', '--tz', 'UTC');
  expect(table.stdout.trimEnd().split('\n').pop()).toBe('computed by DuckDB over 6,551 touches');
  const french = cadence('influence', 'examples/touches.csv', '--tz', 'UTC', '--lang', 'fr');
  expect(french.stdout.trimEnd().split('\n').pop()).toBe('calculé en mémoire sur 6 551 contacts');
});

test('a Parquet file is read by its extension, by either engine', async () => {
  const file = path.join(folder, 'touches.parquet');
  const duckdb = loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const csv = path.join(root, 'examples/touches.csv').replace(/'/g, "''");
  // Typed columns, as a warehouse writes them: timestamps and a double revenue.
  await connection.run(
    `COPY (SELECT * REPLACE (CAST("Revenue" AS DOUBLE) AS "Revenue") FROM read_csv('${csv}', ` +
      `types = {'Touched at': 'TIMESTAMP', 'Converted at': 'TIMESTAMP'})) TO '${file}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
  const fromCsv = report('examples/touches.csv');
  const duck = report(file);
  const memory = report(file, '--engine', 'memory');
  expect([duck.engine, memory.engine]).toEqual(['duckdb', 'memory']);
  expectSameCredits(duck, fromCsv);
  expectSameCredits(memory, fromCsv);
});

test('--sql bigquery prints the path-table query for a touch table and for GA4', () => {
  const parser = new Parser();
  const table = cadence('influence', '--sql', 'bigquery', '--table', 'acme-prod.crm.touches');
  expect(table.code).toBe(0);
  expect(table.stdout).toContain('FROM `acme-prod.crm.touches`');
  expect(() => parser.astify(table.stdout, { database: 'BigQuery' })).not.toThrow();
  const ga4 = cadence(
    'influence',
    '--ga4',
    'acme-prod.analytics_123456',
    '--key-event',
    'generate_lead',
    '--by',
    'channel',
    '--window',
    '30',
  );
  expect(ga4.code).toBe(0);
  expect(ga4.stdout).toContain('FROM `acme-prod.analytics_123456.events_*`');
  expect(ga4.stdout).toContain("WHERE event_name = 'generate_lead'");
  expect(ga4.stdout).toContain('-- Credit by channel, 30-day influence window');
  expect(() => parser.astify(ga4.stdout, { database: 'BigQuery' })).not.toThrow();
});

test.each([
  [['examples/touches.csv', '--engine', 'spark'], '--engine must be memory or duckdb, got "spark"'],
  [['--sql', 'oracle', '--table', 'a.b.c'], '--sql must be bigquery or duckdb, got "oracle"'],
  [['--sql', 'bigquery'], '--sql needs --table project.dataset.table or --ga4 project.dataset'],
  [['--table', "a.b.c'; DROP TABLE x"], `--table: "a.b.c'; DROP TABLE x" is not a BigQuery table`],
  [['--ga4', 'a.b'], '--ga4 needs --key-event NAME'],
  [
    ['--ga4', 'a.b', '--key-event', "x' OR 1=1"],
    `--key-event: "x' OR 1=1" is not a GA4 event name`,
  ],
  [[], 'influence needs a file, or --sql with --table or --ga4'],
])('cadence influence %j: one line, exit 2', (args, message) => {
  const run = cadence('influence', ...args);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(message);
});
