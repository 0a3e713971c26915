/** A review sheet of N nurture programs and an in-memory Apps Script holding it. */
import { midnightInZone, parseIso } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';
import { createAppsScript, type AppsScriptEnvironment } from '../../src/local/appsscript';

export function dateCell(iso: string, timeZone: string): Date {
  return midnightInZone(parseIso(iso) as number, timeZone);
}

/**
 * Row i (1-based): "Program i", nurture, owner i mod 3, reviewed on 2026-10-01 with cadence 30 + i
 * days, so its next review is 2026-10-01 + 30 + i (2026-11-01 for i = 1).
 */
/**
 * A morning before every program of programsGrid is due (2026-11-01 onwards): events then sit on
 * their own review dates. On the default 2026-11-22 the earlier ones are overdue, and an overdue
 * review's event is on today.
 */
export const BEFORE_DUE = '2026-10-20T10:00:00Z';

export function programsGrid(count: number, timeZone: string): CellValue[][] {
  const header: CellValue[] = [
    'Name',
    'Baseline',
    'Type',
    'Owner',
    'Set up on',
    'Cadence (days)',
    dateCell('2026-10-01', timeZone),
  ];
  const rows = Array.from({ length: count }, (_, k): CellValue[] => [
    `Program ${k + 1}`,
    100,
    'Nurture',
    `owner${(k + 1) % 3}@example.com`,
    dateCell('2026-01-01', timeZone),
    30 + k + 1,
    110 + k,
  ]);
  return [header, ...rows];
}

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
