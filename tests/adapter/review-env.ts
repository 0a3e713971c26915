/**
 * Test worlds for the sheet actions: the real dist/Code.js running against an in-memory Apps
 * Script whose spreadsheet holds examples/review.xlsx (or a generated sheet), on 2026-11-22.
 */
import path from 'path';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { loadAddOn, type LoadedAddOn } from '../../src/local/code-runtime';
import { readWorkbook } from '../../src/local/files/read-grid';
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

export { generatedGrid } from '../support/seeded';
