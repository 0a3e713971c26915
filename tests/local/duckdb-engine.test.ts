/**
 * The aggregate SQL run by DuckDB equals the in-memory models: on the example touches, and on 200
 * seeded random touch tables (every model, with every setting: by campaign or channel, windows,
 * half-lives, same-day on and off, time zones), within 1e-9; the readiness checks, the last touch
 * per lead and the lift exactly. The random tables hold what users
 * type: dates with and without a time, French dates, explicit offsets, revenues as "1 200,50 €",
 * e-mails in mixed case, blank channels, several conversion dates per prospect.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import {
  influenceReport,
  type InfluenceReport,
  type InfluenceSettings,
} from '../../src/core/attribution';
import type { Grid } from '../../src/core/types';
import { stepLabel } from '../../src/local/cli/big-data';
import { DuckDbSession, duckDbInfluence, type DuckDbStep } from '../../src/local/duckdb/engine';
import { loadDuckDb } from '../../src/local/duckdb/load';
import { parquetGrid } from '../../src/local/duckdb/parquet-grid';
import { readCsvFile } from '../../src/local/files/read-grid';

const folder = mkdtempSync(path.join(os.tmpdir(), 'cadence-duckdb-test-'));
let session: DuckDbSession;
beforeAll(async () => {
  session = await DuckDbSession.create({ inMemory: true, threads: 1 });
});
afterAll(() => {
  session.dispose();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * Every number of `a` within 1e-9 of `b`'s (relative to the figure when it is above 1: revenues
 * in the millions carry float noise of 1e-15 of themselves), and the same keys, notes and format.
 */
function expectSameReport(a: InfluenceReport, b: InfluenceReport): void {
  const close = (x: Record<string, number>, y: Record<string, number>, what: string) => {
    expect({ what, keys: Object.keys(x).sort() }).toEqual({ what, keys: Object.keys(y).sort() });
    for (const k of Object.keys(y)) {
      if (Math.abs(x[k] - y[k]) > 1e-9 * Math.max(1, Math.abs(y[k])))
        throw new Error(`${what} ${k}: ${x[k]} vs ${y[k]}`);
    }
  };
  expect(a.format).toBe(b.format);
  expect(a.noteFacts).toEqual(b.noteFacts);
  expect(Math.abs(a.conversions - b.conversions)).toBeLessThanOrEqual(1e-9);
  expect(a.conversionRate === null).toBe(b.conversionRate === null);
  if (a.conversionRate !== null && b.conversionRate !== null)
    expect(Math.abs(a.conversionRate - b.conversionRate)).toBeLessThanOrEqual(1e-9);
  expect(Object.keys(a.models)).toEqual(Object.keys(b.models));
  for (const m of Object.keys(b.models) as Array<keyof typeof b.models>) {
    close(a.models[m] ?? {}, b.models[m] ?? {}, `model ${m}`);
  }
  expect(Object.keys(a.revenue)).toEqual(Object.keys(b.revenue));
  for (const m of Object.keys(b.revenue) as Array<keyof typeof b.revenue>) {
    close(a.revenue[m] ?? {}, b.revenue[m] ?? {}, `revenue ${m}`);
  }
  close(a.removalEffects, b.removalEffects, 'removal effects');
  for (const k of Object.keys(b.spread)) {
    expect(Math.abs(a.spread[k].min - b.spread[k].min)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(a.spread[k].max - b.spread[k].max)).toBeLessThanOrEqual(1e-9);
  }
  // The per-lead facts (SQL of sql/lead-facts.ts) and the lift, from the same whole counts: equal.
  expect(a.readiness).toEqual(b.readiness);
  expect(a.lastTouchPerLead).toEqual(b.lastTouchPerLead);
  expect(a.lift).toEqual(b.lift);
}

