import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/types';
import {
  analyseHoldout,
  holdoutTest,
  planHoldout,
  readHoldoutTable,
  type HoldoutTable,
} from '../../src/core/incrementality';
import { mulberry32 } from '../support/seeded';

function table(grid: Grid): HoldoutTable {
  const read = readHoldoutTable(grid, 'UTC');
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.table;
}

describe('reading a holdout table', () => {
  test('English and French headers and values; blank Converted at = not converted', () => {
    const t = table([
      ['Prospect', 'Campagne', 'Groupe', 'Converti le'],
      ['a@x.fr', 'Relance', 'Témoin', ''],
      ['b@x.fr', 'Relance', 'traitement', '2026-03-01'],
      ['c@x.fr', 'Relance', 'Exposé', ''],
      ['d@x.fr', 'Relance', 'holdout', '01/03/2026'],
    ]);
    expect(t.assignments.map((a) => [a.prospect, a.group, a.converted])).toEqual([
      ['a@x.fr', 'control', false],
      ['b@x.fr', 'test', true],
      ['c@x.fr', 'test', false],
      ['d@x.fr', 'control', true],
    ]);
  });

  test('a Holdout column of yes/no: yes is held out (control)', () => {
    const t = table([
      ['Prospect', 'Campaign', 'Holdout', 'Converted at'],
      ['p1', 'Nurture', 'yes', ''],
      ['p2', 'Nurture', 'non', ''],
      ['p3', 'Nurture', true, ''],
    ]);
    expect(t.assignments.map((a) => a.group)).toEqual(['control', 'test', 'control']);
  });

  test('converted before assignment, or in both groups: left out and counted', () => {
    /** A prospect of the Nurture test, assigned to `group` on 10 March. */
    const nurture = (prospect: string, group: string, convertedAt = ''): CellValue[] => [
      prospect,
      'Nurture',
      group,
      '2026-03-10',
      convertedAt,
    ];
    const t = table([
      ['Prospect', 'Campaign', 'Test group', 'Assigned on', 'Converted at'],
      nurture('p1', 'test', '2026-03-01'), // converted before it was assigned
      nurture('p2', 'test', '2026-03-10'), // converted the day it was assigned: kept
      nurture('p3', 'test'),
      nurture('p3', 'control'), // in both groups
      nurture('p4', 'control'),
      nurture('p4', 'control'), // the same row twice: counted once
    ]);
    expect(t.assignments.map((a) => a.prospect)).toEqual(['p2', 'p4']);
    expect(t.excluded).toEqual({ convertedBeforeAssignment: 1, inBothGroups: 1, repeatedRows: 1 });
  });

  test('missing columns are named; an unknown group is named by its cell', () => {
    const missing = readHoldoutTable([['Prospect', 'Campaign', 'Converted at']], 'UTC');
    expect(missing.ok || missing.problem.missingColumns).toEqual(['Group']);
    const bad = readHoldoutTable(
      [
        ['Prospect', 'Campaign', 'Group', 'Converted at'],
        ['p1', 'Nurture', 'maybe', ''],
      ],
      'UTC',
    );
    expect(bad.ok || bad.problem.unreadable.map((d) => d.cell)).toEqual(['C2']);
  });

  test('any text in the Group column either reads as a group or names its cell, never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.boolean(), fc.integer())), (values) => {
        const grid: CellValue[][] = [
          ['Prospect', 'Campaign', 'Group', 'Converted at'],
          ...values.map((v, i): CellValue[] => [`p${i}`, 'C', v, '']),
        ];
        const read = readHoldoutTable(grid, 'UTC');
        if (read.ok) expect(read.table.assignments.length).toBeLessThanOrEqual(values.length);
        else expect(read.problem.unreadableCount).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the holdout analysis', () => {
  test('worked numbers: 120/2,000 test vs 80/2,000 control', () => {
    const result = holdoutTest(
      'Nurture',
      { successes: 120, trials: 2000 },
      { successes: 80, trials: 2000 },
    );
    expect(result.test).toMatchObject({ prospects: 2000, conversions: 120, rate: 0.06 });
    expect(result.control).toMatchObject({ prospects: 2000, conversions: 80, rate: 0.04 });
    expect(result.difference).toBeCloseTo(0.02, 12);
    expect(result.relativeLift).toBeCloseTo(0.5, 12);
    // z = 0.02 / √(0.05 · 0.95 · (2/2000)) = 2.9019 → p = 0.00371 (prop.test, correct = FALSE).
    expect(result.p).toBeCloseTo(0.00371, 5);
    // Power to see +20 % over a 4 % base with 2,000 per group: power.prop.test(n = 2000,
    // p1 = 0.048, p2 = 0.04): Φ((0.008 − 1.96 · 0.006486) / 0.006485) = Φ(−0.727) = 0.2337.
    expect(result.power).toBeCloseTo(0.2337, 4);
    expect(result.ci[0]).toBeGreaterThan(0);
  });

  test('no control conversion: the relative lift is unknown (null), not infinite', () => {
    const result = holdoutTest('X', { successes: 3, trials: 50 }, { successes: 0, trials: 50 });
    expect(result.relativeLift).toBeNull();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  /** One campaign, `n` prospects per group, conversion rates as given, seeded. */
  function simulatedGrid(seed: number, n: number, controlRate: number, testRate: number): Grid {
    const random = mulberry32(seed);
    const grid: CellValue[][] = [['Prospect', 'Campaign', 'Group', 'Converted at']];
    for (let i = 0; i < 2 * n; i++) {
      const group = i % 2 === 0 ? 'test' : 'control';
      const converts = random() < (group === 'test' ? testRate : controlRate);
      grid.push([`lead${i}@example.com`, 'Spring nurture', group, converts ? '2026-04-01' : '']);
    }
    return grid;
  }

  test('20,000 seeded leads with a true +1 point (+20 %) lift: the 95 % interval covers it', () => {
    const [result] = analyseHoldout(table(simulatedGrid(2026, 10_000, 0.05, 0.06))).tests;
    expect(result.test.prospects + result.control.prospects).toBe(20_000);
    expect(result.ci[0]).toBeLessThanOrEqual(0.01);
    expect(result.ci[1]).toBeGreaterThanOrEqual(0.01);
    expect(result.p).toBeLessThan(0.05);
    // Deterministic: the same seed gives the same figures on every run.
    expect(analyseHoldout(table(simulatedGrid(2026, 10_000, 0.05, 0.06))).tests[0]).toEqual(result);
  });

  /**
   * How many of 200 seeded simulated tests (2,000 prospects a group, conversion rates `testRate`
   * and `controlRate`) satisfy `hit`. Counts only, without a grid: 200 of them stay quick.
   */
  function simulations(
    seed: number,
    testRate: number,
    controlRate: number,
    hit: (result: ReturnType<typeof holdoutTest>) => boolean,
  ): number {
    const random = mulberry32(seed);
    const counts = (rate: number) => {
      let successes = 0;
      for (let i = 0; i < 2000; i++) if (random() < rate) successes++;
      return { successes, trials: 2000 };
    };
    let hits = 0;
    for (let s = 0; s < 200; s++) {
      const test = counts(testRate);
      if (hit(holdoutTest('A', test, counts(controlRate)))) hits++;
    }
    return hits;
  }

  test('with no true lift, 200 seeded simulations reject at 5 % about 5 % of the time', () => {
    const rejections = simulations(15, 0.05, 0.05, (r) => r.p < 0.05);
    // Binomial(200, 0.05): mean 10, sd 3.1; a wrong test (say a one-sided p) would be far off.
    expect(rejections).toBeGreaterThanOrEqual(4);
    expect(rejections).toBeLessThanOrEqual(17);
  });

  test('over 200 seeded simulations of a true lift, the 95 % interval covers it about 95 % of the time', () => {
    const covered = simulations(404, 0.06, 0.05, ({ ci }) => ci[0] <= 0.01 && 0.01 <= ci[1]);
    expect(covered).toBeGreaterThanOrEqual(183);
    expect(covered).toBeLessThanOrEqual(199);
  });
});

describe('the holdout planner (R power.prop.test)', () => {
  test('R’s example p1 = 0.5, p2 = 0.75, power 0.9: 77 per group, 154 in all', () => {
    const result = planHoldout({ baseRate: 0.5, lift: 0.5, power: 0.9 });
    expect(result).toEqual({ ok: true, plan: { perGroup: 77, total: 154, weeks: null } });
  });

  test('4 % base, +20 %: 10,317 per group (power.prop.test n = 10316.2); 11 weeks at 2,000 a week', () => {
    const result = planHoldout({ baseRate: 0.04, lift: 0.2, weekly: 2000 });
    expect(result).toEqual({ ok: true, plan: { perGroup: 10317, total: 20634, weeks: 11 } });
  });

  test.each([
    [{ baseRate: 0, lift: 0.2 }, 'baseRate'],
    [{ baseRate: 1.2, lift: 0.2 }, 'baseRate'],
    [{ baseRate: 0.04, lift: 0 }, 'lift'],
    [{ baseRate: 0.9, lift: 0.2 }, 'liftAboveOne'],
    [{ baseRate: 0.04, lift: 0.2, alpha: 1 }, 'alpha'],
    [{ baseRate: 0.04, lift: 0.2, power: 1 }, 'power'],
    [{ baseRate: 0.04, lift: 0.2, weekly: 0 }, 'weekly'],
  ])('%j is refused: %s', (input, problem) => {
    expect(planHoldout(input)).toEqual({ ok: false, problem });
  });

  test('a smaller lift or a higher power never needs fewer prospects', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        (baseRate, lift) => {
          const plan = (l: number, power: number) => {
            const r = planHoldout({ baseRate, lift: l, power });
            return r.ok ? r.plan.perGroup : NaN;
          };
          expect(plan(lift / 2, 0.8)).toBeGreaterThanOrEqual(plan(lift, 0.8));
          expect(plan(lift, 0.9)).toBeGreaterThanOrEqual(plan(lift, 0.8));
        },
      ),
    );
  });
});
