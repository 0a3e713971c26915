/**
 * The local preview (`npm start`) in headless Chromium: the real sidebar in its iframe and the
 * add-on menu run the real dist/Code.js against ONE in-memory Apps Script loaded from
 * examples/review.xlsx + examples/touches.csv on 22 Nov 2026 in Paris. The steps build on each
 * other as a user's session does: Refresh, sync the calendar, fill a missing review value and
 * refresh again, save the workbook.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync } from 'fs';
import path from 'path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { DIST } from '../../src/local/code-runtime';
import { startPreview, type Preview } from '../../src/local/preview/server';
import { previewEnv } from '../../src/local/preview/workbook-env';

const ROOT = path.resolve(__dirname, '../..');
/**
 * The README's pictures: written to docs/ only by `npm run docs:screenshots`, so that `npm test`
 * leaves the checkout unchanged; otherwise beside the other screenshots in test-output/.
 */
const DOCS = process.env.CADENCE_DOCS_SCREENSHOTS
  ? path.join(ROOT, 'docs')
  : path.join(ROOT, 'test-output/screenshots');
const NOW = new Date('2026-11-22T09:00:00Z');

let browser: Browser;
let env: AppsScriptEnvironment;
let preview: Preview;
let page: Page;
let sidebar: FrameLocator;

/** Colours as the browser reports them. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

async function cell(a1: string) {
  const td = page.locator(`.grid td[data-cell="${a1}"]`);
  return td.evaluate((node) => {
    const style = getComputedStyle(node);
    return {
      text: node.textContent ?? '',
      background: style.backgroundColor,
      color: style.color,
      bold: style.fontWeight === '700' || style.fontWeight === 'bold',
      title: (node as HTMLElement).title,
    };
  });
}

/** The page redraws after every action: wait until it shows at least this version. */
async function settled(): Promise<void> {
  const version = await page.evaluate(async () => {
    const res = await fetch('/api/version');
    return ((await res.json()) as { version: number }).version;
  });
  await page.waitForFunction((v) => Number(document.body.dataset.version) >= v, version);
}

async function showSheet(name: string): Promise<void> {
  await page.locator('.tabs .tab', { hasText: name }).first().click();
  await page.waitForFunction((n) => document.body.dataset.sheet === n, name);
  await settled();
}

async function sidebarIdle(): Promise<void> {
  await sidebar.locator('#panel[aria-busy="false"]').waitFor();
}

