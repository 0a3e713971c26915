/**
 * `cadence influence` at scale: which engine runs a file (`--engine`, else DuckDB above
 * AUTO_DUCKDB_BYTES or for Parquet when DuckDB is installed), the DuckDB run, a Parquet file for
 * the in-memory engine, and `--sql` / `--table` / `--ga4` / `--key-event`, which print the
 * warehouse query instead of reading a file.
 */
import { open, stat } from 'fs/promises';
import {
  detectFormat,
  describeProblem,
  type InfluenceReport,
  type InfluenceSettings,
} from '../../core/attribution';
import {
  describeWarehouseProblem,
  SQL_DIALECTS,
  warehouseSql,
  type SqlDialect,
} from '../../core/attribution/sql';
import { tBig } from '../../core/i18n/big-data';
import { tc } from '../../core/i18n/cli';
import type { CellValue, Locale } from '../../core/types';
import { duckDbInfluence, isParquet, type DuckDbResult, type DuckDbStep } from '../duckdb/engine';
import { tryLoadDuckDb } from '../duckdb/load';
import { parquetGrid } from '../duckdb/parquet-grid';
import { stepProgress } from './progress';
import { detectDelimiter, InputError, parseCsv } from '../files/read-grid';

export type Engine = 'memory' | 'duckdb';

/**
 * Above this size a touch CSV goes to DuckDB: about 700,000 touches, where the in-memory engine
 * passes 600 MB (1 M touches took 925 MB and 6.9 s, issue figures) while DuckDB stays flat.
 */
export const AUTO_DUCKDB_BYTES = 50 * 1024 * 1024;

export interface BigDataOptions {
  engine?: string;
  sql?: string;
  table?: string;
  ga4?: string;
  keyEvent?: string;
}

export function engineOption(text: string | undefined): Engine | undefined {
  if (text === undefined) return undefined;
  if (text === 'memory' || text === 'duckdb') return text;
  throw new InputError((l) => tBig(l, 'error.engine', { value: text }));
}

/** True when the options ask for the warehouse SQL rather than a report on a file. */
export function wantsSql(options: BigDataOptions): boolean {
  return (
    options.sql !== undefined ||
    options.table !== undefined ||
    options.ga4 !== undefined ||
    options.keyEvent !== undefined
  );
}

export function printSql(
  options: BigDataOptions,
  settings: Pick<InfluenceSettings, 'by' | 'windowDays' | 'timeZone'>,
  locale: Locale,
): string {
  const dialectText = options.sql ?? 'bigquery';
  if (!(SQL_DIALECTS as readonly string[]).includes(dialectText))
    throw new InputError((l) => tBig(l, 'error.sql', { value: dialectText }));
  const result = warehouseSql(
    {
      dialect: dialectText as SqlDialect,
      table: options.table,
      ga4: options.ga4,
      keyEvent: options.keyEvent,
      ...settings,
    },
    locale,
  );
  if (!result.ok) {
    const problem = result.problem;
    throw new InputError((l) => describeWarehouseProblem(l, problem));
  }
  return result.sql.trimEnd();
}

/** The header cells of a CSV, from its first 64 KB (enough for any header line). */
async function csvHeader(file: string): Promise<{ header: CellValue[]; delimiter: string }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    return { header: parseCsv(firstLine)[0] ?? [], delimiter: detectDelimiter(firstLine) };
  } finally {
    await handle.close();
  }
}

/**
 * The engine for this file: the one asked for, else DuckDB for Parquet and for touch CSVs above
 * AUTO_DUCKDB_BYTES when it is installed, else memory. Paths files are aggregated already: always
 * memory.
 */
export async function chooseEngine(
  file: string,
  requested: Engine | undefined,
  format: InfluenceSettings['format'],
): Promise<{ engine: Engine; delimiter?: string }> {
  if (isParquet(file)) return { engine: requested ?? 'duckdb' };
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (requested === 'memory' || (requested === undefined && size < AUTO_DUCKDB_BYTES))
    return { engine: 'memory' };
  if (!file.toLowerCase().endsWith('.csv')) return { engine: 'memory' };
  const { header, delimiter } = await csvHeader(file);
  const paths = (format ?? detectFormat(header)) === 'paths';
  if (paths) {
    if (requested === 'duckdb') throw new InputError((l) => tBig(l, 'error.duckdbPaths'));
    return { engine: 'memory' };
  }
  if (requested === undefined && tryLoadDuckDb() === null) return { engine: 'memory' };
  return { engine: 'duckdb', delimiter };
}

/** The words of a DuckDB step on the progress bar. */
export function stepLabel(locale: Locale, step: DuckDbStep): string {
  return step.kind === 'slice'
    ? tBig(locale, 'step.slice', { done: step.done, of: step.of })
    : tBig(locale, `step.${step.kind}`);
}

/**
 * Where a DuckDB step stands among all of them, 1-based: the read, the slices, the totals, the
 * journeys (the number of slices is known once the file is read).
 */
function stepPlace(step: DuckDbStep, slices: number): { done: number; total: number } {
  const total = slices + 3;
  switch (step.kind) {
    case 'read':
      return { done: 1, total };
    case 'slice':
      return { done: 1 + step.done, total };
    case 'totals':
      return { done: slices + 2, total };
    case 'journeys':
      return { done: slices + 3, total };
  }
}

/** The DuckDB run, with its problems as the one-line errors of the in-memory path. */
export async function duckDbReport(
  file: string,
  settings: Partial<InfluenceSettings>,
  delimiter: string | undefined,
  progress: { readonly locale: Locale; readonly json: boolean | undefined },
): Promise<{ report: InfluenceReport; touches: number }> {
  const bar = stepProgress(progress.json);
  let slices = 1;
  const onStep = (step: DuckDbStep) => {
    if (step.kind === 'slice') slices = step.of;
    const { done, total } = stepPlace(step, slices);
    bar.step(stepLabel(progress.locale, step), done, total);
  };
  let result: DuckDbResult;
  try {
    result = await duckDbInfluence(file, settings, { delimiter, onStep });
  } finally {
    bar.stop();
  }
  if (!result.ok) {
    const problem = describeProblem(result.problem);
    throw new InputError((l) => tc(l, 'error.missingColumns', { file, sheet: 'touches', problem }));
  }
  return { report: result.report, touches: result.touches };
}

export { parquetGrid };

/** The line that says which engine produced the report and over how much data. */
export function engineLine(
  locale: Locale,
  engine: Engine,
  report: InfluenceReport,
  count: number,
): string {
  // The catalogue writes the count in the locale's digits.
  if (report.format === 'paths') return tBig(locale, 'engine.paths', { rows: count });
  return tBig(locale, engine === 'duckdb' ? 'engine.duckdb' : 'engine.memory', { touches: count });
}
