/**
 * Refresh costs a constant number of SpreadsheetApp calls whatever the sheet's size, and never
 * touches a user cell even when the user inserts and deletes rows and columns between refreshes.
 */
import fc from 'fast-check';
import { generatedGrid, worldWith } from './review-env';

function refreshCalls(rows: number): number {
  const world = worldWith('Review', generatedGrid(rows, 60));
  // The first refresh also sets the sheet up once (owned headers, protections, a companion
  // sheet grown to size); every refresh after it is the steady state measured here.
  expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
  world.env.calls.reset();
  expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
  return world.env.calls.count('SpreadsheetApp');
}

describe('Refresh cost', () => {
  it('is the same number of SpreadsheetApp calls for 10, 1,000 and 10,000 rows × 60 review columns', () => {
    const counts = [10, 1_000, 10_000].map(refreshCalls);
    expect(counts[0]).toBeLessThan(80);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
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
        expect(header.slice(next, next + 7)).toEqual([
          'Next review',
          'Status',
          'Last change',
          'Last change %',
          'vs Baseline',
          'Trend',
          'Sparkline',
        ]);
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
