/**
 * `cadence review --out`: the add-on's own Format + Refresh, run through the real dist/Code.js
 * against an in-memory Apps Script loaded from the file, then saved back as .xlsx — so the file
 * shows exactly what the add-on would do to the sheet in Google Sheets.
 */
import { existsSync } from 'fs';
import { spawnSync } from 'child_process';
import path from 'path';
import { midnightInZone, type DayNumber } from '../../core/dates';
import { createAppsScript } from '../appsscript';
import { DIST, loadAddOn } from '../code-runtime';
import { InputError } from '../files/read-grid';
import { loadWorkbookInto } from '../files/workbook-in';
import { saveWorkbook } from '../files/workbook-out';

/** A fresh clone has no dist/ yet: build it once, as `npm run build` would. */
export function ensureBuilt(): void {
  if (existsSync(path.join(DIST, 'Code.js')) && existsSync(path.join(DIST, 'Sidebar.html'))) return;
  const build = spawnSync(process.execPath, [path.resolve(DIST, '../scripts/build.mjs')], {
    stdio: 'ignore',
  });
  if (build.status !== 0)
    throw new InputError('could not build dist/ (run `npm run build` to see why)');
}

export interface ReviewedWorkbookOptions {
  readonly input: string;
  readonly output: string;
  readonly sheetName: string;
  readonly timeZone: string;
  readonly today: DayNumber;
  readonly locale: 'en' | 'fr';
}

export async function writeReviewedWorkbook(options: ReviewedWorkbookOptions): Promise<string[]> {
  ensureBuilt();
  // Nine in the morning on "today", in the spreadsheet's zone: the add-on's clock for this run.
  const now = new Date(midnightInZone(options.today, options.timeZone).getTime() + 9 * 3_600_000);
  const env = createAppsScript({
    timeZone: options.timeZone,
    scriptTimeZone: options.timeZone,
    locale: options.locale,
    now,
  });
  await loadWorkbookInto(env, options.input, { timeZone: options.timeZone });
  const sheet = env.spreadsheet.getSheetByName(options.sheetName);
  if (!sheet) throw new InputError(`${options.input}: no sheet named "${options.sheetName}"`);
  env.spreadsheet.setActiveSheet(sheet);
  const addOn = loadAddOn(env);
  const messages: string[] = [];
  for (const action of ['formatSheet', 'refreshSheet']) {
    const result = addOn.call(action) as { ok: boolean; message: string };
    if (!result.ok) throw new InputError(result.message);
    messages.push(result.message);
  }
  await saveWorkbook(env, options.output);
  return messages;
}
