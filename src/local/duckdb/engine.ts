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
  type PerLeadFacts,
} from '../../core/attribution';
import {
  countsSelect,
  PathTableJourneys,
  DIALECTS,
  pathTableSelect,
  timeDecaySelect,
  type AggregateCounts,
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
  /** DuckDB's memory cap, e.g. '512MB'; it spills to its temporary directory beyond it. */
  readonly memoryLimit?: string;
  /** DuckDB's worker threads (default: one per core). */
  readonly threads?: number;
  /** Keep the database in memory instead of a temporary file (small files, tests). */
  readonly inMemory?: boolean;
  /** Touches per slice of prospects in the per-prospect steps (default `JOURNEY_SLICE`). */
  readonly journeySlice?: number;
  /**
   * Where the database, its spill and the parked path table go (default: the system's temporary
   * folder). Big files spill gigabytes: a disk with room may be named here.
   */
  readonly tempDirectory?: string;
  /** Told each step as it starts, so a long run can show where it is. */
  readonly onStep?: (step: DuckDbStep) => void;
}

/**
 * The steps of a run, in order: the file read and checked, each slice of prospects through the
 * per-prospect steps (`done` of `of`, 1-based), the totals and per-lead facts, then the path table
 * read into journeys (after the database is closed).
 */
export type DuckDbStep =
  | { readonly kind: 'read' }
  | { readonly kind: 'slice'; readonly done: number; readonly of: number }
  | { readonly kind: 'totals' }
  | { readonly kind: 'journeys' };

/** How the engine works through a file: the slice size, the folder it may write in, who listens. */
interface Work {
  readonly slice: number;
  readonly tempDirectory: string;
  readonly onStep: (step: DuckDbStep) => void;
}

const text = DIALECTS.duckdb.text;

/**
 * DuckDB's memory cap: 512 MB (half the machine's memory on a smaller one). Everything the engine
 * runs spills beyond it to the temporary folder: the working tables, the sorts and joins; the
 * per-prospect steps run a slice of prospects at a time (`JOURNEY_SLICE`), and the path table is
 * read into journeys only after DuckDB is closed. So the whole run's memory stays flat as touches
 * grow: measured at 0.65, 0.84 and 0.92 GB peak for 1, 5 and 10 M touches, where a 1 GB cap gave
 * 1.4 and 1.9 GB at 5 and 10 M, and the smaller cap was not slower in our runs.
 */
