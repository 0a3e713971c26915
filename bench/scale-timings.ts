/**
 * Wall-clock figures at 10,000 rows that tests used to assert (tests assert behaviour; a shared
 * machine makes timings flaky): the review of 10,000 × 100, the in-memory Apps Script's load and
 * round trip of 10,000 × 70, and an .xlsx of 10,000 × 20 written and read back.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { dayNumber, midnightInZone } from '../src/core/dates';
import { reviewSheet } from '../src/core/review/review';
import type { CellValue } from '../src/core/types';
import { createAppsScript } from '@cadence/apps-script-fake';
import { loadWorkbookInto } from '../src/local/files/workbook-in';
import { saveWorkbook } from '../src/local/files/workbook-out';
import { bestMs, type Figures } from './figures';

const ZONE = 'Europe/Paris';

/** A review sheet of `rows` programs, five types, 100 fortnightly reviews with gaps. */
function reviewGrid(rows: number): CellValue[][] {
  const start = dayNumber(2024, 1, 1);
  const header: CellValue[] = ['Name', 'Baseline', 'Type', 'Metric', 'Set up on', 'Group'];
  for (let c = 0; c < 100; c++) header.push(midnightInZone(start + c * 14, ZONE));
  const types = ['Nurture', 'Automation rule', 'Scoring rule', 'Lead assignment', 'Webinar'];
  const grid: CellValue[][] = [header];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [
      `Program ${r}`,
      100 + (r % 50),
      types[r % 5],
      r % 5 === 2 ? 'MQL acceptance rate' : 'Leads',
      midnightInZone(start - (r % 200), ZONE),
      r % 5 === 4 ? `Group ${r % 7}` : '',
    ];
    for (let c = 0; c < 100; c++)
      row.push((r + c) % 3 === 0 ? '' : r % 5 === 2 ? 0.4 + ((r + c) % 30) / 100 : r + c);
    grid.push(row);
  }
  return grid;
}

const numbers = (rows: number, columns: number): CellValue[][] =>
  Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `Program ${r}` : (r * c) / 1000)),
  );

export async function benchScaleTimings(): Promise<Figures> {
  const grid = reviewGrid(10_000);
  const today = dayNumber(2024, 1, 1) + 700;
  const review = await bestMs(() => reviewSheet(grid, { timeZone: ZONE, today }));

  const wide = numbers(10_000, 70);
  const roundTrip = await bestMs(() => {
    const env = createAppsScript();
    env.spreadsheet.addSheetFromGrid('Big', wide);
    const big = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Big');
    const values = big!.getDataRange().getValues();
    big!.getRange(1, 1, 10_000, 70).setValues(values);
    big!.getRange(1, 1, 10_000, 70).getValues();
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'cadence-bench-'));
  const file = path.join(dir, 'big.xlsx');
  const source = createAppsScript({ timeZone: ZONE });
  source.spreadsheet.addSheetFromGrid('Big', numbers(10_000, 20));
  source.globals.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName('Big')!
    .getRange(1, 2, 10_000, 19)
    .setNumberFormat('0.0%');
  const write = await bestMs(() => saveWorkbook(source, file));
  const read = await bestMs(() =>
    loadWorkbookInto(createAppsScript({ timeZone: ZONE }), file, { timeZone: ZONE }),
  );
  rmSync(dir, { recursive: true, force: true });
  return {
    'reviewSheet 10,000 rows × 100 reviews, best of 3 (ms)': review,
    'in-memory Apps Script: load + read + write + read 10,000 × 70 (ms)': roundTrip,
    '.xlsx 10,000 × 20 with formats: write (ms)': write,
    '.xlsx 10,000 × 20 with formats: read back (ms)': read,
  };
}
