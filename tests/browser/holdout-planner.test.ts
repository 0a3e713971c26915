/**
 * The holdout planner in the real sidebar (headless Chromium) through the bridge to dist/Code.js:
 * type a base rate, a lift and a weekly volume, read the sample size; a French user types French
 * decimals; a field that is not a number is named beside it without a server call.
 */
import { chromiumPerFile, idle, openSidebar, reviewEnv, screenshot, type Session } from './harness';

const browser = chromiumPerFile();
let s: Session | undefined;

describe('holdout planner in the Influence tab', () => {
  it('4 %, +20 %, 2,000 a week: 10,317 per group, about 11 weeks', async () => {
    s = await openSidebar(browser(), await reviewEnv());
    await s.page.click('#tab-influence');
    await s.page.fill('#planner-baseRate', '4');
    await s.page.fill('#planner-lift', '20');
    await s.page.fill('#planner-weekly', '2000');
    await s.page.click('#holdout-plan');
    await idle(s.page);
    expect(await s.page.locator('#holdout-plan-result').textContent()).toBe(
      '✓ 10,317 prospects per group (20,634 in all) to detect +20 % over a 4 % base rate ' +
        '(power 80 %, alpha 0.05, two-sided). About 11 weeks at 2,000 new prospects a week.',
    );
    await screenshot(s.page, 'influence-planner-en');
  });

  it('in French, with a decimal comma; an unreadable field is named and nothing is sent', async () => {
    s = await openSidebar(browser(), await reviewEnv({ locale: 'fr' }), 'fr-FR');
    await s.page.click('#tab-influence');
    expect(await s.page.locator('#holdout-planner-title').textContent()).toBe(
      'Planifier un test avec groupe témoin',
    );
    await s.page.fill('#planner-baseRate', '2,5');
    await s.page.fill('#planner-lift', 'vingt');
    await s.page.click('#holdout-plan');
    expect(await s.page.locator('#planner-lift-error').textContent()).toBe(
      '⚠ Plus petit effet à détecter (%) doit être un nombre, reçu « vingt ».',
    );
    expect(await s.page.locator('#holdout-plan-result').count()).toBe(0);
    await s.page.fill('#planner-lift', '20');
    await s.page.click('#holdout-plan');
    await idle(s.page);
    expect(await s.page.locator('#holdout-plan-result').textContent()).toMatch(
      /^✓ 16\u202f792 prospects par groupe \(33\u202f584 en tout\) .* taux de base de 2,5 %/,
    );
  });
});
