/**
 * Big data: `cadence influence` in its own process on generated files, with the wall time and
 * that process's peak memory (maxRSS, DuckDB's native memory included):
 * - DuckDB on 1, 5 and 10 M touches (Parquet, and the 1 and 5 M files as CSV too; DuckDB streams
 *   the file through its aggregates, so its own memory stays under its limit as touches grow), with
 *   the in-memory engine on the 1 and 5 M CSV files beside it; CPU time (user + system) too, the
 *   figure that still means something on a shared machine. The bootstrap is left out (`--replicates 0`): it
 *   resamples the journeys in JavaScript whichever engine read them (its cost is bench/bootstrap.ts);
 *   `CADENCE_BENCH_REPLICATES=200` puts it back;
 * - 1 M path rows (about 306,000 distinct paths over 12 channels), whole process, in memory, with
 *   and without the bootstrap, against ChannelAttribution's Rscript (4.3–4.7 s, 295 MB, the
 *   issue's measurement).
 * The touch files are generated once by DuckDB (COPY … TO, seconds for 10 M rows) into the system's
 * temporary folder and kept there for the next run; the paths file is written and removed.
 * `CADENCE_BENCH_TOUCHES=100000,200000` runs other sizes (a quick look); `CADENCE_BENCH_TOUCHES=0`
 * runs the path rows alone.
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { loadDuckDb } from '../src/local/duckdb/load';
import { runCadenceMeasured, type PeakRun } from './big-sheets';
import type { Figures } from './figures';
import { mulberry32 } from '../src/core/stats/seeded-random';

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

/**
 * About 5 touches per prospect over 60 days, 40 campaigns, 8 channels, a third converting (on a
 * plain date, 60 to 79 days after the start, with 100 to 599 of revenue): the shape of the 1 M
 * touch measurement of the big-data issue. Pseudo-random from hash(), so every run measures the
 * same file; written by DuckDB, in parallel, as Parquet (typed columns) or CSV (text).
 */
async function touchFile(file: string, touches: number): Promise<void> {
  const duckdb = loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const prospects = Math.ceil(touches / 5);
  const partial = `${file}.partial`;
  const format = file.endsWith('.parquet') ? 'FORMAT parquet' : 'FORMAT csv, HEADER true';
  try {
    await connection.run(
      `COPY (
        SELECT
          'P' || p AS "Prospect",
          'Campaign ' || (hash(i * 3 + 1) % 40) AS "Campaign",
          'Channel ' || (hash(i * 3 + 2) % 8) AS "Channel",
          TIMESTAMP '2026-01-01' + to_seconds(CAST(hash(i * 3 + 3) % ${60 * 86400} AS BIGINT)) AS "Touched at",
          CASE WHEN p % 3 = 0 THEN DATE '2026-03-02' + CAST(p % 20 AS INTEGER) END AS "Converted at",
          CASE WHEN p % 3 = 0 THEN CAST(p % 500 + 100 AS DOUBLE) END AS "Revenue"
        FROM (SELECT i, i % ${prospects} AS p FROM range(${touches}) AS r(i))
      ) TO '${partial}' (${format})`,
    );
    renameSync(partial, file);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The touch file of this size, generated on the first run and kept in the temporary folder. */
async function cachedTouchFile(touches: number, extension: 'parquet' | 'csv'): Promise<string> {
  const dir = path.join(os.tmpdir(), 'cadence-bench-touches');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `touches-${touches}-v2.${extension}`);
  if (!existsSync(file)) await touchFile(file, touches);
  return file;
}

/** 1 M distinct-ish path rows over 12 channels, as PathData is laid out. */
async function pathFile(file: string, rows: number): Promise<void> {
  // The project's one seeded generator, so every run measures the same file.
  const next = mulberry32(rows);
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

const MAX_MEMORY_ENGINE_TOUCHES = 5_000_000;

const SIZES = (process.env.CADENCE_BENCH_TOUCHES ?? '1000000,5000000,10000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

export async function benchBigData(): Promise<Figures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-big-'));
  const figures: Record<string, number | string> = {};
  const label = (n: number) => `${(n / 1e6).toLocaleString('en-US')} M`;
  try {
    const replicates = process.env.CADENCE_BENCH_REPLICATES ?? '0';
    const influence = (file: string, engine: string) =>
      runInfluence([file, '--engine', engine, '--replicates', replicates]);
    const record = (name: string, run: PeakRun) => {
      figures[`${name}: time (s)`] = Math.round(run.seconds * 10) / 10;
      figures[`${name}: CPU (s)`] = Math.round(run.cpuSeconds * 10) / 10;
      figures[`${name}: peak memory (MB)`] = Math.round(run.peakMb);
      if (run.exitCode !== 0) figures[`${name}: exit`] = String(run.exitCode);
    };
    for (const touches of SIZES) {
      const parquet = await cachedTouchFile(touches, 'parquet');
      record(`duckdb ${label(touches)} touches (Parquet)`, influence(parquet, 'duckdb'));
      // The CSV beside it, with both engines, up to 5 M touches (the in-memory engine holds every
      // parsed row: 10 M is past what it is for).
      if (touches <= MAX_MEMORY_ENGINE_TOUCHES) {
        const csv = await cachedTouchFile(touches, 'csv');
        record(`duckdb ${label(touches)} touches (CSV)`, influence(csv, 'duckdb'));
        record(`memory ${label(touches)} touches (CSV)`, influence(csv, 'memory'));
      }
    }
    const paths = path.join(dir, 'paths-1000000.csv');
    await pathFile(paths, 1_000_000);
    // Beside ChannelAttribution's Rscript on the same rows (the measurement): the credits
    // alone, then with the default 200 bootstrap replicates (ChannelAttribution gives no interval).
    for (const [label, extra] of [
      ['credits, --replicates 0', ['--replicates', '0']],
      ['with 200 bootstrap replicates', []],
    ] as const) {
      const run = runInfluence([paths, '--format', 'paths', '--by', 'channel', ...extra]);
      figures[`1 M path rows, whole process, ${label} (Cadence vs ChannelAttribution)`] =
        `${Math.round(run.seconds * 10) / 10} s, ${Math.round(run.peakMb)} MB vs 4.3–4.7 s, 295 MB`;
      if (run.exitCode !== 0) figures[`1 M path rows, ${label}: exit`] = String(run.exitCode);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
