/**
 * Test worlds for the sheet actions: the real dist/Code.js running against an in-memory Apps
 * Script whose spreadsheet holds examples/review.xlsx (or a generated sheet), on 2026-11-22.
 */
import path from 'path';
import { createAppsScript, type AppsScriptEnvironment } from '../../src/local/appsscript';
import { loadAddOn, type LoadedAddOn } from '../../src/local/code-runtime';
import { readWorkbook } from '../../src/local/files/read-grid';
import { midnightInZone, dayNumber } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';

export const TODAY = new Date('2026-11-22T09:00:00Z');
export const ZONE = 'Europe/Paris';

export interface World {
  env: AppsScriptEnvironment;
  addOn: LoadedAddOn;
}

export function worldWith(name: string, grid: CellValue[][], locale = 'en'): World {
  // Strict: Google's latency, time limits, manifest scopes and validation (appsscript README).
  const env = createAppsScript({ timeZone: ZONE, now: TODAY, locale, strict: true });
  const sheet = env.spreadsheet.addSheetFromGrid(name, grid);
  env.spreadsheet.setActiveSheet(sheet);
  return { env, addOn: loadAddOn(env) };
}

let examples: Map<string, CellValue[][]> | null = null;

export async function exampleGrid(sheet = 'Review'): Promise<CellValue[][]> {
  if (!examples) {
    const sheets = await readWorkbook(path.resolve(__dirname, '../../examples/review.xlsx'), ZONE);
    examples = new Map(sheets.map((s) => [s.name, s.rows]));
  }
  return (examples.get(sheet) as CellValue[][]).map((r) => [...r]);
}

const TYPES = ['Nurture', 'Automation rule', 'Scoring rule', 'Lead assignment', 'Webinar', 'Video'];

/** A review sheet of `rows` programs and `reviews` quarterly review columns, deterministic. */
export function generatedGrid(rows: number, reviews: number): CellValue[][] {
  const first = dayNumber(2026, 11, 1) - 91 * (reviews - 1);
  const header: CellValue[] = ['Name', 'Baseline', 'Type', 'Metric', 'Owner', 'Set up on'];
  for (let k = 0; k < reviews; k++) header.push(midnightInZone(first + 91 * k, ZONE));
  const grid: CellValue[][] = [header];
  for (let i = 0; i < rows; i++) {
    const row: CellValue[] = [
      `Program ${i + 1}`,
      100 + (i % 50),
      TYPES[i % TYPES.length],
      'Leads',
      `owner${i % 7}@example.com`,
      midnightInZone(first - 60, ZONE),
    ];
    for (let k = 0; k < reviews; k++)
      row.push((i * 7 + k * 13) % 11 === 0 ? '' : 100 + ((i * 31 + k * 17) % 97));
    grid.push(row);
  }
  return grid;
}
