/**
 * The Actions panel through the whole stack: start a review, the calendar sync (dry run, then
 * Apply, checked in the in-memory Calendar), the .ics download, busy states that cannot be
 * double-fired, and plain errors when a server function is missing.
 */
import { readFileSync } from 'fs';
import {
  idle,
  openSidebar,
  reviewEnv,
  screenshot,
  sidebarEachTest,
  withPatchedAddOn,
  type Session,
} from './harness';

let s: Session;
const browser = sidebarEachTest((session) => (s = session), '#tab-actions');

const parisMidnight = (iso: string) => new Date(`${iso}T00:00:00+01:00`).getTime();

describe('Actions panel', () => {
  it('starts a review today: a column dated 22 Nov 2026 appears in the sheet', async () => {
    await screenshot(s.page, 'actions-en');
    const sheet = s.env.spreadsheet.getSheetByName('Review');
    const header = () => sheet!.getRange(1, 1, 1, sheet!.getLastColumn()).getValues()[0];
    const before = header().length;
    await s.page.click('#action-start');
    await idle(s.page);
    expect(await s.page.locator('#alert').textContent()).toBe('');
    const after = header();
    expect(after.length).toBe(before + 1);
    const dated = after.filter(
      (v) => v instanceof Date && v.getTime() === parisMidnight('2026-11-22'),
    );
    expect(dated).toHaveLength(1);
  });

  it('previews the calendar sync without writing, then applies exactly that', async () => {
    await s.page.click('#action-sync');
    await idle(s.page);
    expect(await s.page.locator('#alert').textContent()).toBe('');
    const diff = (await s.page.locator('#sync-diff').textContent()) as string;
    const m = /^(\d+) to create · (\d+) to update · (\d+) to delete$/.exec(diff);
    expect(m).not.toBeNull();
    const toCreate = Number(m![1]);
    expect(toCreate).toBeGreaterThan(0);
    expect(s.env.calendarStore.events('all')).toHaveLength(0); // a dry run writes nothing
    await screenshot(s.page, 'actions-sync-preview-en');
    await s.page.click('#sync-apply');
    await idle(s.page);
    expect(await s.page.locator('#alert').textContent()).toBe('');
    expect(s.env.calendarStore.events('all')).toHaveLength(toCreate);
    expect(await s.page.locator('#sync-preview').count()).toBe(0);
    // A second dry run finds nothing left to do.
    await s.page.click('#action-sync');
    await idle(s.page);
    expect(await s.page.locator('#sync-preview').textContent()).toContain('already up to date');
  });

  // Granular consent: a user may decline Calendar (https://developers.google.com/apps-script/concepts/scopes).
  it("asks a user who declined Calendar to grant access, with Google's link, instead of an error", async () => {
    s.env.scopes.decline('https://www.googleapis.com/auth/calendar');
    await s.page.click('#action-sync');
    await idle(s.page);
    expect(await s.page.locator('#alert').textContent()).toBe(
      '⚠ Cadence needs access to your Calendar to create reminders. — Grant access',
    );
    expect(await s.page.locator('#grant-access').getAttribute('href')).toMatch(
      /^https:\/\/script\.google\.com\//,
    );
    s.env.scopes.grant('https://www.googleapis.com/auth/calendar');
  });

  it('downloads the .ics file under its own name', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.click('#action-ics'),
    ]);
    await idle(s.page);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const content = readFileSync((await download.path()) as string, 'utf8');
    expect(content).toMatch(/^BEGIN:VCALENDAR/);
    expect(await s.page.locator('#status').textContent()).toBe(
      `✓ Downloaded ${download.suggestedFilename()}.`,
    );
  });

  it('shows the busy state and cannot be double-fired', async () => {
    s.bridge.setLatency(400);
    await s.page.click('#action-refresh');
    await expect(s.page.locator('#status').textContent()).resolves.toBe('Working: Refresh…');
    expect(await s.page.locator('#action-refresh').isDisabled()).toBe(true);
    expect(await s.page.locator('#action-start').isDisabled()).toBe(true);
    await s.page.locator('#action-refresh').click({ force: true, noWaitAfter: true });
    await s.page.locator('#action-refresh').dispatchEvent('click');
    await idle(s.page);
    expect(s.bridge.calls.filter((c) => c.name === 'refreshSheet')).toHaveLength(1);
    expect(await s.page.locator('#action-refresh').isDisabled()).toBe(false);
    // Focus comes back to the button that started the call, for keyboard users.
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('action-refresh');
  });
});

describe('a server function that does not exist yet', () => {
  it('ends in a plain error, never a hang', async () => {
    // The real Code.js with exportIcs taken away, as before the calendar feature lands.
    await withPatchedAddOn(browser(), 'exportIcs = undefined;', async (page) => {
      await page.click('#tab-actions');
      await page.click('#action-ics');
      await page.waitForSelector('#alert:not(:empty)');
      expect(await page.locator('#alert').textContent()).toBe(
        '⚠ Download .ics did not work: this part of Cadence is not available yet (exportIcs).',
      );
      expect(await page.locator('#action-ics').isDisabled()).toBe(false);
    });
  });
});

describe('Influence panel', () => {
  it('builds the influence report from the Touches sheet and shows the answer', async () => {
    await s.close();
    s = await openSidebar(browser(), await reviewEnv({ touches: true }));
    // The build (every model, 200 bootstrap replicates) runs in this process through the bridge:
    // on a shared machine it takes longer than a click's default 5 s.
    s.page.setDefaultTimeout(60_000);
    await s.page.click('#tab-influence');
    await s.page.click('#influence-build');
    await idle(s.page);
    expect(await s.page.locator('#influence-result').textContent()).toMatch(
      /^✓ Influence report rebuilt from “Touches”: \d+ campaigns, \d+ conversions\.$/,
    );
    expect(s.env.spreadsheet.getSheetByName('Influence report')).not.toBeNull();
    // The readiness checks come first, a worry marked ⚠: examples/touches.csv has 125 of 783
    // credited conversions ending on a day with several channels.
    const checks = await s.page.locator('#influence-readiness li').allTextContents();
    expect(checks).toHaveLength(7);
    expect(checks[1]).toMatch(/^⚠ Several channels on the last day — 125 of 783 credited/);
    expect(checks[0]).toMatch(/^✓ Conversions with no touch — /);
    const ties = await s.page.locator('#influence-ties li').allTextContents();
    expect(ties.join(' ')).toMatch(/ are tied within noise: the data cannot rank them\./);
    await screenshot(s.page, 'influence-en');
  });

  it('says plainly when there is nothing to build from', async () => {
    await s.page.click('#tab-influence');
    await s.page.click('#influence-build');
    await idle(s.page);
    expect(await s.page.locator('#influence-result').textContent()).toMatch(
      /^⚠ No touches or paths sheet found\./,
    );
  });
});
