/**
 * The CLI never crashes or hangs: a closed pipe, an output it cannot write, a damaged workbook,
 * a day that does not exist and an unknown language each end in one line (or quietly), exit 2.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { cadence, root } from './run';

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |node:internal|EEXIST/);

it('`cadence review … --json | head -1` ends quietly: no EPIPE stack trace', () => {
  const run = spawnSync(
    'bash',
    [
      '-c',
      'set -o pipefail; node bin/cadence.js review examples/review.xlsx --today 2026-11-22 --json | head -1',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(run.stdout).toBe('{\n');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

describe('an output that cannot be written is one line, exit 2', () => {
  it.each([
    ['--ics', '/proc/x/y.ics', /^cadence: --ics: cannot write \/proc\/x\/y\.ics: /],
    [
      '--out',
      'README.md/out.xlsx',
      /^cadence: --out: cannot write README\.md\/out\.xlsx: .*README\.md is not a folder/,
    ],
    [
      '--ics',
      'README.md/sub/r.ics',
      /^cadence: --ics: cannot write README\.md\/sub\/r\.ics: .*is not a folder/,
    ],
  ])('%s %s', (flag, file, message) => {
    const run = spawnSync(
      process.execPath,
      ['bin/cadence.js', 'review', 'examples/review.xlsx', flag, file],
      // A hang would be killed here and fail the exit-code check below.
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    noStack(run.stderr);
  });
});

it('a damaged .xlsx is one line without library internals or URLs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-'));
  const file = path.join(dir, 'broken.xlsx');
  // A zip header followed by garbage: what a truncated download looks like.
  writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
  const run = cadence('review', file);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    `cadence: ${file}: not a readable .xlsx workbook (damaged, or not an Excel file).\n`,
  );
});

it('--today 2026-02-30 says the day does not exist', () => {
  const run = cadence('review', 'examples/review.xlsx', '--today', '2026-02-30');
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    'cadence: --today: 2026-02-30 does not exist (that month has no such day)\n',
  );
});

it.each([
  ['review', 'examples/review.xlsx'],
  ['influence', 'examples/touches.csv'],
])('an unknown --lang is refused by `%s` alike', (command, file) => {
  const run = cadence(command, file, '--lang', 'de');
  expect(run.code).toBe(2);
  expect(run.stderr).toBe('cadence: --lang must be en or fr, got "de"\n');
});
