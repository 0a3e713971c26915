/**
 * Markov at 500, 1,000 and 2,000 generated channels: the whole CLI (`cadence influence
 * paths.csv --json`, every model) and the Markov model alone, per channel count. The goal: 2,000
 * channels take at most 4× the time of 500, whole CLI (removal effects by sparse solves, not a
 * dense inversion that grows as the cube of the channels). For scale, ChannelAttribution's
 * simulation takes about 23 s / 50 s / 170 s on the same counts.
 *
 * Each set has 10,000 paths (PathData's size) over k channels, a few far more common than the
 * rest (tests/support/seeded.ts `generatedPaths`).
 *
 *   npx tsx bench/markov-channels.ts
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { creditInput, markov, readJourneys } from '../src/core/attribution';
import { generatedPaths } from '../tests/support/seeded';
import { bestMs, type Figures } from './figures';

const CHANNELS = [500, 1000, 2000] as const;
const PATHS = 10_000;
const BIN = path.resolve(__dirname, '../bin/cadence.js');

function cliMs(file: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, 'influence', file, '--json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cadence influence ${file}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchMarkovChannels(): Promise<Figures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-markov-bench-'));
  const figures: Record<string, number> = {};
  const whole: Record<number, number> = {};
  try {
    for (const k of CHANNELS) {
      const grid = generatedPaths(k, PATHS, k);
      const file = path.join(dir, `paths-${k}.csv`);
      writeFileSync(file, grid.map((row) => row.join(',')).join('\n'));
      const read = readJourneys(grid, { windowDays: 90, timeZone: 'UTC' });
      if (!read.ok) throw new Error('generated paths unreadable');
      const input = creditInput(read.journeys, 'campaign');
      figures[`${k} channels: channels met`] = input.keys.length;
      figures[`${k} channels: markov alone (ms)`] = await bestMs(() => markov(input), 1);
      let best = Infinity;
      for (let i = 0; i < 2; i++) best = Math.min(best, cliMs(file));
      whole[k] = best;
      figures[`${k} channels: whole CLI (ms)`] = Math.round(best);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  figures['whole CLI, 2,000 / 500 channels (×)'] = Number((whole[2000] / whole[500]).toFixed(2));
  return figures;
}

if (require.main === module) {
  benchMarkovChannels().then((figures) => {
    for (const [figure, value] of Object.entries(figures)) console.log(`${figure}  ${value}`);
  });
}
