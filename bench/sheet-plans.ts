/**
 * What a Refresh costs, measured on the real dist/Code.js against the
 * in-memory Apps Script — SpreadsheetApp calls (constant whatever the size), core time and total
 * time — and the same refresh written the naive way (one call per cell, bench-only code) to show
 * why batching matters: every Apps Script call is a round trip to Google's servers.
 */
import { dayNumber } from '../src/core/dates';
import { reviewReport } from '../src/core/review/report';
import { ownedLayout, ownedRuns } from '../src/core/sheet-plans/layout';
import { ownedBlocks } from '../src/core/sheet-plans/owned-values';
import type { CellValue } from '../src/core/types';
import { createAppsScript } from '@cadence/apps-script-fake';
import { generatedGrid as grid } from '../tests/support/seeded';
import { loadAddOn } from '../src/local/code-runtime';
import type { BenchRow } from './table';

const ZONE = 'Europe/Paris';
const NOW = new Date('2026-11-22T09:00:00Z');
const TODAY = dayNumber(2026, 11, 22);

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function batched(
  rows: number,
  reviews: number,
): { calls: number; totalMs: number; coreMs: number } {
  const data = grid(rows, reviews);
  const env = createAppsScript({ timeZone: ZONE, now: NOW });
  env.spreadsheet.setActiveSheet(env.spreadsheet.addSheetFromGrid('Review', data));
  const addOn = loadAddOn(env);
  addOn.call('refreshSheet');
  env.calls.reset();
  let start = process.hrtime.bigint();
  addOn.call('refreshSheet');
  const totalMs = ms(start);
  start = process.hrtime.bigint();
  reviewReport(data, { timeZone: ZONE, today: TODAY });
  return { calls: env.calls.count('SpreadsheetApp'), totalMs, coreMs: ms(start) };
}

/** The same owned-column writes, one cell at a time, as a hand-written script would do them. */
function naive(rows: number, reviews: number): { calls: number; totalMs: number } {
  const data = grid(rows, reviews);
  const env = createAppsScript({ timeZone: ZONE, now: NOW });
  env.spreadsheet.addSheetFromGrid('Review', data);
  const app = env.globals.SpreadsheetApp;
  const start = process.hrtime.bigint();
  const sheet = app.getActiveSpreadsheet().getSheetByName('Review')!;
  const read: CellValue[][] = [];
  for (let r = 1; r <= data.length; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= data[0].length; c++)
      row.push(sheet.getRange(r, c).getValue() as CellValue);
    read.push(row);
  }
  const report = reviewReport(read, { timeZone: ZONE, today: TODAY });
  const layout = ownedLayout(report.result.sheet.columns, data[0].length);
  const blocks = ownedBlocks(
    new Map(report.rows.map((r) => [r.schedule.row.row, r])),
    data.length - 1,
    ZONE,
    'en',
  );
  sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.missing.length);
  for (const run of ownedRuns(layout.positions)) {
    run.keys.forEach((key, k) => {
      for (let i = 0; i < data.length - 1; i++) {
        const cell = sheet.getRange(i + 2, run.start + k + 1);
        cell.setNumberFormat(blocks[key].formats[i]);
        cell.setValue(blocks[key].values[i]);
      }
    });
  }
  return { calls: env.calls.count('SpreadsheetApp'), totalMs: ms(start) };
}

export async function benchSheetActions(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of [10, 1_000, 10_000]) {
    const b = batched(size, 60);
    rows.push({
      figure: `refresh ${size.toLocaleString('en')} rows × 60 reviews: SpreadsheetApp calls`,
      value: String(b.calls),
    });
    rows.push({
      figure: `refresh ${size.toLocaleString('en')} rows × 60 reviews: core time`,
      value: `${b.coreMs.toFixed(0)} ms`,
    });
    rows.push({
      figure: `refresh ${size.toLocaleString('en')} rows × 60 reviews: total time (in-memory)`,
      value: `${b.totalMs.toFixed(0)} ms`,
    });
  }
  const b = batched(1_000, 60);
  const n = naive(1_000, 60);
  rows.push({
    figure: 'naive per-cell refresh, 1,000 rows × 60 reviews: calls',
    value: n.calls.toLocaleString('en'),
  });
  rows.push({
    figure: 'naive / batched calls',
    value: `${Math.round(n.calls / b.calls).toLocaleString('en')} ×`,
  });
  // Apps Script's documented guidance puts a service round trip in the tens of milliseconds.
  rows.push({
    figure: 'naive at 20 ms per call (Apps Script round trip)',
    value: `${Math.round((n.calls * 20) / 1000)} s`,
  });
  rows.push({
    figure: 'batched at 20 ms per call + in-memory time',
    value: `${((b.calls * 20 + b.totalMs) / 1000).toFixed(1)} s`,
  });
  return rows;
}

if (require.main === module) {
  void benchSheetActions().then((rows) =>
    rows.forEach((r) => console.log(`${r.figure}  ${r.value}`)),
  );
}
