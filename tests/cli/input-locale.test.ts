/**
 * `cadence review --locale`: how a file's ambiguous text dates are read, as the spreadsheet
 * locale does in Sheets. Run as a user runs it, on tests/fixtures/us-dates.csv.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/cadence.js');
const file = 'tests/fixtures/us-dates.csv';

function cadence(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Json {
  rows: Array<{ name: string; nextReview: string | null }>;
  diagnostics: Array<{ cell: string; kind: string; cells?: string[]; message: string }>;
}

function review(...extra: string[]): Json {
  const run = cadence(
    'review',
    file,
    '--json',
    '--today',
    '2026-11-22',
    '--tz',
    'Europe/Paris',
    ...extra,
  );
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Json;
}

const pricing = (json: Json) => json.rows.find((r) => r.name === 'Pricing page rule')?.nextReview;

test('English headers, no --locale: set up on 10/1/2026 is 1 October, due 30 days later', () => {
  const json = review();
  expect(pricing(json)).toBe('2026-10-31');
  expect(json.diagnostics.find((d) => d.kind === 'ambiguous_dates')).toMatchObject({
    cell: 'C2',
    cells: ['C2', 'C3', 'C4'],
  });
});

test('--locale en-GB: the same cell is 10 January, due on 2026-02-09, and the warning says en-GB', () => {
  const json = review('--locale', 'en_GB');
  expect(pricing(json)).toBe('2026-02-09');
  expect(json.diagnostics.find((d) => d.kind === 'ambiguous_dates')?.message).toContain(
    'from the spreadsheet locale en-GB',
  );
});

test('an unknown --locale is one line on stderr, exit 2', () => {
  const run = cadence('review', file, '--locale', 'klingon');
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    'cadence: --locale: expected a locale such as en-US, en-GB or fr-FR, got "klingon"\n',
  );
});
