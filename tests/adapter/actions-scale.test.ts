/**
 * Refresh costs a constant number of SpreadsheetApp calls whatever the sheet's size, and never
 * touches a user cell even when the user inserts and deletes rows and columns between refreshes.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'util';
import type { SheetSnapshot } from '@cadence/apps-script-fake';
import { OWNED_COLUMNS } from '../../src/core/review/headers';
import { generatedGrid, worldWith, type World } from './review-env';

/**
 * Every SpreadsheetApp call is a round trip to Google's servers (0.1–0.3 s each in practice), so
 * a steady-state Refresh — a sheet refreshed before — must stay within 25 calls to feel instant.
 */
const STEADY_STATE_BUDGET = 25;

function refreshed(rows: number): World {
  const world = worldWith('Review', generatedGrid(rows, 60));
  expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
  return world;
}

function everySheet(world: World) {
  return world.env.spreadsheet.getSheets().map((s) => s.snapshot());
}

/** The user's region of a sheet (its first rows × columns), every cell attribute but notes. */
function userCells(snap: SheetSnapshot, rows: number, columns: number) {
  const cut = <T>(grid: T[][]) => grid.slice(0, rows).map((line) => line.slice(0, columns));
  return {
    values: cut(snap.values),
    formulas: cut(snap.formulas),
    numberFormats: cut(snap.numberFormats),
    fontColors: cut(snap.fontColors),
    backgrounds: cut(snap.backgrounds),
    fontWeights: cut(snap.fontWeights),
    validations: cut(snap.validations),
    notesBelowHeader: cut(snap.notes).slice(1),
  };
}

describe('Refresh cost', () => {
  it('is at most 25 SpreadsheetApp calls in steady state, the same for 10, 1,000 and 10,000 rows × 60 review columns; user cells unchanged cell by cell; a second Refresh changes nothing', () => {
    const counts: number[] = [];
    for (const rows of [10, 1_000, 10_000]) {
      const world = worldWith('Review', generatedGrid(rows, 60));
      const raw = world.env.spreadsheet.getSheetByName('Review')!;
      const before = raw.snapshot();
      // The first refresh also sets the sheet up once (owned columns, protections, a companion
      // sheet grown to size, the flag rules); every refresh after it is the steady state.
      expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
      const first = everySheet(world);
      const after = raw.snapshot();
      // 66 user columns (6 + 60 reviews), then Cadence's 7.
      expect([before.numRows, before.numColumns]).toEqual([rows + 1, 66]);
      expect(after.numColumns).toBe(73);
      expect(userCells(after, rows + 1, 66)).toEqual(userCells(before, rows + 1, 66));
      // Header notes on review columns are Cadence's own ("Cadence: review incomplete…").
      const notes = after.notes[0].slice(0, 66);
      expect(notes.filter((n) => n !== null && !/^Cadence/.test(n))).toEqual([]);

      world.env.calls.reset();
      expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
      counts.push(world.env.calls.count('SpreadsheetApp'));
      // Deep equality without jest's diff machinery, which is slow on 10,000 × 73 grids.
      expect(isDeepStrictEqual(everySheet(world), first)).toBe(true);
    }
    expect(counts[0]).toBeLessThanOrEqual(STEADY_STATE_BUDGET);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // Minutes, not seconds, when the machine is shared: building 10,000 rows is the slow part.
  }, 600_000);

  it('rebuilds the flag rules when the user deletes one of them or adds their own, keeping theirs first', () => {
    const world = refreshed(10);
    const raw = world.env.spreadsheet.getSheetByName('Review')!;
    const cadenceRules = () =>
      raw
        .snapshot()
        .conditionalFormats.filter((r) => JSON.stringify(r.condition).includes('cadence'));
    const ours = cadenceRules();
    expect(ours.length).toBeGreaterThan(2);
    raw.setConditionalFormatRules(raw.getConditionalFormatRules().slice(1));
    expect(cadenceRules()).toHaveLength(ours.length - 1);
    world.addOn.call('refreshSheet');
    expect(cadenceRules()).toEqual(ours);

    const mine = world.env.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>140')
      .setBackground('#ff00ff')
      .setRanges([raw.getRange('B2:B11')])
      .build();
    raw.setConditionalFormatRules([...raw.getConditionalFormatRules(), mine]);
    world.addOn.call('refreshSheet');
    const all = raw.snapshot().conditionalFormats;
    expect(all[0].condition?.values).toEqual(['=$B2>140']);
    expect(all.slice(1)).toEqual(ours);
  });
});

type Edit =
  | { kind: 'insertRow'; at: number }
  | { kind: 'deleteRow'; at: number }
  | { kind: 'insertColumn'; at: number }
  | { kind: 'deleteColumn'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insertRow' as const), at: fc.integer({ min: 2, max: 12 }) }),
  fc.record({ kind: fc.constant('deleteRow' as const), at: fc.integer({ min: 2, max: 12 }) }),
  fc.record({ kind: fc.constant('insertColumn' as const), at: fc.integer({ min: 2, max: 14 }) }),
  fc.record({ kind: fc.constant('deleteColumn' as const), at: fc.integer({ min: 7, max: 14 }) }),
);

describe('Refresh after random structural edits', () => {
  it('keeps the owned columns with their headers and never changes a user cell', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const world = worldWith('Review', generatedGrid(12, 8));
        const raw = world.env.spreadsheet.getSheetByName('Review')!;
        world.addOn.call('refreshSheet');
        for (const e of edits) {
          const owned =
            raw.getRange(1, 1, 1, raw.getLastColumn()).getValues()[0].indexOf('Next review') + 1;
          if (e.kind === 'insertRow') raw.insertRowBefore(Math.min(e.at, raw.getMaxRows()));
          if (e.kind === 'deleteRow' && raw.getMaxRows() > 3)
            raw.deleteRow(Math.min(e.at, raw.getMaxRows()));
          if (e.kind === 'insertColumn') raw.insertColumnBefore(Math.min(e.at, owned));
          // Only user columns are deleted: the test plays a user editing their own data.
          if (e.kind === 'deleteColumn' && e.at < owned) raw.deleteColumn(e.at);
          expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
        }
        const header = raw.getRange(1, 1, 1, raw.getLastColumn()).getValues()[0];
        const next = header.indexOf('Next review');
        // Exactly one set of owned columns, contiguous, in order.
        expect(header.filter((h) => h === 'Status')).toHaveLength(1);
        expect(header.slice(next, next + 7)).toEqual(OWNED_COLUMNS.map((c) => c.en));
        // The user's cells are what they were before the first refresh, edits aside.
        const before = raw.snapshot();
        world.addOn.call('refreshSheet');
        const after = raw.snapshot();
        for (let i = 0; i < before.numRows; i++) {
          for (let j = 0; j < next; j++)
            expect(after.values[i]?.[j]).toEqual(before.values[i]?.[j]);
        }
        // Every named row has a status; blank rows have none.
        for (let i = 1; i < after.numRows; i++) {
          const name = after.values[i][0];
          expect(after.values[i][next + 1] === '').toBe(name === '' || name === undefined);
        }
      }),
      { numRuns: 25 },
    );
  });
});
