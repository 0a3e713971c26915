/**
 * The package as a user gets it: `npm pack`, installed into an empty folder outside the checkout
 * (no sources, no tsx, no dev dependencies within reach), then `cadence review` and
 * `cadence influence` on copies of the examples — `--out` included, which runs the add-on's
 * Code.js that the package must carry.
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

const root = path.resolve(__dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let folder = '';

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'cadence-package-'));
  // The jest global setup has just built dist-cli/: pack it as is (prepack would build again).
  const tarball = execFileSync(
    npm,
    ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder],
    { cwd: root, encoding: 'utf8' },
  ).trim();
  writeFileSync(path.join(folder, 'package.json'), '{ "private": true }\n');
  // The package has no runtime dependency (the CLI is bundled), so nothing is fetched.
  execFileSync(
    npm,
    ['install', '--offline', '--no-audit', '--no-fund', '--silent', `./${tarball}`],
    {
      cwd: folder,
    },
  );
  for (const example of ['review.xlsx', 'touches.csv'])
    copyFileSync(path.join(root, 'examples', example), path.join(folder, example));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function cadence(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const bin = path.join(folder, 'node_modules/.bin/cadence');
  const run = spawnSync(bin, args, { cwd: folder, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the package holds the bundled CLI and nothing to compile', () => {
  const installed = path.join(folder, 'node_modules/cadence');
  expect(readdirSync(installed).sort()).toEqual(['README.md', 'bin', 'dist-cli', 'package.json']);
  expect(readdirSync(path.join(installed, 'dist-cli')).sort()).toEqual([
    'Code.js',
    'cadence.js',
    'vendor',
  ]);
});

test("the package's own files run the CLI: no tsx, exceljs or any node_modules needed", () => {
  // Unpacked where no node_modules folder exists above it, whatever package.json declares.
  const bare = mkdtempSync(path.join(os.tmpdir(), 'cadence-bare-'));
  const tarball = readdirSync(folder).find((f) => f.endsWith('.tgz')) as string;
  execFileSync('tar', ['-xzf', path.join(folder, tarball), '-C', bare]);
  copyFileSync(path.join(root, 'examples/review.xlsx'), path.join(bare, 'review.xlsx'));
  const run = spawnSync(
    process.execPath,
    ['package/bin/cadence.js', 'review', 'review.xlsx', '--today', '2026-11-22', '--out', 'o.xlsx'],
    { cwd: bare, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } },
  );
  // stderr shown on failure: a missing module would be named there.
  expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 0 });
  expect(existsSync(path.join(bare, 'o.xlsx'))).toBe(true);
  rmSync(bare, { recursive: true, force: true });
});

test('cadence review reads the example workbook and writes the add-on result', () => {
  const run = cadence('review', 'review.xlsx', '--today', '2026-11-22', '--tz', 'Europe/Paris');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Review · today 2026-11-22 · 30 programs · 1 ‼ Urgent · 9 ● Overdue/);
  const out = cadence('review', 'review.xlsx', '--today', '2026-11-22', '--out', 'out.xlsx');
  expect(out.code).toBe(0);
  expect(existsSync(path.join(folder, 'out.xlsx'))).toBe(true);
});

test('cadence influence reports the 783 conversions of the touches example', () => {
  const run = cadence('influence', 'touches.csv', '--json');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { conversions: number; models: Record<string, object> };
  expect(report.conversions).toBe(783);
  expect(Object.keys(report.models)).toContain('markov');
});
