/**
 * The import through the real dist/Code.js on the strict in-memory Apps Script: preview writes
 * nothing, apply writes only empty cells of the review column (creating it like "Start a review
 * today"), each with its provenance note, in the same number of Sheets calls for 10 or 5,000
 * export rows; Undo puts the sheet back exactly, formulas, texts, dates and notes included.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/core/types';
import { dateCell } from '../support/programs';
import { worldWith, ZONE, type World } from './review-env';

type Rows = Array<Array<string | number | boolean>>;

function reviewGrid(count: number): CellValue[][] {
  const header: CellValue[] = ['Name', 'Baseline', 'Type', 'Metric', dateCell('2026-08-31', ZONE)];
  const rows = Array.from({ length: count }, (_, i): CellValue[] => [
    `Program ${i + 1} nurture`,
    0.02,
    'Nurture',
    'Click rate',
    i % 3 === 0 ? '' : 0.025,
  ]);
  return [header, ...rows];
}

function hubspot(count: number, programs: number): Rows {
  const rows: Rows = [['Email name', 'Sent', 'Click rate']];
  for (let i = 0; i < count; i++) {
    const name = i < programs ? `Program ${i + 1} nurture (copy)` : `Other email ${i + 1} digest`;
    rows.push([name, 1000 + i, `${(2 + (i % 10) / 10).toFixed(1)}%`]);
  }
  return rows;
}

const rowsSource = (rows: Rows) => ({ kind: 'rows' as const, name: 'hubspot.csv', rows });

function review(world: World) {
  return world.env.spreadsheet.getSheetByName('Review')!;
}

/** The review sheet's cells of one column, `a1` such as "F2:F7", top to bottom. */
const cellsOf = (world: World, a1: string): CellValue[] =>
  review(world)
    .getRange(a1)
    .getValues()
    .map((r) => r[0]);

describe('preview and apply', () => {
  it('previews without writing, then writes into a new review column with notes', () => {
    const world = worldWith('Review', reviewGrid(6));
    const before = review(world).snapshot();
    const preview = world.addOn.call('previewImport', { source: rowsSource(hubspot(8, 6)) }) as {
      ok: boolean;
      column: string;
      created: boolean;
      writes: number;
      unmatchedSource: number[];
    };
    expect(preview).toMatchObject({ ok: true, column: 'F', created: true, writes: 6 });
    expect(preview.unmatchedSource).toEqual([8, 9]);
    expect(review(world).snapshot()).toEqual(before);

    const applied = world.addOn.call('applyImport', { source: rowsSource(hubspot(8, 6)) });
    expect(applied).toEqual({
      ok: true,
      message: '6 cells written into column F. Undo puts them back.',
      written: 6,
    });
    const sheet = review(world);
    expect(cellsOf(world, 'F2:F7')).toEqual([0.02, 0.021, 0.022, 0.023, 0.024, 0.025]);
    expect(sheet.getRange('F2').getNote()).toBe(
      'Cadence import: hubspot.csv, row 2, column “Click rate”, on 2026-11-22.',
    );
    // The header is the review's date, as "Start a review today" writes it.
    expect((sheet.getRange('F1').getValue() as Date).toISOString()).toBe(
      '2026-11-21T23:00:00.000Z',
    );
  });

  it('into an existing column writes only the empty cells; overwrite replaces, Undo restores', () => {
    const world = worldWith('Review', reviewGrid(6));
    const request = { source: rowsSource(hubspot(6, 6)), date: '2026-08-31' };
    expect(world.addOn.call('applyImport', request)).toMatchObject({ ok: true, written: 2 });
    const sheet = review(world);
    expect(cellsOf(world, 'E2:E7')).toEqual([0.02, 0.025, 0.025, 0.023, 0.025, 0.025]);
    expect(world.addOn.call('undoImport')).toEqual({
      ok: true,
      message: 'Import undone: 2 cells restored.',
    });
    expect(world.addOn.call('applyImport', { ...request, overwrite: true })).toMatchObject({
      written: 6,
    });
    expect(sheet.getRange('E3').getNote()).toMatch(/Replaced 0\.025\.$/);
    expect(world.addOn.call('undoImport')).toMatchObject({ ok: true });
    expect(cellsOf(world, 'E2:E7')).toEqual(['', 0.025, 0.025, '', 0.025, 0.025]);
    expect(world.addOn.call('undoImport')).toEqual({
      ok: false,
      message: 'There is no import to undo.',
    });
  });

  it('reads the export from a tab of the spreadsheet, and says so in French', () => {
    const world = worldWith('Review', reviewGrid(3), 'fr');
    world.env.spreadsheet.addSheetFromGrid('Export HubSpot', hubspot(3, 3));
    world.env.spreadsheet.setActiveSheet(review(world));
    // Every tab but the review sheet (the new spreadsheet's empty Sheet1 too).
    expect(world.addOn.call('importSheets')).toEqual(['Sheet1', 'Export HubSpot']);
    const applied = world.addOn.call('applyImport', {
      source: { kind: 'sheet', name: 'Export HubSpot' },
    });
    expect(applied).toEqual({
      ok: true,
      message: '3 cellules écrites dans la colonne F. Annuler les remet comme avant.',
      written: 3,
    });
    expect(world.addOn.call('applyImport', { source: { kind: 'sheet', name: 'Nope' } })).toEqual({
      ok: false,
      message: 'Il n’y a pas de feuille nommée « Nope » à importer.',
      written: 0,
    });
  });

  it('takes an upload staged in chunks, and refuses one that did not arrive whole', () => {
    const world = worldWith('Review', reviewGrid(4));
    const rows = hubspot(4, 4);
    world.addOn.call('stageImportChunk', 'u1', 0, rows.slice(0, 3));
    world.addOn.call('stageImportChunk', 'u1', 1, rows.slice(3));
    const upload = { kind: 'upload', id: 'u1', name: 'hubspot.csv', chunks: 2 };
    expect(world.addOn.call('applyImport', { source: upload })).toMatchObject({
      ok: true,
      written: 4,
    });
    const missing = { ...upload, id: 'u2' };
    expect(world.addOn.call('previewImport', { source: missing })).toMatchObject({
      ok: false,
      message: 'The file did not arrive whole: upload it again.',
    });
  });

  it('remembers a pair the user picked, so the next import maps it at once', () => {
    const world = worldWith('Review', [
      ['Name', 'Metric', dateCell('2026-08-31', ZONE)],
      ['Trade show Paris', 'Leads', ''],
    ]);
    const rows: Rows = [
      ['Campaign Name', 'Leads in Campaign', 'Opportunities in Campaign'],
      ['Trade-show Paris 2026', 220, 24],
    ];
    const request = { source: rowsSource(rows), date: '2026-08-31' };
    const first = world.addOn.call('previewImport', request) as {
      ambiguous: Array<{ row: number }>;
    };
    expect(first.ambiguous.map((a) => a.row)).toEqual([2]);
    expect(world.addOn.call('applyImport', { ...request, picks: [[2, 2]] })).toMatchObject({
      written: 1,
    });
    world.addOn.call('undoImport');
    const again = world.addOn.call('previewImport', request) as { matched: Array<{ row: number }> };
    expect(again.matched.map((m) => m.row)).toEqual([2]);
  });
});

