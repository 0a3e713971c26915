/**
 * The GA4 variant of the aggregate SQL on a synthetic GA4 export (the BigQuery export schema:
 * events with nested `event_params`, written to Parquet by DuckDB here) equals the same journeys
 * fed to the in-memory engine as a touch table: one touch per session at its first event,
 * credited to the session's campaign and "source / medium", the first key event as conversion.
 * Schema: https://support.google.com/analytics/answer/7029846 (GA4 BigQuery Export schema).
 */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { influenceReport } from '../../src/core/attribution';
import type { Grid } from '../../src/core/types';
import { DuckDbSession } from '../../src/local/duckdb/engine';
import { loadDuckDb } from '../../src/local/duckdb/load';
import { mulberry32 } from '../../src/core/stats/seeded-random';

const folder = mkdtempSync(path.join(os.tmpdir(), 'cadence-ga4-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Ga4Event {
  user: string;
  /** Whole seconds since the epoch (UTC). */
  at: number;
  name: string;
  session: number;
  source?: string;
  medium?: string;
  campaign?: string;
  value?: number;
}

const TRAFFIC: ReadonlyArray<[string, string, string] | null> = [
  ['google', 'cpc', 'Brand search'],
  ['google', 'organic', ''],
  ['newsletter', 'email', 'Spring email'],
  ['linkedin', 'social', 'ABM Q1'],
  null, // direct: no source parameter at all
];

function syntheticExport(): Ga4Event[] {
  // The project's one seeded generator, so the export is the same on every run.
  const next = mulberry32(16);
  const events: Ga4Event[] = [];
  const start = Date.UTC(2026, 0, 5) / 1000;
  let session = 1000;
  for (let u = 0; u < 60; u++) {
    const user = `${1_000_000 + u}.${1_700_000_000 + u}`;
    let at = start + Math.floor(next() * 86400 * 20);
    const sessions = 1 + Math.floor(next() * 5);
    for (let s = 0; s < sessions; s++) {
      session++;
      const traffic = TRAFFIC[Math.floor(next() * TRAFFIC.length)];
      // The traffic parameters ride on the session's first page view, as GA4 sends them.
      const first = { user, session, at, name: 'session_start' };
      events.push(first);
      events.push({
        user,
        session,
        at: at + 1,
        name: 'page_view',
        ...(traffic ? { source: traffic[0], medium: traffic[1], campaign: traffic[2] } : {}),
      });
      events.push({ user, session, at: at + 30, name: 'page_view' });
      if (next() < 0.25) {
        events.push({
          user,
          session,
          at: at + 60,
          name: 'purchase',
          value: Math.round(next() * 50000) / 100,
        });
      }
      at += 3600 + Math.floor(next() * 86400 * 4);
    }
  }
  return events;
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const param = (key: string, v: { s?: string; i?: number; d?: number }) =>
  `{'key': ${sqlText(key)}, 'value': {'string_value': ${v.s === undefined ? 'NULL' : sqlText(v.s)}, ` +
  `'int_value': ${v.i ?? 'NULL'}, 'float_value': NULL, 'double_value': ${v.d ?? 'NULL'}}}`;

async function writeParquet(events: readonly Ga4Event[], file: string): Promise<void> {
  const duckdb = loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE events (
    event_date VARCHAR, event_timestamp BIGINT, event_name VARCHAR,
    event_params STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT,
      float_value DOUBLE, double_value DOUBLE))[],
    user_pseudo_id VARCHAR)`);
  const values = events.map((e) => {
    const params = [
      param('ga_session_id', { i: e.session }),
      param('page_location', { s: 'https://example.com/' }),
    ];
    if (e.source !== undefined) params.push(param('source', { s: e.source }));
    if (e.medium !== undefined) params.push(param('medium', { s: e.medium }));
    if (e.campaign !== undefined) params.push(param('campaign', { s: e.campaign }));
    if (e.value !== undefined) params.push(param('value', { d: e.value }));
    const date = new Date(e.at * 1000).toISOString().slice(0, 10).replace(/-/g, '');
    return `(${sqlText(date)}, ${e.at * 1_000_000}, ${sqlText(e.name)}, [${params.join(', ')}], ${sqlText(e.user)})`;
  });
  await connection.run(`INSERT INTO events VALUES ${values.join(',\n')}`);
  await connection.run(`COPY events TO ${sqlText(file)} (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}

/** The same export as a Touches sheet: a row per session, in time order. */
function touchGrid(events: readonly Ga4Event[]): Grid {
  const iso = (at: number) => new Date(at * 1000).toISOString().replace('.000Z', 'Z');
  const conversions = new Map<string, Ga4Event>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    if (e.name === 'purchase' && !conversions.has(e.user)) conversions.set(e.user, e);
  }
  const sessions = new Map<number, { user: string; at: number; traffic?: Ga4Event }>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    const s = sessions.get(e.session) ?? { user: e.user, at: e.at };
    if (s.traffic === undefined && e.source !== undefined) s.traffic = e;
    sessions.set(e.session, s);
  }
  const rows = [...sessions.values()]
    .sort((a, b) => a.at - b.at)
    .map((s) => {
      const conversion = conversions.get(s.user);
      return [
        s.user,
        s.traffic?.campaign || '(not set)',
        s.traffic ? `${s.traffic.source} / ${s.traffic.medium}` : '(direct) / (none)',
        iso(s.at),
        conversion ? iso(conversion.at) : '',
        conversion?.value ?? '',
      ];
    });
  return [['Prospect', 'Campaign', 'Channel', 'Touched at', 'Converted at', 'Revenue'], ...rows];
}

