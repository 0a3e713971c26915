/**
 * `cadence import` as a user runs it: the exact `--json` contract, the table in both languages,
 * `--overwrite`, `--out` through dist/Code.js, and one-line errors.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { cadence, fixture } from './run';

const REVIEW = fixture('import/review.csv');
const HUBSPOT = fixture('import/hubspot-emails.csv');
const at = ['--today', '2026-11-30', '--tz', 'UTC'];

describe('cadence import --json', () => {
  it('prints exactly the contract', () => {
    const run = cadence('import', REVIEW, HUBSPOT, ...at, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toEqual({
      date: '2026-11-30',
      column: 'I',
      created: true,
      matched: [
        {
          row: 2,
          name: 'Welcome nurture',
          source: { row: 2, name: 'Welcome Nurture (copy)', column: 'Click rate' },
          value: 0.031,
          confidence: 1,
          written: true,
        },
        {
          row: 3,
          name: 'Onboarding series',
          source: { row: 3, name: 'Onboarding Series - v2', column: 'Open rate' },
          value: 0.44,
          confidence: 1,
          written: true,
        },
        {
          row: 8,
          name: 'Black Friday email',
          source: { row: 4, name: 'Black Friday Email 2026-11-27', column: 'Click rate' },
          value: 0.04,
          confidence: 1,
          written: true,
        },
        {
          row: 10,
          name: 'Winback series',
          source: { row: 5, name: 'Winback series', column: 'Open rate' },
          value: 45,
          confidence: 1,
          written: false,
        },
      ],
      ambiguous: [],
      unmatchedPrograms: [4, 5, 6, 7, 9],
      unmatchedSource: [6],
      diagnostics: [
        {
          cell: 'I10',
          severity: 'warning',
          message:
            'I10: 45 from row 5 looks like percentage points in a row of rates (written as fractions, 0.45): not written.',
        },
      ],
    });
  });

  it('--date picks an existing review column; its filled cells are kept unless --overwrite', () => {
    const kept = JSON.parse(
      cadence('import', REVIEW, HUBSPOT, ...at, '--date', '2026-08-31', '--json').stdout,
    );
    expect([kept.column, kept.created]).toEqual(['H', false]);
    expect(kept.matched.map((m: { written: boolean }) => m.written)).toEqual([
      false,
      false,
      true,
      false,
    ]);
    const replaced = JSON.parse(
      cadence('import', REVIEW, HUBSPOT, ...at, '--date', '2026-08-31', '--overwrite', '--json')
        .stdout,
    );
    expect(replaced.matched.map((m: { written: boolean }) => m.written)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(replaced.diagnostics.map((d: { message: string }) => d.message)).toContain(
      'H2: 0.029 → 0.031 (overwritten).',
    );
  });
});

describe('cadence import (table)', () => {
  it('previews in French with --lang fr', () => {
    const run = cadence(
      'import',
      fixture('import/review-fr.csv'),
      fixture('import/french-export.csv'),
      ...at,
      '--lang',
      'fr',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Import de french-export.csv (Tableau) dans la colonne I (2026-11-30, nouvelle colonne).',
    );
    expect(run.stdout).toContain(
      "3  Série onboarding ← 3 Série d'onboarding · Taux d'ouverture = 0,44 · 100 %",
    );
    expect(run.stdout).toContain('2 cellules à écrire.');
  });

  it('refuses a bad --date in one line, exit 2', () => {
    const run = cadence('import', REVIEW, HUBSPOT, ...at, '--date', '30/11/2026');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('cadence: --date: expected a YYYY-MM-DD date, got "30/11/2026"\n');
  });
});

// The HubSpot export saved as .xlsx where Excel computed the click rate as clicks / delivered
// with nothing delivered: every "Click rate" cell is #DIV/0! (one #N/A). The column is the
// metric's: the diagnostics say so and name each error cell; no error is ever written.
describe('cadence import of an .xlsx whose metric column holds only errors', () => {
  async function errorsExport(): Promise<string> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Emails');
    sheet.addRow(['Email name', 'Sent', 'Delivered', 'Open rate', 'Click rate']);
    const rows: Array<[string, number, number, string]> = [
      ['Welcome Nurture (copy)', 4210, 0, '#DIV/0!'],
      ['Onboarding Series - v2', 3900, 3861, '#N/A'],
      ['Black Friday Email 2026-11-27', 12000, 0, '#DIV/0!'],
    ];
    for (const [name, sent, delivered, error] of rows)
      sheet.addRow([name, sent, delivered, 0.4, { formula: 'C1/0', result: { error } }]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-import-')), 'hubspot.xlsx');
    await book.xlsx.writeFile(file);
    return file;
  }

  it('names the column found and each error cell, in English and French; none is written', async () => {
    const file = await errorsExport();
    const run = cadence('import', REVIEW, file, ...at, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      matched: Array<{ name: string; source: { column: string }; written: boolean }>;
      diagnostics: Array<{ message: string }>;
    };
    const clickRows = json.matched.filter((m) => m.source.column === 'Click rate');
    expect(clickRows.map((m) => [m.name, m.written])).toEqual([
      ['Welcome nurture', false],
      ['Black Friday email', false],
    ]);
    const messages = json.diagnostics.map((d) => d.message);
    expect(messages).toContain(
      'I2: the export’s column “Click rate” holds the error #DIV/0! in row 2, not a number: not written.',
    );
    expect(messages).toContain(
      'I8: the export’s column “Click rate” holds the error #DIV/0! in row 4, not a number: not written.',
    );
    expect(messages.join('\n')).not.toContain('no column of the export matches');
    const fr = cadence('import', REVIEW, file, ...at, '--lang', 'fr');
    expect(fr.stdout).toContain(
      'I2 : la colonne « Click rate » de l’export contient l’erreur #DIV/0! à la ligne 2, pas un nombre : non écrit.',
    );
  });
});

describe('cadence import --out', () => {
  it("writes the add-on's import into the workbook: values, provenance notes, the new column", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'cadence-import-')), 'reviewed.xlsx');
    const run = cadence('import', REVIEW, HUBSPOT, ...at, '--out', out);
    expect(run.code).toBe(0);
    const back = JSON.parse(cadence('review', out, ...at, '--json').stdout);
    const column = back.columns.find((c: { date: string }) => c.date === '2026-11-30');
    expect(column).toMatchObject({
      column: 'I',
      status: 'incomplete',
      missingRows: [4, 5, 6, 7, 9, 10],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const cell = book.worksheets[0].getCell('I2');
    expect(cell.value).toBe(0.031);
    const note = cell.note as string | { texts: Array<{ text: string }> };
    const text = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
    expect(text).toBe(
      'Cadence import: hubspot-emails.csv, row 2, column “Click rate”, on 2026-11-30.',
    );
  });

  it('reads a French review with the locale `review --out` gives it, whatever --lang: what the preview says is written is written', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-import-fr-'));
    // Every number of the review column is ambiguous ("1,300"): the sheet's French headers say
    // 1.3 €, as `review --out` reads it. The export's 1,42 € is then in line with its history.
    const review = path.join(dir, 'revue.csv');
    writeFileSync(
      review,
      'Nom;Référence;Type;Indicateur;Responsable;Mis en place le;31/05/2026;31/08/2026\n' +
        'Webinaire produit;1,250;Nurture;Coût par lead;ana@example.com;05/01/2026;1,300;1,350\n',
    );
    const source = path.join(dir, 'export.csv');
    writeFileSync(source, 'Nom;Coût par lead\nWebinaire produit;1,42\n');
    const json = JSON.parse(
      cadence('import', review, source, ...at, '--lang', 'en', '--json').stdout,
    );
    expect(json.matched).toMatchObject([{ row: 2, value: 1.42, written: true }]);
    const out = path.join(dir, 'revue.xlsx');
    const run = cadence('import', review, source, ...at, '--lang', 'en', '--out', out);
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    // Read as 1,300 € (the add-on's en_US) the history made 1.42 look 1,000× off: not written.
    expect(book.worksheets[0].getCell('I2').value).toBe(1.42);
  });
});