describe('cost', () => {
  it('the Sheets calls of an import are the same for 10 and 5,000 export rows', () => {
    const counts: number[] = [];
    for (const size of [10, 5_000]) {
      const world = worldWith('Review', reviewGrid(200));
      world.env.calls.reset();
      const applied = world.addOn.call('applyImport', {
        source: rowsSource(hubspot(size, Math.min(size, 200))),
      });
      expect(applied).toMatchObject({ ok: true });
      counts.push(world.env.calls.count('SpreadsheetApp'));
    }
    expect(counts[1]).toBe(counts[0]);
    // 18 to read, plan and write one span; 13 more to create the review column as "Start a
    // review today" does (insert, date header, formats of its neighbour).
    expect(counts[0]).toBeLessThanOrEqual(31);
  });
});

describe('undo', () => {
  const userCell = fc.oneof(
    fc.constant<CellValue>(''),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom<CellValue>('n/a', '0012', '=1+1', true),
    fc.constant<CellValue>(new Date('2026-09-01T00:00:00Z')),
  );
  it('property: apply then Undo gives back the sheet snapshot exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(userCell, fc.option(fc.string({ maxLength: 8 }), { nil: undefined })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.boolean(),
        fc.boolean(),
        (cells, existing, overwrite) => {
          const grid: CellValue[][] = [
            ['Name', 'Metric', dateCell('2026-08-31', ZONE)],
            ...cells.map(([cell], i): CellValue[] => [
              `Program ${i + 1} nurture`,
              'Click rate',
              cell,
            ]),
          ];
          const world = worldWith('Review', grid);
          const sheet = review(world);
          cells.forEach(([, note], i) => {
            if (note !== undefined) sheet.getRange(i + 2, 3).setNote(note);
          });
          const before = sheet.snapshot();
          const request = {
            source: rowsSource(hubspot(cells.length, cells.length)),
            overwrite,
            ...(existing ? { date: '2026-08-31' } : {}),
          };
          const applied = world.addOn.call('applyImport', request) as {
            ok: boolean;
            written: number;
          };
          expect(applied.ok).toBe(true);
          if (applied.written > 0)
            expect(world.addOn.call('undoImport')).toMatchObject({ ok: true });
          expect(sheet.snapshot()).toEqual(before);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('the menu item "Import numbers from an export…"', () => {
  // The tab travels through the user cache (Google: "getUserCache() — gets the cache instance
  // scoped to the current user and script", https://developers.google.com/apps-script/reference/cache/cache-service).
  it('opens the sidebar on its Import tab, once; "Open Cadence" opens it on its first tab', () => {
    const world = worldWith('Review', reviewGrid(3));
    const openTab = () =>
      (world.addOn.call('getSidebarState') as { openTab: string | null }).openTab;
    world.addOn.call('showImportSidebar');
    expect(world.env.ui.sidebars).toHaveLength(1);
    expect(world.env.ui.sidebars[0].title).toBe('Cadence');
    expect(openTab()).toBe('import');
    // Later state reads (after an action) keep the tab the user is on.
    expect(openTab()).toBeNull();

    world.addOn.call('showImportSidebar');
    world.addOn.call('showSidebar');
    expect(openTab()).toBeNull();
  });
});
