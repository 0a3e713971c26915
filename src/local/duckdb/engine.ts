/**
 * The DuckDB engine: a touch file (CSV or Parquet) → the aggregate SQL of core → the exact models.
 * The file is streamed into a temporary DuckDB database on disk (its row order kept, since equal
 * times are ordered by row), so memory stays bounded by DuckDB's limit, not by the file.
 */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import {
  invalidSettings,
  REQUIRED_TOUCH_COLUMNS,
  reportOn,
  TOUCH_COLUMN_LABELS,
  touchColumns,
  usableSettings,
  type InfluenceReport,
  type InfluenceSettings,
  type InputProblem,
} from '../../core/attribution';
import {
  countsSelect,
  PathTableJourneys,
  DIALECTS,
  pathTableSelect,
  timeDecaySelect,
  type AggregateJourneys,
  type AggregateQuery,
  type TimeDecayRow,
  type TouchSource,
  type TouchTableColumns,
} from '../../core/attribution/sql';
import { MAX_LISTED_CELLS, absentColumnsProblem } from '../../core/attribution/input-problem';
import { a1 } from '../../core/text';
import type { CellValue } from '../../core/types';
import { runLeadFacts } from './lead-facts';
import { loadDuckDb, toNumber, toNumberOrNull } from './load';
import { parsedSelect, problemsSelect, viewMacros, type FileColumns } from './touch-view';
import type { DuckDBConnection, DuckDBDataChunk } from '@duckdb/node-api';

export type DuckDbResult =
  | { readonly ok: true; readonly report: InfluenceReport; readonly touches: number }
  | { readonly ok: false; readonly problem: InputProblem };

export interface DuckDbOptions {
  /** The CSV separator (from the header line); ignored for Parquet. */
  readonly delimiter?: string;
  /** DuckDB's memory cap, e.g. '1GB'; it spills to its temporary directory beyond it. */
  readonly memoryLimit?: string;
  /** DuckDB's worker threads (default: one per core). */
  readonly threads?: number;
  /** Keep the database in memory instead of a temporary file (small files, tests). */
  readonly inMemory?: boolean;
  /** Kept touches per slice of prospects in the journey step (default `JOURNEY_SLICE`). */
  readonly journeySlice?: number;
}

const text = DIALECTS.duckdb.text;

/**
 * DuckDB's memory cap: 1 GB (half the machine's memory on a smaller one). Everything the engine
 * runs spills beyond it to the temporary folder: the working tables, the sorts and joins, and the
 * per-prospect step lists, built a slice of prospects at a time (`JOURNEY_SLICE`), so DuckDB's
 * memory stays flat as touches grow.
 */
function defaultMemoryLimit(): string {
  const half = Math.floor(os.totalmem() / 2 / 2 ** 20);
  return `${Math.min(1024, half)}MB`;
}

export const isParquet = (file: string) => path.extname(file).toLowerCase() === '.parquet';

async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects() as Record<string, unknown>[];
}

/**
 * Cells as DuckDB holds them before they are read: the columns (name, type), row 1 (the header),
 * and `body`, a relation of the data rows with `row_no`, their sheet row index.
 */
interface RawCells {
  readonly columns: ReadonlyArray<{ name: string; type: string }>;
  readonly header: CellValue[];
  readonly body: string;
  /** A Parquet file has no header row: its first data row is row_no 1, shown as row 2. */
  readonly parquet: boolean;
}

/**
 * The raw file as view `raw` (cells as they are, CSV as text) with `row_no`: a view, so the file
 * is read by the parse and never copied as is. ROW_NUMBER() OVER () is a streaming window: it
 * numbers the rows in file order, in one pass.
 */