function csv(grid: Grid): string {
  const cell = (v: unknown) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return grid.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

function writeCsv(name: string, grid: Grid): string {
  const file = path.join(folder, name);
  writeFileSync(file, csv(grid));
  return file;
}

test('the example touches: DuckDB and memory agree on every model and setting', async () => {
  const file = path.resolve(__dirname, '../../examples/touches.csv');
  const { rows } = await readCsvFile(file);
  const touches = await session.load(file, 'Europe/Paris');
  {
    for (const setting of [
      { by: 'campaign', windowDays: 90, halfLifeDays: 7, sameDay: true },
      { by: 'channel', windowDays: 30, halfLifeDays: 3, sameDay: false },
      { by: 'campaign', windowDays: 0, halfLifeDays: 14, sameDay: false },
    ] as const) {
      const settings = { ...setting, timeZone: 'Europe/Paris', replicates: 0 };
      const memory = influenceReport(rows, settings);
      const duck = await touches.report(settings);
      if (!memory.ok || !duck.ok) throw new Error('both engines read the example');
      expect(duck.touches).toBe(6551);
      expectSameReport(duck.report, memory.report);
    }
  }
});

test('unreadable cells are named by their A1 address, as in memory', async () => {
  const grid: Grid = [
    ['Prospect', 'Campaign', 'Touched at', 'Converted at', 'Revenue'],
    ['a@x.com', 'Webinar', '2026-01-05', '', ''],
    ['b@x.com', '', '2026-02-30', '', '-5'],
    ['c@x.com', 'Email', '2026-01-05 24:00', 'next week', '12,5'],
  ];
  const file = writeCsv('bad.csv', grid);
  const memory = influenceReport(grid, { timeZone: 'UTC' });
  const duck = await duckDbInfluence(file, { timeZone: 'UTC' });
  expect(duck.ok).toBe(false);
  expect(memory.ok).toBe(false);
  if (duck.ok || memory.ok) return;
  expect(duck.problem).toEqual(memory.problem);
  expect(duck.problem.unreadable.map((d) => d.cell)).toEqual(['B3', 'C3', 'E3', 'C4', 'D4']);
});

test('a one-report run leaves no file behind: the database and the parked path table are removed', async () => {
  // The path table waits in a Parquet file while DuckDB is closed, then is read into journeys.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cadence-scratch-'));
  try {
    const file = path.resolve(__dirname, '../../examples/touches.csv');
    const duck = await duckDbInfluence(
      file,
      { timeZone: 'Europe/Paris', replicates: 0 },
      { tempDirectory: scratch, threads: 1 },
    );
    expect(duck.ok && duck.touches).toBe(6551);
    expect(readdirSync(scratch)).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('a run says each step as it starts: the read, every slice of prospects, the totals, the models', async () => {
  // A long run shows where it is (the CLI draws these on its progress bar).
  const steps: DuckDbStep[] = [];
  const file = path.resolve(__dirname, '../../examples/touches.csv');
  const duck = await duckDbInfluence(
    file,
    { timeZone: 'Europe/Paris', replicates: 0 },
    { journeySlice: 500, threads: 1, inMemory: true, onStep: (step) => steps.push(step) },
  );
  expect(duck.ok).toBe(true);
  // 6,551 touches, 500 per slice: 14 slices.
  const slices = Array.from({ length: 14 }, (_, k) => ({ kind: 'slice', done: k + 1, of: 14 }));
  expect(steps).toEqual([{ kind: 'read' }, ...slices, { kind: 'totals' }, { kind: 'journeys' }]);
  const english = steps.map((step) => stepLabel('en', step));
  const french = steps.map((step) => stepLabel('fr', step));
  expect(english[3]).toBe('journeys of slice 3 of 14 of the prospects');
  expect(french[3]).toBe('parcours de la tranche 3 sur 14 des prospects');
  expect(french.at(-1)).toBe('les modèles, sur la table des parcours');
});

test('a file without the touch columns names what is missing', async () => {
  const file = path.join(folder, 'missing.csv');
  writeFileSync(file, 'Prospect,Touched at\na,2026-01-01\n');
  const duck = await duckDbInfluence(file, { timeZone: 'UTC' });
  expect(duck.ok ? [] : duck.problem.missingColumns).toEqual(['Campaign', 'Converted at']);
});

// ---- 200 seeded random touch tables -------------------------------------------------------

const CAMPAIGNS = ['Webinar', 'Spring email', 'Salon Paris', 'Search', ' Nurture '];
const CHANNELS = ['Email', 'Social', 'Search', '', 'Événement'];
const PROSPECTS = ['P1', 'P2', 'P3', 'Ann@Example.com', 'ann@example.com', 'P6', '42', 'Zoé'];

/** A date as users type it, `day` days after 2026-01-01 (winter: no daylight-saving change). */
function typed(day: number, minutes: number | null, style: number): string {
  const date = new Date(Date.UTC(2026, 0, 1 + day));
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const p2 = (n: number) => String(n).padStart(2, '0');
  const time = minutes === null ? '' : `${p2(Math.floor(minutes / 60))}:${p2(minutes % 60)}`;
  switch (style) {
    case 0:
      return `${y}-${p2(m)}-${p2(d)}${time ? ` ${time}` : ''}`;
    case 1:
      return `${p2(d)}/${p2(m)}/${y}${time ? ` ${time.replace(':', 'h')}` : ''}`;
    case 2:
      return `${y}-${m}-${d}${time ? `T${time}:30Z` : ''}`;
    default:
      return `${y}-${p2(m)}-${p2(d)}${time ? ` ${time}+01:00` : ''}`;
  }
}

const moment = fc.record({
  day: fc.integer({ min: 0, max: 40 }),
  minutes: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null }),
  style: fc.integer({ min: 0, max: 3 }),
});

const touchRow = fc.record({
  prospect: fc.constantFrom(...PROSPECTS),
  campaign: fc.constantFrom(...CAMPAIGNS),
  channel: fc.constantFrom(...CHANNELS),
  touched: moment,
  converted: fc.option(moment, { nil: null, freq: 3 }),
  revenue: fc.option(fc.constantFrom('300', '1 200,50 €', '1,200.50', '75.5', '0'), {
    nil: null,
  }),
  lead: fc.option(moment, { nil: null }),
  opportunity: fc.option(moment, { nil: null }),
});

const table = fc.record({
  rows: fc.array(touchRow, { minLength: 1, maxLength: 40 }),
  channel: fc.boolean(),
  revenue: fc.boolean(),
  milestones: fc.boolean(),
});

const settings = fc.record({
  by: fc.constantFrom('campaign' as const, 'channel' as const),
  windowDays: fc.constantFrom(0, 1, 3, 10, 90),
  halfLifeDays: fc.constantFrom(1, 3.5, 7),
  sameDay: fc.boolean(),
  timeZone: fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York'),
  markovOrder: fc.constantFrom(1 as const, 2 as const),
  // The bootstrap resamples what both engines already agree on: left out to keep the run short.
  replicates: fc.constant(0),
});

function gridOf(t: TableValue): string[][] {
  const header = ['Prospect', 'Campaign', 'Touched at', 'Converted at'];
  if (t.channel) header.push('Channel');
  if (t.revenue) header.push('Revenue');
  if (t.milestones) header.push('Lead created at', 'Opportunity created at');
  const at = (m: { day: number; minutes: number | null; style: number } | null) =>
    m === null ? '' : typed(m.day, m.minutes, m.style);
  const rows = t.rows.map((r) => {
    const row = [r.prospect, r.campaign, at(r.touched), at(r.converted)];
    if (t.channel) row.push(r.channel);
    if (t.revenue) row.push(r.revenue ?? '');
    if (t.milestones) row.push(at(r.lead), at(r.opportunity));
    return row;
  });
  return [header, ...rows];
}
type TableValue = typeof table extends fc.Arbitrary<infer T> ? T : never;

test('200 seeded random touch tables: DuckDB equals memory within 1e-9', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(table, settings, async (t, setting) => {
      const grid = gridOf(t);
      // Every 20th table goes through a CSV file, the others are registered from memory: the
      // same cells, read the same way, without writing and sniffing 200 files.
      const touches =
        n++ % 20 === 0
          ? await session.load(writeCsv(`random-${n}.csv`, grid), setting.timeZone)
          : await session.loadCells(grid, setting.timeZone);
      const wanted: InfluenceSettings =
        setting.by === 'channel' && !t.channel ? { ...setting, by: 'campaign' } : setting;
      const memory = influenceReport(grid, wanted);
      const duck = await touches.report(wanted);
      expect(duck.ok).toBe(memory.ok);
      if (duck.ok && memory.ok) expectSameReport(duck.report, memory.report);
    }),
    { seed: 20261130, numRuns: 200, endOnFailure: true },
  );
  // One session, one connection: each table is a few statements (load, parse, two aggregate
  // tables, three reads), some 0.1 s of CPU: a machine shared by many needs minutes.
}, 600_000);

