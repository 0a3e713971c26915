/**
 * The Influence tab after a build shows the lift table (touched vs not touched, its caveat first)
 * and, when the spreadsheet has a holdout tab, the holdout tests: compact tables that fit the
 * 300-pixel sidebar with nothing cut, in English and in French (no English left), screenshots in
 * test-output/screenshots/influence-lift-{en,fr}.png.
 */
import { readWorkbook } from '../../src/local/files/read-grid';
import path from 'path';
import {
  idle,
  openSidebar,
  reviewEnv,
  ROOT,
  screenshot,
  sidebarEachTest,
  type Session,
} from './harness';

let unused: Session | undefined;
const browser = sidebarEachTest((session) => {
  unused = session;
});

/** examples/touches.csv as Touches and examples/holdout.csv as a Holdout tab. */
async function influenceSidebar(locale: 'en' | 'fr'): Promise<Session> {
  await unused?.close();
  const env = await reviewEnv({
    locale,
    sheet: locale === 'fr' ? 'Revue' : 'Review',
    touches: true,
  });
  const [holdout] = await readWorkbook(path.join(ROOT, 'examples/holdout.csv'), 'Europe/Paris');
  env.spreadsheet.addSheetFromGrid('Holdout', holdout.rows);
  const s = await openSidebar(browser(), env, locale === 'fr' ? 'fr-FR' : 'en-US');
  // The build (every model, 200 bootstrap replicates) runs in this process through the bridge:
  // on a shared machine it takes longer than a click's default 5 s.
  s.page.setDefaultTimeout(60_000);
  await s.page.click('#tab-influence');
  await s.page.click('#influence-build');
  await idle(s.page);
  await s.page.waitForSelector('#influence-lift table');
  return s;
}

/** Every cell of both tables within its box, and both tables within the sidebar. */
async function nothingCut(s: Session): Promise<void> {
  const cut = await s.page.evaluate(() => {
    const out: string[] = [];
    const body = document.body.getBoundingClientRect();
    for (const table of Array.from(document.querySelectorAll('table.compact'))) {
      const box = table.getBoundingClientRect();
      if (box.right > body.right + 0.5) out.push(`table ${box.right} > ${body.right}`);
      for (const cell of Array.from(table.querySelectorAll('th, td')) as HTMLElement[])
        if (cell.scrollWidth > cell.clientWidth) out.push(cell.textContent ?? '');
    }
    return out;
  });
  expect(cut).toEqual([]);
}

/** The cells of the row naming `name`, each cell's line breaks and runs of spaces read as one space. */
const rowOf = async (s: Session, id: string, name: string) =>
  (
    await s.page.locator(`#${id} tbody tr`, { hasText: name }).locator('th, td').allInnerTexts()
  ).map((t) => t.replace(/\s+/g, ' '));

/** What the lift table shows: its caveat, headers and Brand search's row, cells joined by " | ". */
async function liftShown(s: Session): Promise<{ caveat: string; headers: string; brand: string }> {
  return {
    caveat: (await s.page.locator('#influence-lift p.caveat').textContent()) ?? '',
    headers: (await s.page.locator('#influence-lift thead th').allTextContents()).join(' | '),
    brand: (await rowOf(s, 'influence-lift', 'Brand search')).join(' | '),
  };
}

/** Nothing cut, then the lift table in view for test-output/screenshots/`name`.png. */
async function shownWhole(s: Session, name: string): Promise<void> {
  await nothingCut(s);
  await s.page.locator('#influence-lift').scrollIntoViewIfNeeded();
  await screenshot(s.page, name);
}

// examples/touches.csv: Brand search touched 761 prospects, 288 converted (37.8 %); 495 of the
// 1,639 others did (30.2 %): +7.64 pt, 95 % CI +3.58 to +11.76 pt, p < 0.001.
const LIFT_SHOWN = {
  en: {
    caveat: '⚠ Correlation, not proof: touched leads may differ.',
    headers: 'Campaign | Touched | Not touched | Difference | p',
    brand: 'Brand search | 37.8 % 288/761 | 30.2 % 495/1639 | +7.64 pt +3.58 … +11.76 | < 0.001',
  },
  fr: {
    caveat: '⚠ Corrélation, pas preuve : les leads touchés peuvent être différents.',
    headers: 'Campagne | Touchés | Non touchés | Différence | p',
    brand: 'Brand search | 37,8 % 288/761 | 30,2 % 495/1639 | +7,64 pt +3,58 … +11,76 | < 0,001',
  },
};

test('English: the lift table under its caveat, then the holdout tests, nothing cut', async () => {
  const s = await influenceSidebar('en');
  expect(await s.page.locator('#influence-lift h3').textContent()).toBe(
    'Lift: touched vs not touched (observational)',
  );
  expect(await liftShown(s)).toEqual(LIFT_SHOWN.en);
  expect(await s.page.locator('#influence-lift tbody tr').count()).toBe(10);
  // examples/holdout.csv: Spring nurture 131/2,549 in test vs 97/2,451 in control.
  expect((await rowOf(s, 'influence-holdout', 'Spring nurture')).join(' | ')).toBe(
    'Spring nurture | 5.1 % 131/2549 | 4 % 97/2451 | +1.18 pt +0.02 … +2.34 Relative lift 29.9 % | 0.045 Power 27.7 %',
  );
  await shownWhole(s, 'influence-lift-en');
}, 180_000);

test('French: the same tables in French, decimal commas, no English word', async () => {
  const s = await influenceSidebar('fr');
  expect(await liftShown(s)).toEqual(LIFT_SHOWN.fr);
  const text = `${await s.page.locator('#influence-lift').innerText()}\n${await s.page
    .locator('#influence-holdout')
    .innerText()}`;
  expect(text).toMatch(/Puissance 27,7 %/);
  expect(text).toMatch(/Effet relatif 29,9 %/);
  expect(text).not.toMatch(
    /\b(Lift|touched|Touched|Correlation|Difference|Power|Relative|Holdout|Control|the)\b/,
  );
  await shownWhole(s, 'influence-lift-fr');
}, 180_000);