async function rawFile(
  connection: DuckDBConnection,
  file: string,
  delimiter = ',',
): Promise<RawCells> {
  const parquet = isParquet(file);
  const read = parquet
    ? `read_parquet(${text(file)})`
    : // Header row read by DuckDB as data too, so the columns keep their positions whatever the names.
      `read_csv(${text(file)}, header = false, all_varchar = true, delim = ${text(delimiter)}, ` +
      `quote = '"', escape = '"', null_padding = true, strict_mode = false, skip = 0)`;
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW raw AS SELECT row_number() OVER () AS row_no, * FROM ${read}`,
  );
  const columns = (await rows(connection, 'DESCRIBE raw'))
    .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }))
    .filter((c) => c.name !== 'row_no');
  // Row 1 is the header: the file's column names (Parquet) or its first row (CSV).
  if (parquet) return { columns, header: columns.map((c) => c.name), body: 'raw', parquet };
  const [first] = await rows(connection, 'SELECT * EXCLUDE (row_no) FROM raw LIMIT 1');
  const header = columns.map((c) => (first?.[c.name] ?? '') as string);
  return { columns, header, body: '(SELECT * FROM raw WHERE row_no > 1) AS body', parquet };
}

/**
 * Text cells held in memory (header row first) as table `raw_cells`, appended without a file or
 * SQL text: read exactly as the same cells saved as a CSV (an empty cell is NULL, as read_csv
 * reads an empty field).
 */
async function rawCells(
  connection: DuckDBConnection,
  cells: ReadonlyArray<ReadonlyArray<string>>,
): Promise<RawCells> {
  const width = Math.max(0, ...cells.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, i) => ({
    name: `column${i}`,
    type: 'VARCHAR',
  }));
  const definitions = columns.map((c) => `${c.name} VARCHAR`).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE raw_cells (row_no BIGINT, ${definitions})`);
  const appender = await connection.createAppender('raw_cells');
  try {
    cells.forEach((row, r) => {
      appender.appendBigInt(BigInt(r + 1));
      for (let c = 0; c < width; c++) {
        const cell = row[c] ?? '';
        if (cell === '') appender.appendNull();
        else appender.appendVarchar(cell);
      }
      appender.endRow();
    });
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  const header = columns.map((_, c) => cells[0]?.[c] ?? '');
  return {
    columns,
    header,
    body: '(SELECT * FROM raw_cells WHERE row_no > 1) AS body',
    parquet: false,
  };
}

/**
 * One DuckDB database (a temporary file, or memory) with Cadence's reading macros; files are
 * loaded into it one after the other.
 */
export class DuckDbSession {
  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly close: () => void,
    private readonly journeySlice: number,
  ) {}

  static async create(options: DuckDbOptions = {}): Promise<DuckDbSession> {
    const duckdb = loadDuckDb();
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cadence-duckdb-'));
    const database = options.inMemory ? ':memory:' : path.join(folder, 'touches.duckdb');
    const instance = await duckdb.DuckDBInstance.create(database, {
      memory_limit: options.memoryLimit ?? defaultMemoryLimit(),
      temp_directory: path.join(folder, 'spill'),
      preserve_insertion_order: 'true',
      ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
    });
    const connection = await instance.connect();
    const close = () => {
      connection.closeSync();
      instance.closeSync();
      rmSync(folder, { recursive: true, force: true });
    };
    try {
      for (const macro of viewMacros()) await connection.run(macro);
    } catch (error) {
      close();
      throw error;
    }
    return new DuckDbSession(connection, close, options.journeySlice ?? JOURNEY_SLICE);
  }

  /**
   * Streams the file into the database (replacing the previous one). Text dates with an explicit
   * offset are instants seen in `timeZone`, so the zone is fixed per file.
   */
  async load(file: string, timeZone: string, delimiter?: string): Promise<DuckDbTouches> {
    return this.touches(await rawFile(this.connection, file, delimiter), timeZone);
  }

  /**
   * A touch table's text cells held in memory (header row first), read exactly as the same
   * cells saved as a CSV and loaded: no file written, no CSV sniffed.
   */
  async loadCells(
    cells: ReadonlyArray<ReadonlyArray<string>>,
    timeZone: string,
  ): Promise<DuckDbTouches> {
    return this.touches(await rawCells(this.connection, cells), timeZone);
  }

  private async touches(raw: RawCells, timeZone: string): Promise<DuckDbTouches> {
    const { present, problem } = await prepare(this.connection, raw, timeZone);
    const source: TouchSource | null =
      present === null ? null : { kind: 'touch-table', table: 'touches', columns: present };
    return new DuckDbTouches(this.connection, source, problem, this.journeySlice);
  }

  /**
   * A GA4 export saved as Parquet (`events_*.parquet`, the BigQuery export's schema): the GA4
   * variant of the SQL, run here as BigQuery would run it.
   */
  ga4(parquet: string, keyEvent: string): DuckDbTouches {
    const source: TouchSource = { kind: 'ga4', dataset: parquet, keyEvent };
    return new DuckDbTouches(this.connection, source, null, this.journeySlice);
  }

  dispose(): void {
    this.close();
  }
}

/** A touch file loaded into DuckDB once, for one or several reports (settings). */
export class DuckDbTouches {
  constructor(
    private readonly connection: DuckDBConnection,
    private readonly source: TouchSource | null,
    /** Why the file cannot be used (missing columns, unreadable cells), if so. */
    readonly problem: InputProblem | null,
    private readonly journeySlice: number,
  ) {}

  /** The report for these settings; a problem when the file cannot serve them. */
  async report(requested: Partial<InfluenceSettings>): Promise<DuckDbResult> {
    const aggregated = await this.aggregate(requested);
    return aggregated.ok ? aggregated.report() : aggregated;
  }