beforeAll(async () => {
  for (const f of ['Code.js', 'Sidebar.html'])
    if (!existsSync(path.join(DIST, f))) throw new Error(`dist/${f} missing: npm run build first`);
  env = await previewEnv({ file: null, timeZone: 'Europe/Paris', lang: 'en', now: NOW });
  [preview, browser] = await Promise.all([
    startPreview({ env, port: 0, file: 'review.xlsx' }),
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    }),
  ]);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(preview.url);
  sidebar = page.frameLocator('iframe.sidebar');
  await page.locator('.grid td[data-cell="A1"]').waitFor();
  await sidebar.locator('footer').waitFor();
  await sidebarIdle();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('npm start: the local preview', () => {
  it('shows the workbook, its tabs and the add-on menu before anything runs', async () => {
    expect(await page.locator('.tabs .tab').allTextContents()).toEqual([
      'Review',
      'Revue',
      'Touches',
    ]);
    expect(await cell('A1')).toMatchObject({ text: 'Program', bold: true });
    expect((await cell('B2')).text).toBe('3.1%'); // 0.031 through its 0.0% format
    expect((await cell('F2')).text).toBe('2024-09-16');
    await page.click('.menu-button');
    expect(await page.locator('.menu-list [role="menuitem"]').allTextContents()).toEqual([
      'Open Cadence',
      'Format review sheet',
      'Refresh flags and deltas',
      'Start a review today',
      'Import numbers from an export…',
      'Capture baselines',
      'Sync calendar reminders',
      'Build influence report',
      'Forget calendar links of other files',
    ]);
    await page.keyboard.press('Escape');
    await page.click('.bar .brand');
  });

  it('Refresh in the real sidebar paints statuses and flag colours in the grid', async () => {
    await sidebar.locator('#tab-actions').click();
    await sidebar.locator('#action-refresh').click();
    await sidebarIdle();
    // The add-on inserted "Review · Δ" (Sheets activates a sheet it inserts); go back to Review.
    await page.locator('.tabs .tab', { hasText: 'Review · Δ' }).waitFor();
    await showSheet('Review');
    // Row 3, "Re-engagement nurture": last reviewed 2026-06-01, due 2026-08-30 → overdue.
    expect(await cell('U3')).toMatchObject({
      text: '● Overdue',
      background: rgb('#fce8b2'),
      color: rgb('#7a4f01'),
    });
    expect((await cell('A3')).background).toBe(rgb('#fce8b2'));
    // Row 12, "Behavioral score": the one urgent program, red and bold.
    expect(await cell('U12')).toMatchObject({ text: '‼ Urgent', background: rgb('#f4c7c3') });
    expect(await cell('A12')).toMatchObject({ background: rgb('#f4c7c3'), bold: true });
    expect(await cell('U2')).toMatchObject({ text: '◐ Due soon', background: rgb('#e6f4ea') });
    // Header flags: R (2026-08-31) is incomplete, S (2026-12-07) scheduled; notes on hover.
    const r1 = await cell('R1');
    expect(r1.background).toBe(rgb('#f9cb9c'));
    expect(r1.title).toBe('Cadence: review incomplete. Rows still missing a value: 3, 9, 19, 23.');
    expect(await cell('S1')).toMatchObject({
      background: rgb('#d2e3fc'),
      title: 'Cadence: scheduled review.',
    });
    const statuses = await page.locator('.grid td[data-column="21"]').allTextContents();
    expect(statuses.filter((s) => s.startsWith('‼'))).toHaveLength(1);
    expect(statuses.filter((s) => s.startsWith('●'))).toHaveLength(9);
    expect(statuses.filter((s) => s.startsWith('◐'))).toHaveLength(16);
    // The picture for the README: review columns, statuses and header flags beside frozen A.
    await page.locator('.grid').evaluate((grid) => {
      const a = grid.querySelector('td[data-cell="A1"]') as HTMLElement;
      const p = grid.querySelector('td[data-cell="P1"]') as HTMLElement;
      grid.scrollLeft = p.offsetLeft - a.offsetLeft - a.offsetWidth;
    });
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: path.join(DOCS, 'preview-overview.png') });
  });

  it('the companion Δ sheet is a tab of its own, header frozen', async () => {
    await showSheet('Review · Δ');
    expect((await cell('A1')).text).toBe('Name');
    expect((await cell('A2')).text).toBe('Welcome nurture');
    const top = await page
      .locator('.grid tr.frozen-row td[data-cell="B1"]')
      .evaluate((n) => getComputedStyle(n).position);
    expect(top).toBe('sticky');
    await showSheet('Review');
  });

  it('Sync calendar then Apply in the sidebar fills the events panel', async () => {
    expect(await page.locator('.events .empty').textContent()).toContain('No events yet');
    await sidebar.locator('#action-sync').click();
    await sidebarIdle();
    await sidebar.locator('#sync-apply').click();
    await sidebarIdle();
    await settled();
    expect(env.calendarStore.events('all')).toHaveLength(23);
    await page.locator('.events tr.event').first().waitFor();
    expect(await page.locator('.events tr.event').count()).toBe(23);
    expect(await page.locator('.events .count').textContent()).toBe(
      '23 events in the in-memory calendar',
    );
    // Earliest first: today's, where the urgent scoring rule and the overdue reviews (due since
    // 30 Aug) sit. Synced at 10:00 Paris time, a "15 h before" popup would be long past: the
    // event is timed at 10:20 with its popup 10 minutes before, still ahead.
    expect(await page.locator('.events tr.event').first().locator('td').allTextContents()).toEqual([
      '2026-11-22 10:20',
      'Review: Behavioral score (scoring rule)',
      'pop-up 10 min before',
    ]);
    await page.locator('.events').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOCS, 'preview-events.png') });
  });

  it('a typed review value persists, and Refresh from the menu updates the owned columns', async () => {
    // R3 was the missing 2026-08-31 value of "Re-engagement nurture" (last 1.7% on 2026-06-01).
    await page.locator('.grid td[data-cell="R3"]').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1.9%');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('.grid td[data-cell="R3"]')?.textContent === '1.9%',
    );
    expect(env.spreadsheet.sheet('Review').getRange('R3').getValue()).toBeCloseTo(0.019, 10);
    await page.click('.menu-button');
    await page.click('.menu-list [data-function="refreshSheetFromMenu"]');
    await expect(page.locator('.notice').last().textContent()).resolves.toBe(
      'Refreshed 30 programs: 1 urgent, 8 overdue, 17 due soon.',
    );
    await page.waitForFunction(
      () => document.querySelector('.grid td[data-cell="U3"]')?.textContent === '◐ Due soon',
    );
    await settled();
    // Reviewed on 2026-08-31 now: next review 2026-11-29, due soon; last change 1.7% → 1.9%.
    expect(await cell('R3')).toMatchObject({ text: '1.9%' });
    expect(await cell('T3')).toMatchObject({ text: '2026-11-29' });
    expect(await cell('U3')).toMatchObject({ text: '◐ Due soon', background: rgb('#e6f4ea') });
    expect((await cell('A3')).background).toBe(rgb('#e6f4ea'));
    // A rate's change is in percentage points: 1.69 % → 1.9 % is +0.21 pt.
    expect((await cell('V3')).text).toBe('+0.21 pt');
    expect((await cell('R1')).title).toBe(
      'Cadence: review incomplete. Rows still missing a value: 9, 19, 23.',
    );
  });

  it('Build influence report from the menu adds its sheet as a tab', async () => {
    await page.click('.menu-button');
    await page.click('.menu-list [data-function="buildInfluenceReportFromMenu"]');
    await expect(page.locator('.notice').last().textContent()).resolves.toMatch(
      /^Influence report rebuilt from “Touches”: 10 campaigns, \d+ conversions\.$/,
    );
    // The add-on activates its report: the page follows, as Sheets does.
    await page.waitForFunction(() => document.body.dataset.sheet === 'Influence report');
    expect(await page.locator('.tabs .tab[aria-selected="true"]').textContent()).toBe(
      'Influence report',
    );
    const texts = (await page.locator('.grid td').allTextContents()).join(' ');
    expect(texts).toContain('Shapley');
    // Readiness first, intervals beside the credits, the last touch per lead at the end.
    expect(texts).toContain('Data readiness: check these before trusting any model');
    expect(texts).toContain('Markov: 95 % interval');
    expect(texts).toContain('Last campaign before conversion');
    // Long sentences run into the empty cells to their right, as in Sheets: none is cut short.
    const spills = page.locator('.grid td.spill > .spill-text');
    expect(await spills.count()).toBeGreaterThan(5);
    const cut = await spills.evaluateAll((spans) =>
      spans.filter((s) => s.scrollWidth > s.clientWidth + 1).map((s) => s.textContent),
    );
    expect(cut).toEqual([]);
    mkdirSync(path.join(ROOT, 'test-output/screenshots'), { recursive: true });
    await page.screenshot({
      path: path.join(ROOT, 'test-output/screenshots/preview-influence-report.png'),
      fullPage: true,
    });
    await showSheet('Review');
  });

  it('Save as .xlsx downloads the workbook with its values and fills', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.save-xlsx')]);
    expect(download.suggestedFilename()).toBe('review-preview.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path()) as string);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Review',
      'Revue',
      'Touches',
      'Review · Δ',
      // The review journal: Refresh added the changes that need a reason.
      'Journal',
      'Influence report',
    ]);
    const ws = wb.getWorksheet('Review') as ExcelJS.Worksheet;
    expect(ws.getCell('R3').value).toBeCloseTo(0.019, 10);
    expect(ws.getCell('U3').value).toBe('◐ Due soon');
    expect(ws.getCell('U12').value).toBe('‼ Urgent');
    const fill = ws.getCell('A1').fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb?.toUpperCase()).toBe('FFE8F0FE');
    // The flags travel as conditional formats, with the add-on's colours.
    // exceljs reads the rules back into `conditionalFormattings`, missing from its typings.
    const read = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    const rules = read.flatMap((c) => c.rules);
    const fills = rules.map((r) =>
      ((r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb ?? '').toUpperCase(),
    );
    expect(fills).toEqual(expect.arrayContaining(['FFF4C7C3', 'FFFCE8B2', 'FFE6F4EA']));
  });

  it('Download .ics gives the add-on calendar file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.download-ics'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain('Behavioral score');
  });
});
