/**
 * How long `cadence --help` takes against a bare `node -e 0`: the packaged CLI should start
 * about as fast as node itself (goal: under 3×). Runs alternate so machine load hits both alike;
 * the median of each is kept.
 */
import { spawnSync } from 'child_process';
import path from 'path';
import type { Figures } from './figures';

const RUNS = 15;
const BIN = path.resolve(__dirname, '../bin/cadence.js');

function runMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${run.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchCliStartup(): Figures {
  const node: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(runMs(['-e', '0']));
    help.push(runMs([BIN, '--help']));
  }
  return {
    'node -e 0, median of 15 (ms)': Math.round(median(node)),
    'cadence --help, median of 15 (ms)': Math.round(median(help)),
    'cadence --help / node -e 0 (×)': Number((median(help) / median(node)).toFixed(2)),
  };
}
