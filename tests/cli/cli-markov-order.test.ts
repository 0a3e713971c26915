/**
 * `cadence influence --order N`: ChannelAttribution's Markov order (markov_model's `order`), 1 to 4.
 * A > B converts twice, C > B never: order 1 pools both visits of B and credits A and C alike;
 * order 2 keeps (A,B) and (C,B) apart and gives C nothing.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { cadence } from './run';

function pathsFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-order-'));
  const file = path.join(dir, 'paths.csv');
  writeFileSync(file, 'path,total_conversions,total_null\nA > B,2,0\nC > B,0,2\n');
  return file;
}

const markovOf = (stdout: string): Record<string, number> =>
  (JSON.parse(stdout) as { models: { markov: Record<string, number> } }).models.markov;

describe('cadence influence --order', () => {
  const file = pathsFile();

  it('order 1 by default: A .5, B 1, C .5 of the 2 conversions', () => {
    const run = cadence('influence', file, '--json');
    expect(run.code).toBe(0);
    expect(markovOf(run.stdout)).toEqual({ A: 0.5, B: 1, C: 0.5 });
  });

  it('--order 2: A 1, B 1, C 0', () => {
    const run = cadence('influence', file, '--order', '2', '--json');
    expect(run.code).toBe(0);
    expect(markovOf(run.stdout)).toEqual({ A: 1, B: 1, C: 0 });
  });

  it.each([
    ['en', '5', /^cadence: --order must be 1, 2, 3 or 4, got "5"\n$/],
    ['fr', 'deux', /^cadence: --order doit valoir 1, 2, 3 ou 4, reçu « deux »\n$/],
  ])('--lang %s --order %s is refused in one sentence (exit 2)', (lang, order, message) => {
    const run = cadence('influence', file, '--order', order, '--lang', lang);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
