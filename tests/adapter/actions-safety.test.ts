/**
 * The cases a reviewer found where an action could write where it must not, or in the wrong
 * language: each runs the real dist/Code.js against the in-memory Apps Script.
 */
import path from 'path';
import { dayNumber, midnightInZone } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';
import { readWorkbook } from '../../src/local/files/read-grid';
import { worldWith, ZONE } from './review-env';

const d = (y: number, m: number, day: number) => midnightInZone(dayNumber(y, m, day), ZONE);
type Result = { ok: boolean; message: string };

describe('a user column named like an owned column', () => {
  const grid: CellValue[][] = [
    ['Name', 'Baseline', 'Type', 'Status', d(2026, 5, 1), d(2026, 8, 1)],
    ['Welcome nurture', 100, 'Nurture', 'Live', 110, 120],
    ['Lead routing', 50, 'Lead assignment', 'Paused', 55, 60],
  ];

  it('stays the user’s: Cadence adds its own Status column after the data and keeps "Live"', () => {
    const world = worldWith('Review', grid);
    expect((world.addOn.call('refreshSheet') as Result).ok).toBe(true);
    world.addOn.call('refreshSheet');
    const s = world.env.spreadsheet.getSheetByName('Review')!.snapshot();
    expect(s.values.map((r) => r[3])).toEqual(['Status', 'Live', 'Paused']);
    const ours = s.values[0].lastIndexOf('Status');
    expect(ours).toBeGreaterThan(5);
    // 2026-08-01 + 90 days = 2026-10-30: overdue on 2026-11-22.
    expect(s.values[1][ours]).toBe('● Overdue');
    expect(s.values[0].filter((h) => h === 'Status')).toHaveLength(2);
  });
});

describe('the sheet an action writes to', () => {
  async function touchesWorld() {
    const [touches] = await readWorkbook(
      path.resolve(__dirname, '../../examples/touches.csv'),
      ZONE,
    );
    return worldWith('Touches', touches.rows);
  }

  it('refuses to refresh campaign touches as if they were programs', async () => {
    const world = await touchesWorld();
    expect(world.addOn.call('refreshSheet')).toEqual({
      ok: false,
      message:
        'This sheet holds campaign touches, not programs to review: open your review sheet, or build the influence report.',
    });
    expect(world.env.spreadsheet.getSheetByName('Touches · Δ')).toBeNull();
  });

  it('asks for the review sheet when the Influence report is active and none is known', async () => {
    const world = await touchesWorld();
    expect((world.addOn.call('buildInfluenceReport') as Result).ok).toBe(true);
    expect(world.addOn.call('refreshSheet')).toEqual({
      ok: false,
      message: 'Open your review sheet first: this sheet is one Cadence writes itself.',
    });
    expect(world.env.spreadsheet.getSheetByName('Touches')!.getLastColumn()).toBe(8);
  });

  it('leaves the user on their review sheet after the first refresh creates the Δ sheet', () => {
    const world = worldWith('Review', [
      ['Name', 'Baseline', 'Type', d(2026, 8, 1)],
      ['Welcome nurture', 100, 'Nurture', 120],
    ]);
    world.addOn.call('refreshSheet');
    expect(world.env.spreadsheet.getActiveSheet().getName()).toBe('Review');
  });
});

describe('the sheet’s language', () => {
  it('keeps an English sheet in English when a French-speaking colleague refreshes it', () => {
    const world = worldWith(
      'Review',
      [
        ['Name', 'Baseline', 'Type', 'Metric', d(2026, 8, 1)],
        ['Welcome nurture', 100, 'Nurture', 'Leads', 120],
      ],
      'fr',
    );
    const result = world.addOn.call('refreshSheet') as Result;
    // The message speaks to the user in French; the sheet stays English.
    expect(result.message).toBe(
      'Actualisé — programmes : 1 ; urgents : 0 ; en retard : 1 ; bientôt : 0.',
    );
    const s = world.env.spreadsheet.getSheetByName('Review')!.snapshot();
    expect(s.values[0]).toContain('Next review');
    expect(s.values[1]).toContain('● Overdue');
  });
});

describe('Format on an empty sheet', () => {
  it('sets the template up whole the first time, and a second Format changes nothing', () => {
    const world = worldWith('Review', [['']]);
    expect((world.addOn.call('formatSheet') as Result).message).toBe(
      'Review sheet formatted: 16 columns added, your data left as it was.',
    );
    const first = world.env.spreadsheet.getSheetByName('Review')!.snapshot();
    expect(first.validations[1]?.[2]).toMatchObject({ criteria: 'VALUE_IN_LIST' });
    expect(first.notes[0][9]).toMatch(/^Cadence: computed/);
    expect((world.addOn.call('formatSheet') as Result).message).toBe(
      'Review sheet already formatted: nothing to change.',
    );
    expect(world.env.spreadsheet.getSheetByName('Review')!.snapshot()).toEqual(first);
  });
});