  /**
   * Everything DuckDB computes for these settings (the journeys of the path table, the time-decay
   * credit, the per-lead facts), and the report to run on them in Node: once this returns, the
   * database is no longer needed, so a one-report run can close it first and the exact models
   * never hold memory beside DuckDB's.
   */
  async aggregate(requested: Partial<InfluenceSettings>): Promise<Aggregated> {
    const settings = usableSettings(requested);
    if (this.problem !== null || this.source === null) {
      return { ok: false, problem: this.problem ?? describeNothing() };
    }
    const source = this.source;
    const present: TouchTableColumns = source.kind === 'touch-table' ? source.columns : GA4_COLUMNS;
    if (settings.by === 'channel' && !present.channel) {
      return {
        ok: false,
        problem: {
          format: 'touches',
          missingColumns: ['Channel'],
          unreadable: [],
          unreadableCount: 0,
        },
      };
    }
    const query: AggregateQuery = {
      source,
      dialect: 'duckdb',
      by: settings.by,
      windowDays: settings.windowDays,
      halfLifeDays: settings.halfLifeDays,
      sameDay: settings.sameDay,
      timeZone: settings.timeZone,
    };
    const { journeys, timeDecay, touches } = await runAggregates(
      this.connection,
      query,
      present,
      this.journeySlice,
    );
    // Readiness and the last touch per lead read prospects, which the path table no longer has.
    const perLead = await runLeadFacts(this.connection, query, present.channel);
    const invalid = invalidSettings(requested);
    return {
      ok: true,
      report: () => ({
        ok: true,
        report: reportOn(journeys, settings, invalid, { time_decay: timeDecay }, perLead),
        touches,
      }),
    };
  }
}

/** DuckDB's part of a report done: the exact models still to run, or why there is no report. */
type Aggregated =
  | { readonly ok: true; readonly report: () => DuckDbResult }
  | { readonly ok: false; readonly problem: InputProblem };

/** What the GA4 variant provides: channel (source / medium) and revenue, no milestones. */
const GA4_COLUMNS: TouchTableColumns = {
  channel: true,
  revenue: true,
  lead: false,
  opportunity: false,
  rowNumber: true,
};

const describeNothing = (): InputProblem => ({
  format: 'touches',
  missingColumns: [],
  unreadable: [],
  unreadableCount: 0,
});

/** One report on one file: open, report, close. */
export async function duckDbInfluence(
  file: string,
  requested: Partial<InfluenceSettings>,
  options: DuckDbOptions = {},
): Promise<DuckDbResult> {
  const session = await DuckDbSession.create(options);
  let aggregated: Aggregated;
  try {
    const touches = await session.load(file, usableSettings(requested).timeZone, options.delimiter);
    aggregated = await touches.aggregate(requested);
  } finally {
    // DuckDB's memory goes back before the models run in Node (a million distinct paths).
    session.dispose();
  }
  return aggregated.ok ? aggregated.report() : aggregated;
}

