/**
 * An .xlsx export read as the sidebar reads it (sidebar/import-file.ts): every sheet, numbers as
 * numbers, dates as the YYYY-MM-DD text google.script.run can carry, error cells blank — so that
 * a #DIV/0! in a HubSpot export is never imported as a number.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { jsonCellOf, readXlsxSheets } from '../../sidebar/import-xlsx';
import { parseIso } from '../../src/core/dates';
import { importJson } from '../../src/core/import/json';
import { planImport } from '../../src/core/import/plan';

async function xlsx(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('an uploaded .xlsx', () => {
  it('gives every sheet with its rows: numbers stay numbers, dates become YYYY-MM-DD, errors blank', async () => {
    const bytes = await xlsx((book) => {
      const emails = book.addWorksheet('Emails');
      emails.addRow(['Email name', 'Sent', 'Click rate', 'Publish date']);
      emails.addRow(['Welcome Nurture (copy)', 4210, 0.046, new Date(Date.UTC(2026, 10, 2))]);
      emails.addRow([
        'Holiday greetings',
        8000,
        { formula: '1/0', result: { error: '#DIV/0!' } },
        new Date(Date.UTC(2026, 11, 24, 9, 30)),
      ]);
      emails.getColumn(4).numFmt = 'yyyy-mm-dd';
      book.addWorksheet('Notes').addRow(['Exported by', 'HubSpot']);
    });
    const sheets = await readXlsxSheets(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Emails', 'Notes']);
    expect(sheets[0].rows).toEqual([
      ['Email name', 'Sent', 'Click rate', 'Publish date'],
      ['Welcome Nurture (copy)', 4210, 0.046, '2026-11-02'],
      ['Holiday greetings', 8000, '', '2026-12-24 09:30:00'],
    ]);
    expect(sheets[1].rows).toEqual([['Exported by', 'HubSpot']]);
  });

  it('keeps any number and any text of a cell exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() === t && t !== ''),
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (rows) => {
          const bytes = await xlsx((book) => {
            const sheet = book.addWorksheet('Export');
            for (const [name, value] of rows) sheet.addRow([name, value]);
          });
          const [sheet] = await readXlsxSheets(bytes);
          expect(sheet.rows).toEqual(rows.map(([name, value]) => [name, value === 0 ? 0 : value]));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('carries no Date, no null and no NaN to the server', () => {
    expect(jsonCellOf(null)).toBe('');
    expect(jsonCellOf(undefined)).toBe('');
    expect(jsonCellOf(Number.NaN)).toBe('');
    expect(jsonCellOf(new Date(Date.UTC(1999, 0, 31)))).toBe('1999-01-31');
    expect(jsonCellOf(true)).toBe(true);
  });
});

// read-excel-file gives an error cell as an empty one, so the upload cannot name #DIV/0!; the
// import still finds the metric's column and says it holds no number, rather than that no
// column matches the metric.
describe('an uploaded .xlsx whose "Click rate" column holds only #DIV/0!', () => {
  it('is previewed as the column found with no number in its cells; nothing is written', async () => {
    const bytes = await xlsx((book) => {
      const sheet = book.addWorksheet('Emails');
      sheet.addRow(['Email name', 'Sent', 'Delivered', 'Click rate']);
      sheet.addRow(['Welcome Nurture (copy)', 4210, 0, { formula: 'C2/0', result: { error: '#DIV/0!' } }]);
    });
    const [sheet] = await readXlsxSheets(bytes);
    const plan = planImport({
      review: [
        ['Name', 'Type', 'Metric', '2026-08-31'],
        ['Welcome nurture', 'Nurture', 'Click rate', 0.029],
      ],
      source: sheet.rows,
      sourceName: 'hubspot.xlsx',
      timeZone: 'UTC',
      today: parseIso('2026-11-30') as number,
      language: 'en',
    });
    expect(plan.writes).toEqual([]);
    expect(importJson(plan).diagnostics.map((d) => d.message)).toEqual([
      'E2: row 2, column “Click rate” of the export holds no number.',
    ]);
  });
});
