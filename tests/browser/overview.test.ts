/**
 * The sidebar on examples/review.xlsx in a real browser: the overview counts, click-to-select,
 * the due list and its filters, refresh, and no horizontal scroll at 300 px.
 */
import {
  activeRange,
  idle,
  openSidebar,
  reviewEnv,
  screenshot,
  sidebarEachTest,
  type Session,
} from './harness';

let s: Session;
const browser = sidebarEachTest((session) => (s = session));

const countOf = (status: string) => s.page.locator(`#count-${status} .num`).textContent();

describe('overview on examples/review.xlsx (today 2026-11-22, Paris)', () => {
  it('shows the counts by status and the incomplete review columns', async () => {
    expect(await countOf('urgent')).toBe('1');
    expect(await countOf('overdue')).toBe('9');
    expect(await countOf('due_soon')).toBe('16');
    expect(await countOf('collecting')).toBe('1');
    expect(await countOf('ok')).toBe('3');
    await expect(s.page.locator('#count-due_soon').textContent()).resolves.toContain(
      'Due this week',
    );
    // M, O, P, Q and R miss values; K, L and N are complete, S is scheduled.
    const columns = await s.page.locator('[id^="column-"]').allTextContents();
    expect(columns).toEqual([
      'Column M · 2 Jun 2025',
      'Column O · 1 Dec 2025',
      'Column P · 2 Mar 2026',
      'Column Q · 1 Jun 2026',
      'Column R · 31 Aug 2026',
    ]);
    expect(await s.page.getByText('Missing rows 3, 9, 19 and 23').count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
    await screenshot(s.page, 'overview-en');
  });

  it('selects the row or the column in the sheet when an item is clicked', async () => {
    await s.page.click('#count-urgent');
    await idle(s.page);
    // Behavioral score (row 12) is the only urgent program.
    expect(activeRange(s.env)).toMatch(/^Review!A12:[A-Z]+12$/);
    await s.page.click('#column-R');
    await idle(s.page);
    expect(activeRange(s.env)).toMatch(/^Review!R1:R\d+$/);
    // A count also filters the due list to its status: row 20 is among the 9 overdue ones.
    await s.page.click('#count-overdue');
    await idle(s.page);
    expect(activeRange(s.env)).toMatch(/^Review!A3:[A-Z]+3$/);
    expect(await s.page.locator('li.due').count()).toBe(9);
    await s.page.click('#row-20');
    await idle(s.page);
    expect(activeRange(s.env)).toMatch(/^Review!A20:[A-Z]+20$/);
    expect(await s.page.locator('#alert').textContent()).toBe('');
  });

  it('names the cells it could not read, in French for a French user, and selects their row', async () => {
    await s.close();
    s = await openSidebar(browser(), await reviewEnv({ locale: 'fr' }), 'fr-FR');
    await s.page.click('.diagnostics summary');
    const items = await s.page.locator('.diagnostics li').allTextContents();
    // P10 "n/a", Q15 #N/A and O30 "about 400" in sheet order (the French message).
    expect(items.slice(0, 3)).toEqual([
      'P10 P10 contient « n/a », qui n’est pas un nombre ; la cellule est ignorée.',
      'Q15 Q15 contient l’erreur #N/A ; la cellule est ignorée.',
      'O30 O30 contient « about 400 », qui n’est pas un nombre ; la cellule est ignorée.',
    ]);
    await s.page.locator('.diagnostics li button').nth(1).click();
    await idle(s.page);
    expect(activeRange(s.env)).toMatch(/^Review!A15:[A-Z]+15$/);
  });

  it('lists the due rows by week with type, owner, last change in words and a sparkline', async () => {
    const weeks = await s.page.locator('.week h3').allTextContents();
    // Overdue rows are before this week (Mon 16 Nov); due-soon rows fall on Sun 29 Nov.
    expect(weeks.slice(0, 3)).toEqual(['Before this week', 'This week', 'Week of 23 Nov']);
    const welcome = s.page.locator('li.due', { has: s.page.locator('#row-2') });
    const text = await welcome.textContent();
    expect(text).toContain('Welcome nurture');
    expect(text).toContain('Nurture program');
    // A rate: its change in percentage points, the arrow for the sign, the word for the verdict.
    expect(text).toContain('▲ 0.34\u00a0pt+0.34\u00a0pt improved');
    await expect(welcome.locator('.chg > [aria-hidden=true]').textContent()).resolves.toBe(
      '▲ 0.34\u00a0pt',
    );
    expect(text).toContain('Trend rising');
    await expect(welcome.locator('svg.spark').getAttribute('aria-label')).resolves.toMatch(
      /^Values: /,
    );
    expect(await welcome.locator('.chg').getAttribute('class')).toBe('chg improved');
    const behavioral = await s.page
      .locator('li.due', { has: s.page.locator('#row-12') })
      .textContent();
    expect(behavioral).toContain('▼ 6.22\u00a0pt-6.22\u00a0pt worsened');
  });

  it('filters the due list by type, owner and status', async () => {
    await s.page.selectOption('#filter-type', 'scoring_rule');
    const names = await s.page.locator('li.due .name').allTextContents();
    expect(names).toEqual([
      'Behavioral score',
      'Product usage score',
      'Intent score',
      'Demographic score',
    ]);
    const owner = (await s.page.locator('li.due .owner').first().textContent()) as string;
    await s.page.selectOption('#filter-type', '');
    await s.page.selectOption('#filter-owner', owner);
    const owners = await s.page.locator('li.due .owner').allTextContents();
    expect(new Set(owners)).toEqual(new Set([owner]));
    await s.page.selectOption('#filter-owner', '');
    await s.page.selectOption('#filter-status', 'overdue');
    expect(await s.page.locator('li.due').count()).toBe(9);
  });

  it('refreshes the sheet through the real Code.js and shows its answer', async () => {
    await s.page.click('#tab-actions');
    await s.page.click('#action-refresh');
    await idle(s.page);
    expect(await s.page.locator('#alert').textContent()).toBe('');
    expect(await s.page.locator('#status').textContent()).toMatch(/^✓ /);
    expect(s.bridge.calls.map((c) => c.name)).toEqual([
      'getSidebarState',
      'refreshSheet',
      'getSidebarState',
    ]);
  });

  it('fits 300 px without horizontal scrolling on every panel', async () => {
    for (const tab of ['overview', 'actions', 'settings', 'influence']) {
      await s.page.click(`#tab-${tab}`);
      const overflow = await s.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ tab, overflow }).toEqual({ tab, overflow: 0 });
    }
  });
});
