/**
 * `--out` for the CLI: the add-on's own actions, run through the real dist/Code.js against an
 * in-memory Apps Script loaded from the input file, then saved as .xlsx — so the file shows
 * exactly what the add-on would do in Google Sheets.
 */
import { existsSync } from 'fs';
import path from 'path';
import { midnightInZone, type DayNumber } from '../../core/dates';
import type { ReadingConventions } from '../../core/reading/locale';
import { sourceSheetName } from '../../core/sheet-plans/influence';
import type { CellValue, Locale } from '../../core/types';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { DIST, loadAddOn } from '../code-runtime';
import { InputError } from '../files/read-grid';
import { loadWorkbookInto } from '../files/workbook-in';
import { workbookBuffer } from '../files/workbook-out';
import { writeOutput } from './options';
import { releaseBetweenPhases } from './memory';
import type { Progress } from './progress';

/** The packaged CLI carries its Code.js; only a checkout run from source can lack one. */
export function ensureBuilt(): void {
  if (!existsSync(path.join(DIST, 'Code.js')))
    throw new InputError('Code.js is missing: run `npm run build` first');
}

export interface AddOnRun {
  readonly input: string;
  readonly output: string;
  readonly timeZone: string;
  readonly today: DayNumber;
  readonly locale: Locale;
  /** The spreadsheet locale the add-on reads ("en_US", "fr-FR"); default from `locale`. */
  readonly spreadsheetLocale?: string;
  /** Top-level functions of Code.js to call in order (with their arguments); each returns { ok, message }. */
  readonly actions: ReadonlyArray<string | { readonly name: string; readonly args: unknown[] }>;
  /** Puts the input into the spreadsheet and makes the right sheet active. */
  readonly load: (env: AppsScriptEnvironment) => Promise<void>;
  /** Told as each phase (load, each action, save) is done over the input's rows. */
  readonly progress?: Progress;
  readonly rows?: number;
}

/**
 * The spreadsheet locale the add-on runs on a file with: the one the review sheet was read with
 * (--locale when given, else the convention of its header language), so that `review --out` and
 * `import --out` write a French review back the same way (its dates as 31/05/2026, not 2026-05-31).
 */
export function spreadsheetLocaleOf(
  conventions: Pick<ReadingConventions, 'decimal'>,
  given: string | null = null,
): string {
  return given ?? (conventions.decimal === 'decimal_point' ? 'en_US' : 'fr_FR');
}

const ACTION_PHASES: Readonly<Record<string, string>> = {
  formatSheet: 'format',
  refreshSheet: 'refresh',
};

export async function runAddOnOnFile(run: AddOnRun): Promise<string[]> {
  if (!run.output.toLowerCase().endsWith('.xlsx'))
    throw new InputError(`--out: expected a .xlsx file name, got "${run.output}"`);
  ensureBuilt();
  // Nine in the morning on "today", in the spreadsheet's zone: the add-on's clock for this run.
  const now = new Date(midnightInZone(run.today, run.timeZone).getTime() + 9 * 3_600_000);
  const env = createAppsScript({
    timeZone: run.timeZone,
    scriptTimeZone: run.timeZone,
    locale: run.locale,
    ...(run.spreadsheetLocale ? { spreadsheetLocale: run.spreadsheetLocale } : {}),
    now,
  });
  const rows = run.rows ?? 0;
  await run.load(env);
  run.progress?.done('load', rows);
  releaseBetweenPhases(rows);
  const addOn = loadAddOn(env);
  const messages: string[] = [];
  for (const step of run.actions) {
    const action = typeof step === 'string' ? step : step.name;
    const args = typeof step === 'string' ? [] : step.args;
    const result = addOn.call(action, ...args) as { ok: boolean; message: string };
    if (!result.ok) throw new InputError(result.message);
    messages.push(result.message);
    run.progress?.done(ACTION_PHASES[action] ?? action, rows);
    releaseBetweenPhases(rows);
  }
  await writeOutput('--out', run.output, await workbookBuffer(env));
  run.progress?.done('save', rows);
  return messages;
}

/** Loads a review workbook (or CSV) and makes the reviewed sheet active. */
export function loadReviewSheet(file: string, sheetName: string, timeZone: string) {
  return async (env: AppsScriptEnvironment): Promise<void> => {
    await loadWorkbookInto(env, file, { timeZone });
    const sheet = env.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new InputError(`${file}: no sheet named "${sheetName}"`);
    env.spreadsheet.setActiveSheet(sheet);
  };
}

/**
 * Loads a Touches/Paths export: a CSV becomes a "Touches" or a "Paths" sheet (by its header row),
 * a workbook comes whole.
 */
export function loadInfluenceInput(file: string, timeZone: string) {
  return async (env: AppsScriptEnvironment): Promise<void> => {
    await loadWorkbookInto(env, file, { timeZone });
    // A CSV arrives as one sheet named after the file; the add-on looks for either name.
    if (file.toLowerCase().endsWith('.csv')) {
      const sheet = env.spreadsheet.getSheets()[0];
      const width = Math.max(1, sheet.getLastColumn());
      const headers = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
      sheet.setName(sourceSheetName(headers));
    }
  };
}
