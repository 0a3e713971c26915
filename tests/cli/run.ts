/** Runs the real `bin/cadence.js` as a user would, from the repository root. */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

export const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/cadence.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cadenceWith(env: NodeJS.ProcessEnv, ...args: string[]): Run {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '', ...env },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const cadence = (...args: string[]): Run => cadenceWith({}, ...args);

export const fixture = (name: string): string => path.join('tests/fixtures', name);

/** A file the test writes, `name` in a fresh folder of the system's temp dir (never the checkout). */
export function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-')), name);
  writeFileSync(file, content);
  return file;
}
