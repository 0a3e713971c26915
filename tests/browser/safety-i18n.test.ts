/**
 * French and English, hostile sheet text, and accessibility: the sidebar in French on the
 * "Revue" sheet and its language switch; XSS payloads in names, owners and groups that must stay
 * inert text; axe-core on every panel with no serious or critical violation.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import {
  chromiumPerFile,
  idle,
  openSidebar,
  reviewEnv,
  ROOT,
  SCREENSHOTS,
  screenshot,
  type Session,
} from './harness';

const browser = chromiumPerFile();
let s: Session | null = null;

const TABS = ['overview', 'actions', 'settings', 'influence'] as const;

describe('French and English', () => {
  it('switching to French re-renders every panel at once, server sentences included', async () => {
    s = await openSidebar(browser(), await reviewEnv({ locale: 'en' }), 'en-US');
    const { page } = s;
    expect(await page.locator('.reason').first().textContent()).toMatch(/[A-Za-z]/);
    await page.selectOption('#language', 'fr');
    await idle(page);
    const english = /\b(the|reviewed|review|days|overdue|due|rows?|group|trend|change)\b/i;
    const reasons = await page.locator('.reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).not.toMatch(english);
    // The grouped webinar says why it is due before its own date, in French, first.
    expect(reasons.join('\n')).toMatch(
      /Revu avec le groupe Webinars, à revoir le 30\/08\/2026 parce que/,
    );
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      const text = (await page.locator('#panel').textContent()) as string;
      expect(text).not.toMatch(
        /\b(Overdue|Due soon|Last change|improved|worsened|Settings|Save)\b/,
      );
    }
    await page.click('#tab-overview');
    await screenshot(page, 'overview-fr-switched');
    // The card of a webinar due because of its group, as the user reads it.
    await page
      .locator('li.due', { has: page.locator('#row-20') })
      .screenshot({ path: path.join(SCREENSHOTS, 'card-group-fr.png') });
  });

  it('speaks French to a French user, with French dates and numbers', async () => {
    s = await openSidebar(browser(), await reviewEnv({ locale: 'fr', sheet: 'Revue' }), 'fr-FR');
    const { page } = s;
    expect(await page.locator('[role=tab]').allTextContents()).toEqual([
      'Aperçu',
      'Actions',
      'Journal',
      'Réglages',
      'Influence',
      'Import',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('#count-due_soon .word').textContent()).toBe(
      '◐ À revoir cette semaine',
    );
    expect(await page.locator('#hint-status').textContent()).toMatch(/^Sélectionne le premier/);
    expect(await page.locator('.card p.muted, p.muted.small').first().textContent()).toBe(
      'Feuille « Revue » · aujourd’hui 22 nov. 2026',
    );
    // What is seen: the arrow for the sign, the figure in its unit (points for a rate), the word.
    const change = await page.locator('.chg').first().textContent();
    expect(change).toMatch(
      /^[▲▼=] \d+(,\d\d?)?\s(%|pt)[+-]?\d+(,\d\d?)?\s(%|pt) (en progrès|en recul|stable)$/,
    );
    const seen = await page.locator('.chg > [aria-hidden=true]').allTextContents();
    expect(seen.every((t) => /^[▲▼=] \d+(,\d\d?)?\s(%|pt)$/.test(t))).toBe(true);
    expect(seen.some((t) => /pt$/.test(t))).toBe(true);
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      await screenshot(page, `${tab}-fr`);
    }
    // The server answers in French too (the lead's refresh message).
    await page.click('#tab-actions');
    await page.click('#action-refresh');
    await idle(page);
    expect(await page.locator('#alert').textContent()).toBe('');
    expect(await page.locator('#status').textContent()).not.toMatch(/\b(the|rows|refreshed)\b/i);
  });

  it('switches to English and remembers the choice', async () => {
    s = await openSidebar(browser(), await reviewEnv({ locale: 'fr', sheet: 'Revue' }), 'fr-FR');
    await s.page.selectOption('#language', 'en');
    await idle(s.page);
    expect(await s.page.locator('[role=tab]').allTextContents()).toEqual([
      'Overview',
      'Actions',
      'Journal',
      'Settings',
      'Influence',
      'Import',
    ]);
    expect(await s.page.getAttribute('html', 'lang')).toBe('en');
    const saved = JSON.parse(s.env.properties.document.entries.get('cadence.settings') as string);
    expect(saved.language).toBe('en');
    // Every panel switched at once, the server's sentences included (the reasons on the cards).
    const reasons = await s.page.locator('.reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).not.toMatch(/\b(revue|jours|groupe|retard|Dernière)\b/i);
    expect(reasons.join(' ')).toMatch(/\b(reviewed|review|days)\b/);
    // A new sidebar opens in English although the Google account is French.
    await s.close();
    s = await openSidebar(browser(), s.env, 'fr-FR');
    expect(await s.page.locator('#tab-overview').textContent()).toBe('Overview');
  });
});

const PAYLOADS = {
  name: '<img src=x onerror="window.__xss=1;alert(1)">',
  owner: '<script>window.__xss=2;alert(2)</script>',
  group: 'javascript:window.__xss=3;alert(3)',
  name2: '"><svg onload="window.__xss=4;alert(4)"></svg>',
};

describe('sheet text is data', () => {
  it('renders XSS payloads in names, owners and groups as inert text', async () => {
    const env = await reviewEnv({
      edit: (rows) => {
        // Rows 20 and 21 (webinars): Program is column A, Owner E, Group G.
        rows[19][0] = PAYLOADS.name;
        rows[19][4] = PAYLOADS.owner;
        rows[19][6] = PAYLOADS.group;
        rows[20][0] = PAYLOADS.name2;
        rows[20][4] = `javascript:alert(5)`;
      },
    });
    s = await openSidebar(browser(), env);
    const { page } = s;
    const panelText = (await page.locator('#panel').textContent()) as string;
    expect(panelText).toContain(PAYLOADS.name);
    expect(panelText).toContain(PAYLOADS.owner);
    expect(panelText).toContain(PAYLOADS.group);
    expect(panelText).toContain(PAYLOADS.name2);
    // No element was made from the payloads, and no link anywhere.
    expect(
      await page
        .locator('#panel img, #panel script, #panel a, #panel [onerror], #panel [onload]')
        .count(),
    ).toBe(0);
    expect(await page.locator('#panel svg:not(.spark)').count()).toBe(0);
    // The owner filter lists the payload as an option's text.
    await page.selectOption('#filter-owner', PAYLOADS.owner);
    expect(await page.locator('li.due .name').allTextContents()).toEqual([PAYLOADS.name]);
    await page.click('#row-20');
    await idle(page);
    for (const tab of TABS) await page.click(`#tab-${tab}`);
    await page.waitForTimeout(200);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await page.click('#tab-overview');
    await screenshot(page, 'overview-xss');
  });
});

async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

describe('accessibility', () => {
  it.each(['en', 'fr'] as const)(
    'has no serious or critical axe violation on any panel (%s)',
    async (locale) => {
      s = await openSidebar(
        browser(),
        await reviewEnv({ locale, sheet: locale === 'fr' ? 'Revue' : 'Review' }),
      );
      const found: Record<string, unknown> = {};
      for (const tab of TABS) {
        await s.page.click(`#tab-${tab}`);
        if (tab === 'settings') {
          // Include the error state: messages next to fields must be announced too.
          await s.page.fill('#f-dueSoonDays', '999');
          await s.page.click('#settings-save');
        }
        const bad = (await axeViolations(s.page)).filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        if (bad.length > 0) found[tab] = bad;
      }
      expect(found).toEqual({});
    },
  );

  it('is keyboard reachable: tabs move with the arrow keys and focus is visible', async () => {
    s = await openSidebar(browser(), await reviewEnv());
    const { page } = s;
    await page.focus('#tab-overview');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-actions');
    expect(await page.locator('#tab-actions').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('action-refresh');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await idle(page);
    expect(s.bridge.calls.map((c) => c.name)).toContain('refreshSheet');
  });
});