test('the GA4 variant on a GA4-shaped Parquet export equals the same journeys in memory', async () => {
  const events = syntheticExport();
  const file = path.join(folder, 'events_20260105.parquet');
  await writeParquet(events, file);
  const grid = touchGrid(events);
  const session = await DuckDbSession.create({ inMemory: true, threads: 1 });
  try {
    for (const settings of [
      { by: 'campaign', windowDays: 90, timeZone: 'Europe/Paris', sameDay: true },
      { by: 'channel', windowDays: 7, timeZone: 'UTC', sameDay: false, halfLifeDays: 2 },
    ] as const) {
      const memory = influenceReport(grid, settings);
      const duck = await session
        .ga4(path.join(folder, 'events_*.parquet'), 'purchase')
        .report(settings);
      if (!memory.ok || !duck.ok) throw new Error('both engines read the export');
      expect(duck.touches).toBe(grid.length - 1);
      expect(duck.report.conversions).toBe(memory.report.conversions);
      expect(duck.report.conversions).toBeGreaterThan(10);
      expect(duck.report.noteFacts).toEqual(memory.report.noteFacts);
      for (const model of Object.keys(memory.report.models) as Array<
        keyof typeof memory.report.models
      >) {
        const want = memory.report.models[model] ?? {};
        const got = duck.report.models[model] ?? {};
        expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
        for (const key of Object.keys(want))
          expect(Math.abs(got[key] - want[key])).toBeLessThan(1e-9);
        const wantValue = memory.report.revenue[model] ?? {};
        const gotValue = duck.report.revenue[model] ?? {};
        for (const key of Object.keys(wantValue))
          expect(Math.abs(gotValue[key] - wantValue[key])).toBeLessThan(
            1e-9 * Math.max(1, wantValue[key]),
          );
      }
    }
    // The direct sessions are credited as GA4 names them.
    const byChannel = await session
      .ga4(path.join(folder, 'events_*.parquet'), 'purchase')
      .report({ by: 'channel', timeZone: 'UTC' });
    expect(byChannel.ok && Object.keys(byChannel.report.models.linear ?? {})).toContain(
      '(direct) / (none)',
    );
  } finally {
    session.dispose();
  }
});