function defaultMemoryLimit(): string {
  const half = Math.floor(os.totalmem() / 2 / 2 ** 20);
  return `${Math.min(512, half)}MB`;
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
    private readonly work: Work,
  ) {}

  static async create(options: DuckDbOptions = {}): Promise<DuckDbSession> {
    const duckdb = loadDuckDb();
    const work: Work = {
      slice: options.journeySlice ?? JOURNEY_SLICE,
      tempDirectory: options.tempDirectory ?? os.tmpdir(),
      onStep: options.onStep ?? (() => undefined),
    };
    const folder = mkdtempSync(path.join(work.tempDirectory, 'cadence-duckdb-'));
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
    return new DuckDbSession(connection, close, work);
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
    this.work.onStep({ kind: 'read' });
    const { present, problem } = await prepare(this.connection, raw, timeZone);
    const source: TouchSource | null =
      present === null ? null : { kind: 'touch-table', table: 'touches', columns: present };
    return new DuckDbTouches(this.connection, source, problem, this.work);
  }

  /**
   * A GA4 export saved as Parquet (`events_*.parquet`, the BigQuery export's schema): the GA4
   * variant of the SQL, run here as BigQuery would run it.
   */
  ga4(parquet: string, keyEvent: string): DuckDbTouches {
    const source: TouchSource = { kind: 'ga4', dataset: parquet, keyEvent };
    return new DuckDbTouches(this.connection, source, null, this.work);
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
    private readonly work: Work,
  ) {}

  /** The report for these settings; a problem when the file cannot serve them. */
  async report(requested: Partial<InfluenceSettings>): Promise<DuckDbResult> {
    const aggregated = await this.aggregate(requested);
    return aggregated.ok ? aggregated.report() : aggregated;
  }

  /**
   * Everything DuckDB computes for these settings (the path table, parked in a file; the
   * time-decay buckets, the counts, the per-lead facts), and the report to run on them in Node:
   * once this returns, the database is no longer needed, so a one-report run can close it first
   * and the journeys and exact models never hold memory beside DuckDB's. `report` must be called
   * once: it reads the parked file and removes it.
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
    // The path table is parked in a file of its own, read into journeys only once the report runs
    // (after the database is closed, for a one-report run).
    const folder = mkdtempSync(path.join(this.work.tempDirectory, 'cadence-paths-'));
    const discard = () => rmSync(folder, { recursive: true, force: true });
    let parked: ParkedAggregates;
    let perLead: PerLeadFacts;
    try {
      parked = await runAggregates(
        this.connection,
        query,
        path.join(folder, 'paths.parquet'),
        this.work,
      );
      // Readiness and the last touch per lead read prospects, which the path table no longer has.
      perLead = await runLeadFacts(this.connection, query, present.channel);
    } catch (error) {
      discard();
      throw error;
    }
    const invalid = invalidSettings(requested);
    return {
      ok: true,
      report: async () => {
        try {
          this.work.onStep({ kind: 'journeys' });
          const { journeys, timeDecay } = await journeysOf(parked, present);
          return {
            ok: true,
            report: reportOn(journeys, settings, invalid, { time_decay: timeDecay }, perLead),
            touches: parked.counts.touches,
          };
        } finally {
          discard();
        }
      },
    };
  }
}

/** DuckDB's part of a report done: the exact models still to run, or why there is no report. */
type Aggregated =
  | { readonly ok: true; readonly report: () => Promise<DuckDbResult> }
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
 * Touches per slice of prospects. Every step from the touches to the journeys is per prospect
 * (each prospect's conversion, window, milestones and ordered steps read only its own touches),
 * so a slice of prospects, chosen by a hash of the prospect, goes through them alone and its rows
 * are appended to the working tables: what DuckDB holds while it computes is one slice's, however
 * many touches the file has. The per-prospect step lists are aggregate states DuckDB cannot
 * spill: 5 M touches in one GROUP BY ran out of 1 GB; a million at a time stay well inside it.
 */
const JOURNEY_SLICE = 1_000_000;

/**
 * The per-prospect steps (`prospect_summary` → `dated` → `classified` → `kept` → `journey`) a
 * slice of prospects at a time, into the tables `classified_all` (every touch and why it was kept
 * or left out, read through the view `classified` by the counts, the time decay and the per-lead
 * facts) and `journey` (one row per
 * prospect). Each slice runs the same statements on fewer prospects, so the tables are the ones a
 * single pass gives.
 */
async function perProspectSteps(
  connection: DuckDBConnection,
  ctes: ReadonlyArray<[string, string]>,
  { slice, onStep }: Work,
): Promise<void> {
  const step = (name: string) => ctes.find(([n]) => n === name)?.[1] ?? '';
  const view = (name: string, body: string) =>
    connection.run(`CREATE OR REPLACE TEMP VIEW ${name} AS ${body}`);
  const table = (name: string, body: string) =>
    connection.run(`CREATE OR REPLACE TEMP TABLE ${name} AS ${body}`);
  // The source's steps up to `touch`, then the per-prospect views over it. `classified` and
  // `kept` stay views (of one slice, then of all), `journey` is a table.
  for (const [name, body] of ctes) {
    if (name === 'classified') break;
    await view(name, body);
  }
  const [{ n }] = await rows(connection, 'SELECT COUNT(*) AS n FROM touch');
  const slices = Math.max(1, Math.ceil(toNumber(n) / Math.max(1, slice)));
  // A copy of an earlier file's touches, from a session's earlier run, is not needed any more.
  await connection.run('DROP TABLE IF EXISTS sliced_touches');
  const sliced = slices > 1;
  if (sliced) {
    // The touches once, stored in slice order, so that each slice reads only its own row groups
    // (DuckDB skips the others by their min/max): a filter on the hash alone read every touch
    // once per slice.
    await table(
      'sliced_touches',
      `SELECT *, hash(prospect) % ${slices} AS slice_no FROM (${step('touch')}) AS all_touches ` +
        'ORDER BY slice_no',
    );
  }
  // A slice's touches go through the same views, then into the tables of all slices (one slice
  // goes straight into them).
  const classifiedTable = sliced ? 'classified_slice' : 'classified_all';
  const append = (into: string, body: string, first: boolean) =>
    first ? table(into, body) : connection.run(`INSERT INTO ${into} ${body}`);
  for (let k = 0; k < slices; k++) {
    onStep({ kind: 'slice', done: k + 1, of: slices });
    if (sliced) {
      await view('touch', `SELECT * EXCLUDE (slice_no) FROM sliced_touches WHERE slice_no = ${k}`);
    }
    await table(classifiedTable, step('classified'));
    await view('classified', `SELECT * FROM ${classifiedTable}`);
    await view('kept', step('kept'));
    if (sliced) await append('classified_all', 'SELECT * FROM classified', k === 0);
    await append('journey', step('journey'), k === 0);
  }
  if (!sliced) return;
  // Every slice done: the views read all touches again (the per-lead facts read them).
  await view('touch', 'SELECT * EXCLUDE (slice_no) FROM sliced_touches');
  await view('classified', 'SELECT * FROM classified_all');
  await view('kept', step('kept'));
  await connection.run('DROP TABLE classified_slice');
}

const columnNumbers = (chunk: DuckDBDataChunk, column: number): number[] =>
  chunk.getColumnValues(column).map(toNumber);

/**
 * The path table, the time-decay buckets and the counts of a query, written out of the database:
 * the path table as a Parquet file on disk (millions of distinct paths), the rest (a few rows)
 * in memory. The journeys are built from the file once DuckDB's memory is given back (`journeysOf`),
 * so the two never add up: DuckDB holds up to its cap while it computes, the journeys only after.
 */
interface ParkedAggregates {
  readonly pathFile: string;
  readonly timeDecay: readonly TimeDecayRow[];
  readonly counts: AggregateCounts;
}

async function runAggregates(
  connection: DuckDBConnection,
  query: AggregateQuery,
  pathFile: string,
  work: Work,
): Promise<ParkedAggregates> {
  const { ctes, select } = pathTableSelect(query, true);
  await perProspectSteps(connection, ctes, work);
  work.onStep({ kind: 'totals' });
  // COPY keeps the query's order (insertion order is preserved): the journeys, and so every sum
  // of the models, come in the same order on every run.
  await connection.run(`COPY (${select}) TO ${text(pathFile)} (FORMAT parquet)`);
  const timeDecay: TimeDecayRow[] = (await rows(connection, timeDecaySelect(query))).map((r) => ({
    step: String(r.step),
    days_before: toNumber(r.days_before),
    touches: toNumber(r.touches),
    conversions: toNumber(r.conversions),
    value: toNumber(r.value),
  }));
  const [c] = await rows(connection, countsSelect());
  const counts: AggregateCounts = {
    touches: toNumber(c.touches),
    after_conversion: toNumber(c.after_conversion),
    outside_window: toNumber(c.outside_window),
    conversions_without_touches: toNumber(c.conversions_without_touches),
    revenue_conflicts: toNumber(c.revenue_conflicts),
  };
  return { pathFile, timeDecay, counts };
}

/** What the path-file reader may use: it reads one file in order, a chunk at a time. */
const PATH_READER_MEMORY = '128MB';

/**
 * The journeys of a parked path table, streamed chunk by chunk from its file by a small DuckDB of
 * its own (a million distinct paths are never held as row objects), then the time-decay credit.
 */
async function journeysOf(
  parked: ParkedAggregates,
  columns: TouchTableColumns,
): Promise<AggregateJourneys> {
  const duckdb = loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    memory_limit: PATH_READER_MEMORY,
    // Were it ever to spill, beside the file it reads, not in the user's working folder.
    temp_directory: path.join(path.dirname(parked.pathFile), 'spill'),
    threads: '1',
    preserve_insertion_order: 'true',
  });
  const builder = new PathTableJourneys();
  try {
    const connection = await instance.connect();
    try {
      const result = await connection.stream(
        `SELECT * FROM read_parquet(${text(parked.pathFile)})`,
      );
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        const paths = chunk.getColumnValues(0);
        const [conversions, value, nulls, lastDay] = [1, 2, 3, 4].map((c) =>
          columnNumbers(chunk, c),
        );
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
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  return builder.finish(parked.timeDecay, parked.counts, columns);
}