async function prepare(
  connection: DuckDBConnection,
  { columns: raw, header, body, parquet }: RawCells,
  timeZone: string,
): Promise<{ present: TouchTableColumns | null; problem: InputProblem | null }> {
  const map = touchColumns(header);
  const absent = absentColumnsProblem('touches', map, REQUIRED_TOUCH_COLUMNS, TOUCH_COLUMN_LABELS);
  if (absent !== null) return { present: null, problem: absent };
  const columns: FileColumns = {};
  for (const [key, index] of Object.entries(map) as Array<[keyof FileColumns, number]>) {
    columns[key] = { name: raw[index].name, index, type: raw[index].type };
  }
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE parsed AS ${parsedSelect(columns, timeZone, body)}`,
  );
  const problem = await unreadable(connection, columns, parquet);
  if (problem !== null) return { present: null, problem };
  await connection.run(
    'CREATE OR REPLACE VIEW touches AS SELECT * FROM parsed WHERE NOT blank_row',
  );
  return {
    present: {
      channel: columns.channel !== undefined,
      revenue: columns.revenue !== undefined,
      lead: columns.leadCreatedAt !== undefined,
      opportunity: columns.opportunityCreatedAt !== undefined,
      rowNumber: true,
    },
    problem: null,
  };
}

async function unreadable(
  connection: DuckDBConnection,
  columns: FileColumns,
  parquet: boolean,
): Promise<InputProblem | null> {
  const checks = problemsSelect(columns);
  const [{ n }] = await rows(connection, `SELECT COUNT(*) AS n FROM (${checks}) AS bad`);
  const count = toNumber(n);
  if (count === 0) return null;
  const listed = await rows(
    connection,
    `SELECT * FROM (${checks}) AS bad ORDER BY row_no, check_order LIMIT ${MAX_LISTED_CELLS}`,
  );
  // row_no counts the header as row 1 for a CSV; a Parquet file has no header row, so its first
  // data row is shown as row 2 like a sheet's.
  const offset = parquet ? 0 : -1;
  return {
    format: 'touches',
    missingColumns: [],
    unreadable: listed.map((r) => ({
      cell: a1(toNumber(r.row_no) + offset, toNumber(r.col)),
      severity: 'error' as const,
      message: String(r.message),
    })),
    unreadableCount: count,
  };
}

/**
 * The steps the final queries read more than once (classified: counts, and time decay through
 * `kept`; journey: paths) are computed once into temporary tables; the others are views, inlined
 * where they are read.
 */
const SHARED_STEPS = ['classified', 'journey'];

/**
 * Kept touches per slice of prospects in the journey step. Its per-prospect step lists are
 * aggregate states DuckDB cannot spill: 5 M touches in one GROUP BY ran out of 1 GB, a million
 * at a time stay well inside it.
 */
const JOURNEY_SLICE = 1_000_000;

/**
 * The journey table, one slice of prospects (by a hash of the prospect) at a time: each slice is
 * the same GROUP BY prospect on fewer prospects, so the table is the one a single GROUP BY gives.
 */
async function sliceJourneys(
  connection: DuckDBConnection,
  body: string,
  keptBody: string,
  slice: number,
): Promise<void> {
  const [{ n }] = await rows(connection, 'SELECT COUNT(*) AS n FROM kept');
  const slices = Math.max(1, Math.ceil(toNumber(n) / Math.max(1, slice)));
  if (slices === 1) {
    await connection.run(`CREATE OR REPLACE TEMP TABLE journey AS ${body}`);
    return;
  }
  await connection.run(`CREATE OR REPLACE TEMP TABLE journey AS ${body} LIMIT 0`);
  try {
    for (let slice = 0; slice < slices; slice++) {
      await connection.run(
        `CREATE OR REPLACE TEMP VIEW kept AS SELECT * FROM (${keptBody}) AS all_kept ` +
          `WHERE hash(prospect) % ${slices} = ${slice}`,
      );
      await connection.run(`INSERT INTO journey ${body}`);
    }
  } finally {
    await connection.run(`CREATE OR REPLACE TEMP VIEW kept AS ${keptBody}`);
  }
}

const columnNumbers = (chunk: DuckDBDataChunk, column: number): number[] =>
  chunk.getColumnValues(column).map(toNumber);

/**
 * The path table streamed chunk by chunk into the journeys (a million distinct paths are never
 * held as row objects), then the time-decay buckets and the counts.
 */
export async function runAggregates(
  connection: DuckDBConnection,
  query: AggregateQuery,
  columns: TouchTableColumns,
  slice = JOURNEY_SLICE,
): Promise<AggregateJourneys & { touches: number }> {
  const { ctes, select } = pathTableSelect(query, true);
  const keptBody = ctes.find(([name]) => name === 'kept')?.[1] ?? '';
  for (const [name, body] of ctes) {
    if (name === 'journey') await sliceJourneys(connection, body, keptBody, slice);
    else {
      const kind = SHARED_STEPS.includes(name) ? 'TABLE' : 'VIEW';
      await connection.run(`CREATE OR REPLACE TEMP ${kind} ${name} AS ${body}`);
    }
  }
  const builder = new PathTableJourneys();
  const result = await connection.stream(select);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const paths = chunk.getColumnValues(0);
    const [conversions, value, nulls, lastDay] = [1, 2, 3, 4].map((c) => columnNumbers(chunk, c));
    const [lead, opportunity] = [5, 6].map((c) => chunk.getColumnValues(c).map(toNumberOrNull));
    for (let i = 0; i < chunk.rowCount; i++) {
      builder.add({
        path: String(paths[i]),
        total_conversions: conversions[i],
        total_conversion_value: value[i],
        total_null: nulls[i],
        last_day_touches: lastDay[i],
        lead_index: lead[i],
        opportunity_index: opportunity[i],
      });
    }
  }
  const timeDecay: TimeDecayRow[] = (await rows(connection, timeDecaySelect(query))).map((r) => ({
    step: String(r.step),
    days_before: toNumber(r.days_before),
    touches: toNumber(r.touches),
    conversions: toNumber(r.conversions),
    value: toNumber(r.value),
  }));
  const [c] = await rows(connection, countsSelect());
  const counts = {
    touches: toNumber(c.touches),
    after_conversion: toNumber(c.after_conversion),
    outside_window: toNumber(c.outside_window),
    conversions_without_touches: toNumber(c.conversions_without_touches),
    revenue_conflicts: toNumber(c.revenue_conflicts),
  };
  return { ...builder.finish(timeDecay, counts, columns), touches: counts.touches };
}
