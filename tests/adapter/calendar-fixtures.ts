/** A review sheet of N nurture programs and an in-memory Apps Script holding it. */
import type { CellValue } from '../../src/core/types';
import { dateCell, programsGrid } from '../support/programs';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';

/**
 * A morning before every program of programsGrid is due (2026-11-01 onwards): events then sit on
 * their own review dates. On the default 2026-11-22 the earlier ones are overdue, and an overdue
 * review's event is on today.
 */
export { dateCell, programsGrid };

export const BEFORE_DUE = '2026-10-20T10:00:00Z';

export interface Harness {
  readonly env: AppsScriptEnvironment;
  restore(): void;
  /** Installs this environment's globals again (after restore), e.g. to switch between users. */
  resume(): void;
}

/** Installs the globals and fakes Date (the gas code reads "today" from new Date()). */
export function harness(
  grid: CellValue[][],
  options: {
    timeZone?: string;
    scriptTimeZone?: string;
    now?: string;
    locale?: string;
    userEmail?: string;
    /** Load the grid into the first sheet (gid 0, as in every new file) renamed "Review". */
    firstSheet?: boolean;
  } = {},
): Harness {
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const now = new Date(options.now ?? '2026-11-22T10:00:00Z');
  const env = createAppsScript({
    timeZone,
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    locale: options.locale ?? 'en',
    userEmail: options.userEmail,
    now,
  });
  const sheet = options.firstSheet
    ? env.spreadsheet.sheet('Sheet1').setName('Review').loadGrid(grid)
    : env.spreadsheet.addSheetFromGrid('Review', grid);
  env.spreadsheet.setActiveSheet(sheet);
  let uninstall = (): void => undefined;
  let quiet: jest.SpyInstance | null = null;
  const resume = (): void => {
    // src/gas runs here in jest's realm: its console.log goes to Apps Script's execution log
    // (env.logs), as in Google, not to the test runner's output.
    quiet = jest.spyOn(console, 'log').mockImplementation(env.console.log);
    jest.useFakeTimers({
      now,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
      ],
    });
    uninstall = env.install();
  };
  resume();
  return {
    env,
    resume,
    restore() {
      quiet?.mockRestore();
      uninstall();
      jest.useRealTimers();
    },
  };
}
