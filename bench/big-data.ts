/**
 * Big data: `cadence influence` in its own process on generated files, with the wall time and
 * that process's peak memory (maxRSS, DuckDB's native memory included):
 * - DuckDB on 1, 5 and 10 M touches (touch CSV; DuckDB streams it into a temporary database, so
 *   peak memory should stay flat as touches grow);
 * - 1 M path rows, whole process, in memory, against ChannelAttribution's Rscript (4.3–4.7 s,
 *   295 MB, the measurement).
 * The files are written to the system's temporary folder and removed.
 * `CADENCE_BENCH_TOUCHES=100000,200000` runs other sizes (a quick look).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCadenceMeasured, type PeakRun } from './big-sheets';
import type { Figures } from './figures';

/** A seeded generator, so every run measures the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function writeLines(
  file: string,
  header: string,
  count: number,
  line: (i: number) => string,
) {
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${header}\n`);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
}

/** About 5 touches per prospect over 60 days, 40 campaigns, 8 channels, a third converting. */
async function touchFile(file: string, touches: number): Promise<void> {
  const next = random(touches);
  const prospects = Math.ceil(touches / 5);
  const day0 = Date.UTC(2026, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  await writeLines(
    file,
    'Prospect,Campaign,Channel,Touched at,Converted at,Revenue',
    touches,
    (i) => {
      const p = i % prospects;
      const touched = day0 + Math.floor(next() * 60 * 86400) * 1000;
      const converts = p % 3 === 0;
      const converted = converts ? iso(day0 + (60 + (p % 20)) * 86400_000) : '';
      return `P${p},Campaign ${Math.floor(next() * 40)},Channel ${Math.floor(next() * 8)},${iso(touched)},${converted},${converts ? (p % 500) + 100 : ''}`;
    },
  );
}

/** 1 M distinct-ish path rows over 12 channels, as PathData is laid out. */
async function pathFile(file: string, rows: number): Promise<void> {
  const next = random(rows);
  await writeLines(file, 'path;total_conversions;total_conversion_value;total_null', rows, () => {
    const length = 1 + Math.floor(next() * 6);
    const steps = Array.from({ length }, () => `c${Math.floor(next() * 12)}`).join(' > ');
    const conversions = Math.floor(next() * 3);
    return `${steps};${conversions};${conversions * 50};${1 + Math.floor(next() * 20)}`;
  });
}

function runInfluence(args: readonly string[]): PeakRun {
  return runCadenceMeasured(['influence', ...args, '--tz', 'UTC', '--json']);
}

const SIZES = (process.env.CADENCE_BENCH_TOUCHES ?? '1000000,5000000,10000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

export async function benchBigData(): Promise<Figures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-big-'));
  const figures: Record<string, number | string> = {};
  const label = (n: number) => `${(n / 1e6).toLocaleString('en-US')} M`;
  try {
    for (const touches of SIZES) {
      const file = path.join(dir, `touches-${touches}.csv`);
      await touchFile(file, touches);
      const run = runInfluence([file, '--engine', 'duckdb']);
      figures[`duckdb ${label(touches)} touches: time (s)`] = Math.round(run.seconds * 10) / 10;
      figures[`duckdb ${label(touches)} touches: peak memory (MB)`] = Math.round(run.peakMb);
      if (run.exitCode !== 0)
        figures[`duckdb ${label(touches)} touches: exit`] = String(run.exitCode);
      rmSync(file);
    }
    const paths = path.join(dir, 'paths-1000000.csv');
    await pathFile(paths, 1_000_000);
    const run = runInfluence([paths, '--format', 'paths', '--by', 'channel']);
    // Beside ChannelAttribution's Rscript on the same rows (the measurement).
    figures['1 M path rows, whole process (Cadence vs ChannelAttribution)'] =
      `${Math.round(run.seconds * 10) / 10} s, ${Math.round(run.peakMb)} MB vs 4.3–4.7 s, 295 MB`;
    if (run.exitCode !== 0) figures['1 M path rows: exit'] = String(run.exitCode);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
