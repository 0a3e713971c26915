/**
 * The in-memory Apps Script the preview runs on: the workbook loaded as Sheets would import it
 * (default examples/review.xlsx plus examples/touches.csv as "Touches"), then the add-on's onOpen,
 * so its menu exists as it does when a user opens the spreadsheet.
 */
import path from 'path';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { loadAddOn } from '../code-runtime';
import { addCsvSheet, loadWorkbookInto } from '../files/workbook-in';

export const ROOT = path.resolve(__dirname, '../../..');
export const DEFAULT_WORKBOOK = path.join(ROOT, 'examples/review.xlsx');
export const DEFAULT_TOUCHES = path.join(ROOT, 'examples/touches.csv');

export interface PreviewEnvOptions {
  /** null: the example workbook and its Touches export. */
  readonly file: string | null;
  readonly timeZone: string;
  readonly lang: 'en' | 'fr';
  /** The virtual clock's start (tests pin it); default now. */
  readonly now?: Date;
  readonly codeFile?: string;
}

export async function previewEnv(options: PreviewEnvOptions): Promise<AppsScriptEnvironment> {
  const env = createAppsScript({
    timeZone: options.timeZone,
    scriptTimeZone: options.timeZone,
    locale: options.lang,
    now: options.now,
  });
  await loadWorkbookInto(env, options.file ?? DEFAULT_WORKBOOK, { timeZone: options.timeZone });
  if (options.file === null) {
    const active = env.spreadsheet.getActiveSheet();
    await addCsvSheet(env, 'Touches', DEFAULT_TOUCHES);
    env.spreadsheet.setActiveSheet(active);
  }
  loadAddOn(env, options.codeFile).call('onOpen');
  return env;
}
