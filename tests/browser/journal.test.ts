/**
 * The Journal tab through the whole stack (dist/Sidebar.html in Chromium, dist/Code.js on the
 * in-memory Apps Script holding examples/review.xlsx): "N changes need a reason", a reason saved
 * into the entry's own cells of the Journal sheet and shown as text (never markup), then
 * "Capture baselines": proposals first, a write only on Capture. Screenshots EN and FR.
 */
import { chromiumPerFile, idle, openSidebar, reviewEnv, screenshot, type Session } from './harness';

const browser = chromiumPerFile();
let s: Session;

const PAYLOAD = '<img src=x onerror="window.__pwned=1">Sender domain changed';

async function openJournal(locale: 'en' | 'fr' = 'en'): Promise<Session> {
  // Row 2's baseline left blank: a row reviewed without one.
  const env = await reviewEnv({
    locale,
    sheet: locale === 'fr' ? 'Revue' : 'Review',
    edit: (rows) => (rows[1][1] = ''),
  });
  const session = await openSidebar(browser(), env, locale === 'fr' ? 'fr-FR' : 'en-US');
  await session.page.click('#tab-journal');
  await session.page.waitForSelector('#journal-count');
  await idle(session.page);
  return session;
}

/** The sidebar's count, in the singular for one change: "1 change needs", "2 changes need". */
const needReason = (n: number): string =>
  n === 1 ? '1 change needs a reason' : `${n} changes need a reason`;

describe('Journal tab', () => {
  it('lists the changes that need a reason and saves one into the Journal sheet', async () => {
    s = await openJournal();
    const count = (await s.page.locator('#journal-count').textContent()) as string;
    const n = Number(/^\d+/.exec(count)?.[0]);
    expect(n).toBeGreaterThan(0);
    expect(count).toBe(needReason(n));
    const journal = s.env.spreadsheet.getSheetByName('Journal')!;
    expect(journal.getLastRow()).toBe(n + 1);
    await screenshot(s.page, 'journal-en');

    const program = (await s.page.locator('.journal-entry strong').first().textContent()) as string;
    await s.page.click('#j-explain-0');
    await s.page.fill('#j-why', PAYLOAD);
    await s.page.selectOption('#j-decision', 'investigate');
    await s.page.fill('#j-owner', 'Dana');
    await s.page.fill('#j-follow-up', '2026-12-15');
    await screenshot(s.page, 'journal-form-en');
    await s.page.click('#j-save');
    await idle(s.page);
    expect(await s.page.locator('#alert').textContent()).toBe('');
    expect(await s.page.locator('#status').textContent()).toBe(`✓ Reason saved for ${program}.`);
    expect(await s.page.locator('#journal-count').textContent()).toBe(needReason(n - 1));
    // Written in the entry's own row, as text; shown as text in the sidebar.
    const rows = journal.getDataRange().getValues();
    const saved = rows.find((r) => r[1] === program && r[5] !== '')!;
    expect(saved.slice(5, 8)).toEqual([PAYLOAD, 'Investigate', 'Dana']);
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(await s.page.locator('.journal-entry .reason').first().textContent()).toBe(
      `Why: ${PAYLOAD}`,
    );
    await screenshot(s.page, 'journal-saved-en');
    expect(s.pageErrors).toEqual([]);
  });

  it('proposes the missing baseline and writes it only on Capture', async () => {
    s = await openJournal();
    const sheet = s.env.spreadsheet.getSheetByName('Review')!;
    await s.page.click('#baselines-find');
    await idle(s.page);
    const item = (await s.page.locator('#baselines-list li').first().textContent()) as string;
    expect(item.trim()).toMatch(
      /^B2 .+ ← 3\.33% from the review of .+ \([A-Z]+2\), after go-live$/,
    );
    expect(sheet.getRange('B2').getValue()).toBe('');
    await screenshot(s.page, 'journal-baselines-en');
    await s.page.click('#baselines-capture');
    await idle(s.page);
    expect(await s.page.locator('#status').textContent()).toBe(
      '✓ 1 baseline captured; your other cells are unchanged.',
    );
    expect(sheet.getRange('B2').getValue()).not.toBe('');
    expect(sheet.getRange('B2').getNote()).toMatch(/^Cadence: baseline captured on 2026-11-22/);
  });

  it('says how many deleted entries Refresh leaves out, and Restore puts them back', async () => {
    s = await openJournal();
    const journal = s.env.spreadsheet.getSheetByName('Journal')!;
    const rows = journal.getLastRow();
    const deleted = journal.getRange(2, 2).getValue() as string;
    journal.deleteRow(2); // the user: "not worth journaling"
    // The sidebar opened again, as after the user goes back to it.
    await s.close();
    s = await openSidebar(browser(), s.env);
    await s.page.click('#tab-journal');
    await s.page.waitForSelector('#journal-dismissed');
    await idle(s.page);
    expect(await s.page.locator('#journal-dismissed').textContent()).toBe(
      '1 entry you deleted from the Journal sheet: Refresh does not add it back. Restore',
    );
    expect(journal.getLastRow()).toBe(rows - 1);
    await screenshot(s.page, 'journal-dismissed-en');
    await s.page.click('#journal-restore');
    await idle(s.page);
    expect(await s.page.locator('#status').textContent()).toBe(
      '✓ 1 deleted Journal entry added back.',
    );
    expect(await s.page.locator('#journal-dismissed').count()).toBe(0);
    expect(journal.getLastRow()).toBe(rows);
    expect(journal.getRange(rows, 2).getValue()).toBe(deleted);
    expect(s.pageErrors).toEqual([]);
  });

  it('in French', async () => {
    s = await openJournal('fr');
    expect(await s.page.locator('#tab-journal').textContent()).toBe('Journal');
    expect(await s.page.locator('#journal-count').textContent()).toMatch(
      /^(1 variation|([2-9]|[1-9]\d+) variations) à expliquer$/,
    );
    await s.page.click('#j-explain-0');
    expect(await s.page.locator('label[for="j-why"]').textContent()).toBe('Pourquoi');
    await screenshot(s.page, 'journal-fr');
  });
});
