/**
 * The Influence tab's BigQuery SQL makes its calendar days in the spreadsheet's time zone (the
 * one every report of the add-on uses, from getSpreadsheetTimeZone), not in the browser's: a
 * user in New York working on a Paris spreadsheet gets Paris days, as the Influence report sheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 */
import { openSidebar, reviewEnv, sidebarEachTest, type Session } from './harness';

let unused: Session | undefined;
const browser = sidebarEachTest((session) => {
  unused = session;
});

test('a browser in New York, a spreadsheet in Paris: the SQL sees dates in Europe/Paris', async () => {
  await unused?.close();
  // reviewEnv's spreadsheet is in Europe/Paris.
  const s = await openSidebar(browser(), await reviewEnv(), 'en-US', 'America/New_York');
  expect(await s.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
    'America/New_York',
  );
  await s.page.click('#tab-influence');
  await s.page.click('#warehouse summary');
  await s.page.fill('#warehouse-table', 'acme-prod.crm.touches');
  const sql = await s.page.locator('#warehouse-sql').inputValue();
  expect(sql).toContain(
    '-- Credit by campaign, 90-day influence window, dates seen in Europe/Paris.',
  );
  expect(sql).toContain("DATETIME(touched_at, 'Europe/Paris')");
  expect(sql).not.toContain('America/New_York');
});
