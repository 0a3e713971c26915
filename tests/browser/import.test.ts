/**
 * The Import panel in Chromium on the real dist/Code.js: a CSV or an .xlsx uploaded from the
 * sidebar (read in the browser, sent in chunks), its preview, Apply, then Undo — in English and
 * in French, with screenshots under test-output/screenshots/ (import-*.png).
 */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { loadAddOn } from '../../src/local/code-runtime';
import { idle, launch, openSidebar, reviewEnv, ROOT, screenshot, type Session } from './harness';

let browser: Browser;
let s: Session | undefined;

const dir = path.join(ROOT, 'test-output/import');

function csv(name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A HubSpot export saved from Excel: a notes sheet first, then the emails with an error cell. */
async function hubspotXlsx(name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const book = new ExcelJS.Workbook();
  book
    .addWorksheet('Read me')
    .addRow(['Exported from HubSpot on', new Date(Date.UTC(2026, 10, 21))]);
  const emails = book.addWorksheet('Emails');
  emails.addRow(['Email name', 'Sent', 'Click rate', 'Conversion rate', 'Publish date']);
  emails.addRow(['Welcome Nurture (copy)', 4210, 0.046, null, new Date(Date.UTC(2026, 10, 2))]);
  // A formula Excel could not compute: its #DIV/0! must never be imported as a number.
  emails.addRow([
    'Trial-to-paid Nurture - v2',
    900,
    0.011,
    { formula: 'C3/0', result: { error: '#DIV/0!' } },
    new Date(Date.UTC(2026, 10, 9)),
  ]);
  emails.addRow(['Holiday greetings', 8000, 0.012, null, new Date(Date.UTC(2026, 11, 20))]);
  emails.getColumn(5).numFmt = 'yyyy-mm-dd';
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** Preview: the button, the server call, then the preview shown (nothing written yet). */
async function preview(page: Page): Promise<void> {
  await page.click('#import-preview-button');
  await idle(page);
  await page.waitForSelector('#import-preview');
}

/** Apply: `count` cells written into column T (then `check`, a screenshot); Undo: restored. */
async function applyThenUndo(
  page: Page,
  count: number,
  shot: string,
  check: () => void,
): Promise<void> {
  await page.click('#import-apply');
  await idle(page);
  const cells = count === 1 ? 'cell' : 'cells';
  expect(await page.textContent('#status')).toContain(`${count} ${cells} written into column T.`);
  check();
  await screenshot(page, shot);
  await page.click('#import-undo');
  await idle(page);
  expect(await page.textContent('#status')).toContain(`Import undone: ${count} ${cells} restored.`);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expect(s?.pageErrors ?? []).toEqual([]);
  await s?.close();
  s = undefined;
});

describe('Import panel', () => {
  it('is where the menu item "Import numbers from an export…" opens the sidebar', async () => {
    const env = await reviewEnv({ locale: 'fr', sheet: 'Revue' });
    loadAddOn(env).call('showImportSidebar');
    s = await openSidebar(browser, env, 'fr-FR');
    const { page } = s;
    expect(await page.getAttribute('#tab-import', 'aria-selected')).toBe('true');
    expect(await page.textContent('#panel h2')).toBe('Importer les chiffres d’un export');
    await screenshot(page, 'import-from-menu-fr');
  });

  it('uploads a HubSpot CSV, previews it, writes two cells with notes, then Undo removes them', async () => {
    s = await openSidebar(browser, await reviewEnv());
    const { page, env } = s;
    const review = env.spreadsheet.getSheetByName('Review')!;
    const before = review.snapshot();
    await page.click('#tab-import');
    await screenshot(page, 'import-en');
    const file = csv(
      'hubspot.csv',
      'Email name,Sent,Click rate,Conversion rate\n' +
        'Welcome Nurture (copy),4210,4.6%,\n' +
        'Trial-to-paid Nurture - v2,900,1.1%,10.4%\n' +
        'Holiday greetings,8000,1.2%,\n',
    );
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('#import-file-help:has-text("4 rows read")');
    await preview(page);
    const summary = await page.textContent('#import-summary');
    expect(summary).toBe('HubSpot export → column T (2026-11-22, new column): 2 cells to write.');
    const matched = await page.locator('#import-matched li').allTextContents();
    expect(matched).toEqual([
      'Welcome nurture ← Welcome Nurture (copy)Click rate = 0.046 · 100 % sure',
      'Trial-to-paid nurture ← Trial-to-paid Nurture - v2Conversion rate = 0.104 · 100 % sure',
    ]);
    // Nothing is written by a preview.
    expect(review.snapshot()).toEqual(before);
    await screenshot(page, 'import-preview-en');

    await applyThenUndo(page, 2, 'import-applied-en', () => {
      expect(review.getRange('T2').getValue()).toBe(0.046);
      expect(review.getRange('T4').getValue()).toBe(0.104);
      expect(review.getRange('T2').getNote()).toBe(
        'Cadence import: hubspot.csv, row 2, column “Click rate”, on 2026-11-22.',
      );
    });
    expect(review.snapshot()).toEqual(before);
  });

  it('speaks French from the upload to the preview, with no English word', async () => {
    s = await openSidebar(browser, await reviewEnv({ locale: 'fr', sheet: 'Revue' }), 'fr-FR');
    const { page } = s;
    await page.click('#tab-import');
    const file = csv(
      'export-fr.csv',
      "Nom;Envoyés;Taux de clics;Taux d'acceptation\nNurturing bienvenue (copie);4210;3,9 %;\nRelance panier;900;;\nScore comportemental;;;50 %\n",
    );
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('#import-file-help:has-text("lignes lues")');
    await preview(page);
    await screenshot(page, 'import-preview-fr');
    const text = (await page.textContent('#panel')) ?? '';
    expect(text).toContain('Rapprochés');
    expect(text).toContain('Nurturing bienvenue ← Nurturing bienvenue (copie)');
    for (const english of [
      'Preview',
      'Matched',
      'cells',
      'Programs with',
      'rows read',
      'not written',
      'sure',
    ])
      expect(text).not.toContain(english);
  });

  it('uploads an .xlsx, picks its sheet, previews numbers as numbers and no error cell, applies, undoes', async () => {
    s = await openSidebar(browser, await reviewEnv());
    const { page, env } = s;
    const review = env.spreadsheet.getSheetByName('Review')!;
    const before = review.snapshot();
    await page.click('#tab-import');
    await page.setInputFiles('#import-file', await hubspotXlsx('hubspot.xlsx'));
    // Two sheets: the first is offered, the user picks the emails.
    await page.waitForSelector('#import-file-sheet');
    expect(await page.locator('#import-file-sheet option').allTextContents()).toEqual([
      'Read me',
      'Emails',
    ]);
    expect(await page.textContent('#import-file-help')).toBe('hubspot.xlsx: 1 row read.');
    await page.selectOption('#import-file-sheet', { label: 'Emails' });
    await page.waitForSelector('#import-file-help:has-text("4 rows read")');
    await preview(page);
    await screenshot(page, 'import-xlsx-preview-en');
    expect(await page.textContent('#import-summary')).toBe(
      'HubSpot export → column T (2026-11-22, new column): 1 cell to write.',
    );
    // The trial-to-paid row's Conversion rate is #DIV/0! in the file: matched, nothing written.
    const matched = await page.locator('#import-matched li').allTextContents();
    expect(matched[0]).toBe(
      'Welcome nurture ← Welcome Nurture (copy)Click rate = 0.046 · 100 % sure',
    );
    expect(matched[1]).toMatch(
      /^Trial-to-paid nurture ← Trial-to-paid Nurture - v2.* · not written$/,
    );
    expect(review.snapshot()).toEqual(before);

    await applyThenUndo(page, 1, 'import-xlsx-applied-en', () => {
      expect(review.getRange('T2').getValue()).toBe(0.046);
      expect(review.getRange('T4').getValue()).toBe('');
      expect(review.getRange('T2').getNote()).toBe(
        'Cadence import: hubspot.xlsx (Emails), row 2, column “Click rate”, on 2026-11-22.',
      );
    });
    expect(review.snapshot()).toEqual(before);
  });

  it('reads an .xlsx in French: the sheet picker and the notes speak French', async () => {
    s = await openSidebar(browser, await reviewEnv({ locale: 'fr', sheet: 'Revue' }), 'fr-FR');
    const { page } = s;
    await page.click('#tab-import');
    await page.setInputFiles('#import-file', await hubspotXlsx('export-fr.xlsx'));
    await page.waitForSelector('#import-file-sheet');
    expect(await page.textContent('label[for="import-file-sheet"]')).toBe('Feuille du fichier');
    await page.selectOption('#import-file-sheet', { label: 'Emails' });
    await page.waitForSelector('#import-file-help:has-text("4 lignes lues")');
    await screenshot(page, 'import-xlsx-fr');
    const text = (await page.textContent('#panel')) ?? '';
    for (const english of ['CSV or', 'Sheet of', 'rows read', 'Choose'])
      expect(text).not.toContain(english);
  });

  it('says in one sentence that a damaged .xlsx cannot be read, in French too', async () => {
    s = await openSidebar(browser, await reviewEnv({ locale: 'fr', sheet: 'Revue' }), 'fr-FR');
    const { page } = s;
    await page.click('#tab-import');
    await page.setInputFiles('#import-file', csv('broken.xlsx', 'PK\x03\x04 not really a zip'));
    await page.waitForSelector('#import-file-help:has-text("abîmé")');
    expect(await page.textContent('#import-file-help')).toBe(
      'Ce fichier n’a pu être lu ni comme un CSV ni comme un .xlsx : est-il abîmé ou protégé par un mot de passe ?',
    );
    expect(await page.isDisabled('#import-preview-button')).toBe(true);
  });
});
