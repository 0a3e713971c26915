/**
 * Browser-test harness: the built dist/Sidebar.html in Debian's headless Chromium, its
 * google.script.run backed by the real dist/Code.js through the local bridge, against an
 * in-memory Apps Script loaded with examples/review.xlsx at 2026-11-22 10:00 in Paris.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { startBridge, type Bridge } from '../../src/local/bridge/server';
import { DIST } from '../../src/local/code-runtime';
import { readWorkbook, type SheetGrid } from '../../src/local/files/read-grid';
import type { CellValue } from '../../src/core/types';

export const ROOT = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'test-output/screenshots');
export const NOW = new Date('2026-11-22T09:00:00Z');
const TIME_ZONE = 'Europe/Paris';

export function assertBuilt(): void {
  for (const file of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(path.join(DIST, file))) {
      throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does).`);
    }
  }
}

export function launch(uiLanguage?: 'fr'): Promise<Browser> {
  assertBuilt();
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 30_000,
    // Chromium draws its own controls (a date field's jj/mm/aaaa, a file picker's "Choisir un
    // fichier") in the language it was started in, whatever the page's locale: a French user's
    // Chrome is started in French. Needs Debian's chromium-l10n (.ci/run installs it).
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage, LANG: 'fr_FR.UTF-8' } } : {}),
  });
}

/** The French-speaking Chromium of this test file, started on first use. */
let frenchBrowser: Promise<Browser> | undefined;
afterAll(async () => {
  await (await frenchBrowser)?.close();
  frenchBrowser = undefined;
});

let workbook: Promise<SheetGrid[]> | null = null;

/** examples/review.xlsx, read once per test file. */
export function exampleSheets(): Promise<SheetGrid[]> {
  workbook ??= readWorkbook(path.join(ROOT, 'examples/review.xlsx'), TIME_ZONE);
  return workbook;
}

export interface EnvOptions {
  readonly locale?: 'en' | 'fr';
  /** Which sheet of the example workbook is active ('Review' or 'Revue'). */
  readonly sheet?: string;
  /** Rewrites the grid before loading, e.g. to plant XSS payloads. */
  readonly edit?: (rows: CellValue[][]) => void;
  /** Adds examples/touches.csv as a "Touches" sheet, the influence report's input. */
  readonly touches?: boolean;
}

export async function reviewEnv(options: EnvOptions = {}): Promise<AppsScriptEnvironment> {
  const env = createAppsScript({
    timeZone: TIME_ZONE,
    scriptTimeZone: TIME_ZONE,
    locale: options.locale ?? 'en',
    now: NOW,
    // Strict: Google's latency, time limits, manifest scopes and validation (appsscript README).
    strict: true,
  });
  const sheets = await exampleSheets();
  const wanted = options.sheet ?? 'Review';
  for (const s of sheets) {
    const rows = s.rows.map((r) => [...r]);
    if (s.name === wanted) options.edit?.(rows);
    env.spreadsheet.addSheetFromGrid(s.name, rows);
  }
  if (options.touches) {
    const [csv] = await readWorkbook(path.join(ROOT, 'examples/touches.csv'), TIME_ZONE);
    env.spreadsheet.addSheetFromGrid('Touches', csv.rows);
  }
  env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetByName(wanted) as never);
  env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Sheet1') as never);
  return env;
}

export interface Session {
  readonly env: AppsScriptEnvironment;
  readonly bridge: Bridge;
  readonly page: Page;
  /** Every JS dialog (alert/confirm/prompt) the page tried to open. */
  readonly dialogs: string[];
  /** Uncaught page errors. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Sessions not closed yet: closed after each test of a `sidebarEachTest` file, even a failed one. */
const openSessions = new Set<Session>();

/** A 300 px-wide page on the sidebar, loaded and past its first getSidebarState. */
export async function openSidebar(
  browser: Browser,
  env: AppsScriptEnvironment,
  browserLocale = 'en-US',
  /** The browser's own time zone (IANA), when a test needs it to differ from the spreadsheet's. */
  timezoneId?: string,
): Promise<Session> {
  const bridge = await startBridge({ env, port: 0 });
  // A French page opens in a French Chromium, so its native controls read as a French user's do.
  const chromiumOfLocale = browserLocale.startsWith('fr')
    ? await (frenchBrowser ??= launch('fr'))
    : browser;
  const context = await chromiumOfLocale.newContext({
    viewport: { width: 300, height: 900 },
    locale: browserLocale,
    ...(timezoneId ? { timezoneId } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const session: Session = {
    env,
    bridge,
    page,
    dialogs,
    pageErrors,
    async close() {
      if (!openSessions.delete(session)) return;
      await context.close();
      await bridge.close();
    },
  };
  openSessions.add(session);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(bridge.url);
  // Loaded = the state arrived (footer shows the version) or the load failed (an alert says why).
  await page.waitForFunction(
    () => !!document.querySelector('footer') || !!document.querySelector('#alert:not(:empty)'),
  );
  await idle(page);
  return session;
}

/**
 * One Chromium for the test file; every session a test opened is closed after it, even a failed
 * one. Answers the file's browser.
 */
export function chromiumPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const session of [...openSessions]) await session.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start (see beforeAll).');
    return browser;
  };
}

/**
 * `chromiumPerFile` and, before each test, a fresh sidebar on the example workbook (on the `tab`
 * selector's panel when given), handed to `use`. Answers the file's browser, for tests that open
 * their own pages.
 */
export function sidebarEachTest(use: (session: Session) => void, tab?: string): () => Browser {
  const launched = chromiumPerFile();
  beforeEach(async () => {
    const session = await openSidebar(launched(), await reviewEnv());
    if (tab) await session.page.click(tab);
    use(session);
  });
  return launched;
}

/**
 * The sidebar on the real dist/Code.js with `patch` appended (a server function stubbed or taken
 * away), loaded, for `use`; its page and bridge closed after.
 */
export async function withPatchedAddOn(
  browser: Browser,
  patch: string,
  use: (page: Page, bridge: Bridge) => Promise<void>,
): Promise<void> {
  const codeFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-')), 'Code.js');
  writeFileSync(codeFile, `${readFileSync(path.join(DIST, 'Code.js'), 'utf8')}\n${patch}\n`);
  const bridge = await startBridge({ env: await reviewEnv(), port: 0, codeFile });
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  try {
    await page.goto(bridge.url);
    await page.waitForSelector('footer');
    await use(page, bridge);
  } finally {
    await page.close();
    await bridge.close();
  }
}

/** Waits until no server call is running. */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector('#panel[aria-busy="false"]');
}

/** The first screenful (as a user sees it) and, for long panels, the whole page. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const tall = await page.evaluate(
    () => document.documentElement.scrollHeight > window.innerHeight,
  );
  if (tall)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
}

/** The env's active range as 'Sheet'!A1 text, read on the raw (uncounted) spreadsheet. */
export function activeRange(env: AppsScriptEnvironment): string | null {
  const range = env.spreadsheet.getActiveRange();
  return range ? `${range.getSheet().getName()}!${range.getA1Notation()}` : null;
}