test('the per-prospect steps run a slice of prospects at a time (as past a million touches) and equal memory', async () => {
  // A big file goes through the per-prospect steps (conversion, window, milestones, ordered
  // steps) a million touches at a time; here slices of 500 (the example: 14 slices) and of 4
  // touches (the seeded tables: up to 10 slices). The per-lead facts read every slice after.
  const example = path.resolve(__dirname, '../../examples/touches.csv');
  const { rows } = await readCsvFile(example);
  const exampleSettings = {
    by: 'campaign',
    windowDays: 90,
    halfLifeDays: 7,
    sameDay: true,
    timeZone: 'Europe/Paris',
    replicates: 0,
  } as const;
  const memory = influenceReport(rows, exampleSettings);
  const sliced = await DuckDbSession.create({ inMemory: true, threads: 1, journeySlice: 500 });
  const tiny = await DuckDbSession.create({ inMemory: true, threads: 1, journeySlice: 4 });
  try {
    const duck = await (await sliced.load(example, 'Europe/Paris')).report(exampleSettings);
    if (!memory.ok || !duck.ok) throw new Error('both engines read the example');
    expectSameReport(duck.report, memory.report);
    await fc.assert(
      fc.asyncProperty(table, settings, async (t, setting) => {
        const grid = gridOf(t);
        const wanted: InfluenceSettings = { ...setting, by: 'campaign' };
        const fromMemory = influenceReport(grid, wanted);
        const fromDuck = await (await tiny.loadCells(grid, setting.timeZone)).report(wanted);
        expect(fromDuck.ok).toBe(fromMemory.ok);
        if (fromDuck.ok && fromMemory.ok) expectSameReport(fromDuck.report, fromMemory.report);
      }),
      { seed: 20261201, numRuns: 30, endOnFailure: true },
    );
  } finally {
    sliced.dispose();
    tiny.dispose();
  }
}, 600_000);

