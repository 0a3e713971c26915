/**
 * Big sheets through the CLI, as a user runs it: `cadence review big.xlsx --out --ics` on 10,000
 * and 50,000 programs, each in its own Node process, with the wall time and that process's peak
 * memory (maxRSS). The target: under 1 GB at 50,000 rows. Also the file bridges alone (export
 * and load of a 10,000 × 20 formatted sheet), whose timings left the test suite.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { createAppsScript } from '@cadence/apps-script-fake';
import { loadWorkbookInto } from '../src/local/files/workbook-in';
import { saveWorkbook, workbookBuffer } from '../src/local/files/workbook-out';
import type { BenchRow } from './table';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/cadence.js');
const TYPES = ['Nurture', 'Automation rule', 'Scoring rule', 'Lead assignment', 'Webinar', 'Video'];
const MB = 1024 * 1024;

/** A review workbook of `rows` programs and 8 quarterly review columns, as users keep them. */
export async function writeBigReview(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = workbook.addWorksheet('Review');
  const dates = Array.from({ length: 8 }, (_, k) => new Date(Date.UTC(2024, 11 + 3 * k, 2)));
  sheet.addRow(['Program', 'Baseline', 'Type', 'Metric', 'Owner', ...dates]).commit();
  for (let i = 0; i < rows; i++) {
    const values = dates.map((_, k) =>
      (i * 7 + k * 13) % 11 === 0 ? null : 100 + ((i * 31 + k * 17) % 97),
    );
    sheet
      .addRow([
        `Program ${i + 1}`,
        100 + (i % 50),
        TYPES[i % 6],
        'Leads',
        `o${i % 7}@example.com`,
        ...values,
      ])
      .commit();
  }
  await workbook.commit();
}

export interface CliRun extends PeakRun {
  readonly rows: number;
}

/**
 * A `cadence` command's wall time, its CPU time (user + system, every thread: the figure that
 * still means something on a shared machine), its own peak resident memory (maxRSS), exit code.
 */
export interface PeakRun {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly exitCode: number | null;
}

/**
 * `cadence …args` in a child process. The child reports its own peak resident memory as it
 * exits: what the user's machine had to hold, whatever the parent does. The one helper for every
 * bench that runs the CLI whole (big sheets, big data).
 */
export function runCadenceMeasured(args: readonly string[]): PeakRun {
  const report = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\ncadence-peak-rss ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });`;
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [
      '-e',
      `${report} process.argv.splice(1, 0, ${JSON.stringify(BIN)}); require(${JSON.stringify(BIN)});`,
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * MB },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [, kb, cpuMicros] = /cadence-peak-rss (\d+) (\d+)/.exec(child.stderr) ?? [];
  return {
    seconds,
    cpuSeconds: Number(cpuMicros ?? NaN) / 1e6,
    peakMb: Number(kb ?? NaN) / 1024,
    exitCode: child.status,
  };
}

/** One `cadence review … --out --ics` on a big review, as a user runs it. */
export function runCliOn(file: string, rows: number, dir: string): CliRun {
  const run = runCadenceMeasured([
    'review',
    file,
    '--today',
    '2026-11-22',
    '--tz',
    'Europe/Paris',
    '--out',
    path.join(dir, `out-${rows}.xlsx`),
    '--ics',
    path.join(dir, `out-${rows}.ics`),
    '--json',
  ]);
  return { rows, ...run };
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The file bridges alone: a 10,000 × 20 formatted sheet exported, then loaded back. */
async function bridges(dir: string): Promise<BenchRow[]> {
  const env = createAppsScript({ timeZone: 'Europe/Paris' });
  const rows = Array.from({ length: 10_000 }, (_, r) =>
    Array.from({ length: 20 }, (_, c) => (c === 0 ? `Program ${r}` : (r * c) / 1000)),
  );
  env.spreadsheet.addSheetFromGrid('Big', rows);
  const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Big')!;
  sheet.getRange(1, 2, 10_000, 19).setNumberFormat('0.0%');
  let start = process.hrtime.bigint();
  await workbookBuffer(env);
  const exportMs = ms(start);
  const file = path.join(dir, 'bridges.xlsx');
  await saveWorkbook(env, file);
  start = process.hrtime.bigint();
  await loadWorkbookInto(createAppsScript({ timeZone: 'Europe/Paris' }), file, {
    timeZone: 'Europe/Paris',
  });
  const loadMs = ms(start);
  return [
    { figure: 'export 10,000 × 20 formatted sheet to .xlsx', value: `${Math.round(exportMs)} ms` },
    { figure: 'load 10,000 × 20 formatted .xlsx', value: `${Math.round(loadMs)} ms` },
  ];
}

/** The figures: time and peak memory of `review --out --ics` at 10,000 and 50,000 rows. */
export async function benchBigSheets(
  sizes: readonly number[] = [10_000, 50_000],
): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-'));
  try {
    const figures: BenchRow[] = [];
    for (const rows of sizes) {
      const file = path.join(dir, `review-${rows}.xlsx`);
      await writeBigReview(file, rows);
      const run = runCliOn(file, rows, dir);
      const label = `review --out --ics, ${rows.toLocaleString('en')} rows`;
      figures.push(
        { figure: `${label}: time`, value: `${run.seconds.toFixed(1)} s` },
        {
          figure: `${label}: peak memory`,
          value: `${Math.round(run.peakMb)} MB${run.peakMb < 1024 ? ' (< 1 GB)' : ' (OVER 1 GB)'}${run.exitCode === 0 ? '' : ` exit ${run.exitCode}`}`,
        },
      );
    }
    return [...figures, ...(await bridges(dir))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
