/**
 * Format review sheet adds light alternating row colours — once, as a banding object
 * that paints no cell, and never over a banding the user already has.
 */
import { exampleGrid, generatedGrid, worldWith, type World } from './review-env';

type Result = { ok: boolean; message: string };

const review = (w: World) => w.env.spreadsheet.sheet('Review');
const format = (w: World) => w.addOn.call('formatSheet') as Result;

describe('Format on examples/review.xlsx', () => {
  let world: World;

  beforeAll(async () => {
    world = worldWith('Review', await exampleGrid('Review'));
  });

  it('applies one LIGHT_GREY row banding with a header over A1:Z31 (30 programs; 19 user + 7 owned columns = 26 = Z)', () => {
    const before = review(world).snapshot();
    expect(before.numColumns).toBe(19);
    expect(format(world).ok).toBe(true);
    expect(review(world).snapshot().bandings).toEqual([
      {
        range: 'A1:Z31',
        headerRowColor: '#bdbdbd',
        firstRowColor: '#ffffff',
        secondRowColor: '#f3f3f3',
      },
    ]);
  });

  it('paints no cell: every background is still the one the user set (none)', () => {
    const after = review(world).snapshot();
    expect(after.backgrounds.flat().filter((c) => c !== null)).toEqual([]);
  });

  it('a second Format adds no banding and costs one banding call (getBandings)', () => {
    world.env.calls.reset();
    expect(format(world).ok).toBe(true);
    expect(review(world).getBandings()).toHaveLength(1);
    const calls = world.env.calls.byMethod('SpreadsheetApp');
    expect(calls['SpreadsheetApp Sheet.getBandings']).toBe(1);
    expect(calls['SpreadsheetApp Range.applyRowBanding']).toBeUndefined();
  });
});

describe('a sheet with the user’s own banding', () => {
  it('keeps it exactly as it was and adds none', async () => {
    const world = worldWith('Review', await exampleGrid('Review'));
    const own = review(world)
      .getRange('A1:E10')
      .applyRowBanding(world.env.globals.SpreadsheetApp.BandingTheme.PINK, false, true)
      .setSecondRowColor('#FCE4EC');
    const before = review(world).snapshot().bandings;
    expect(format(world).ok).toBe(true);
    expect(review(world).snapshot().bandings).toEqual(before);
    expect(review(world).getBandings()).toEqual([own]);
    expect(before).toEqual([
      {
        range: 'A1:E10',
        firstRowColor: '#ffffff',
        secondRowColor: '#fce4ec',
        footerRowColor: '#f2b8b3',
      },
    ]);
  });
});

describe('cost', () => {
  it('three banding calls whatever the size: 10 rows and 2,000 rows alike', () => {
    for (const rows of [10, 2000]) {
      const world = worldWith('Review', generatedGrid(rows, 6));
      world.env.calls.reset();
      expect(format(world).ok).toBe(true);
      const calls = world.env.calls.byMethod('SpreadsheetApp');
      expect(calls['SpreadsheetApp Sheet.getBandings']).toBe(1);
      expect(calls['SpreadsheetApp Range.applyRowBanding']).toBe(1);
      expect(review(world).snapshot().bandings[0].range).toBe(`A1:S${rows + 1}`);
    }
  });

  it('an empty sheet gets the template and a banding over its header row', () => {
    const world = worldWith('Review', []);
    expect(format(world).ok).toBe(true);
    const [banding] = review(world).snapshot().bandings;
    expect(banding.range).toMatch(/^A1:[A-Z]+1$/);
  });
});