test('daylight-saving hours in Paris: both engines order touches by instant', async () => {
  // 2026-03-29 02:30 does not exist in Paris (clocks jump from 02:00 to 03:00); on 2026-10-25 the
  // hour from 02:00 repeats (02:45+02:00 comes before 02:30+01:00). A wall-clock order puts
  // "02:30" first both times; by instant, as memory and Sheets dates mean, it is second.
  const grid = [
    ['Prospect', 'Campaign', 'Touched at', 'Converted at'],
    ['spring', 'Webinar', '2026-03-29 03:15+02:00', '2026-03-30'],
    ['spring', 'Search', '2026-03-29 02:30', '2026-03-30'],
    ['autumn', 'Email', '2026-10-25 02:45+02:00', '2026-10-26'],
    ['autumn', 'Salon', '2026-10-25 02:30+01:00', '2026-10-26'],
  ];
  const settings = { timeZone: 'Europe/Paris', replicates: 0, sameDay: false } as const;
  const memory = influenceReport(grid, settings);
  const duck = await (await session.loadCells(grid, 'Europe/Paris')).report(settings);
  if (!memory.ok || !duck.ok) throw new Error('both engines read the table');
  // 03:15+02:00 is 01:15 UTC, "02:30" (no such wall time) is read as 01:30 UTC; 02:45+02:00 is
  // 00:45 UTC, 02:30+01:00 is 01:30 UTC.
  expect(memory.report.models.first_touch).toEqual({ Webinar: 1, Search: 0, Email: 1, Salon: 0 });
  expect(duck.report.models.first_touch).toEqual(memory.report.models.first_touch);
  expect(duck.report.models.last_touch).toEqual({ Webinar: 0, Search: 1, Email: 0, Salon: 1 });
  expectSameReport(duck.report, memory.report);
});

test('a Parquet TIMESTAMPTZ in the repeated autumn hour: memory reads the instant too', async () => {
  // 00:45 UTC is 02:45 in Paris (summer time), 01:30 UTC is 02:30 (winter time, an hour later).
  const file = path.join(folder, 'autumn.parquet');
  const duckdb = loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM (VALUES
       ('autumn', 'Email', TIMESTAMPTZ '2026-10-25 00:45:00+00', DATE '2026-10-26'),
       ('autumn', 'Salon', TIMESTAMPTZ '2026-10-25 01:30:00+00', DATE '2026-10-26'))
       AS t("Prospect", "Campaign", "Touched at", "Converted at")) TO '${file}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
  const settings = { timeZone: 'Europe/Paris', replicates: 0 } as const;
  const memory = influenceReport(await parquetGrid(file), settings);
  const duck = await duckDbInfluence(file, settings);
  if (!memory.ok || !duck.ok) throw new Error('both engines read the file');
  expect(memory.report.models.first_touch).toEqual({ Email: 1, Salon: 0 });
  expectSameReport(duck.report, memory.report);
});
