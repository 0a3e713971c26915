import fc from 'fast-check';
import type { Grid } from '../../src/core/types';
import { type InfluenceReport, influenceReport } from '../../src/core/attribution';
import { LIFT_CAVEAT, NO_NON_CONVERTERS_NOTE } from '../../src/core/attribution/lift';
import { englishNotes, pathsGrid } from '../support/influence';
import { LIFT_HEADER, LIFT_TOUCHES } from './lift-fixture';

function report(grid: Grid): InfluenceReport {
  const result = influenceReport(grid);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.report;
}

const HEADER = LIFT_HEADER;
const round4 = (x: number) => Number(x.toFixed(4));

describe('lift: touched vs not touched before conversion-or-censoring', () => {
  const r = report(LIFT_TOUCHES);
  const webinar = r.lift.find((row) => row.campaign === 'Webinar');
  const email = r.lift.find((row) => row.campaign === 'Email');

  test('webinar: 2/2 touched converted vs 1/3 untouched (E), +66.7 points, p = 0.136', () => {
    expect(webinar?.touched).toMatchObject({ prospects: 2, conversions: 2, rate: 1 });
    expect(webinar?.untouched).toMatchObject({ prospects: 3, conversions: 1 });
    expect(webinar?.untouched.rate).toBeCloseTo(1 / 3, 12);
    // Wilson 2/2 → 0.3424–1; 1/3 → 0.0615–0.7923.
    expect(webinar?.touched.ci.map(round4)).toEqual([0.3424, 1]);
    expect(webinar?.untouched.ci.map(round4)).toEqual([0.0615, 0.7923]);
    expect(webinar?.difference).toBeCloseTo(2 / 3, 12);
    // z = (1 − 1/3) / √(0.6 · 0.4 · (1/2 + 1/3)) = 1.4907, two-sided p = 0.1360.
    expect(webinar?.p).toBeCloseTo(0.136, 3);
    // Newcombe: 2/3 − √((1 − 0.3424)² + (0.7923 − 1/3)²) … 2/3 + √(0 + (1/3 − 0.0615)²).
    expect(webinar?.ci.map(round4)).toEqual([-0.1353, 0.9385]);
  });

  test('email touched B twice but counts B once: 1/3 touched vs 2/2 untouched', () => {
    expect(email?.touched).toMatchObject({ prospects: 3, conversions: 1 });
    expect(email?.untouched).toMatchObject({ prospects: 2, conversions: 2, rate: 1 });
    expect(email?.difference).toBeCloseTo(-2 / 3, 12);
  });

  test('every lift figure carries the caveat', () => {
    expect(englishNotes(r)).toContain(LIFT_CAVEAT);
    expect(LIFT_CAVEAT).toContain('correlation, not proof: touched leads may differ');
  });

  test('every prospect converted: no lift, and the note says what is missing', () => {
    const allConverted = report([HEADER, ['A', 'Webinar', '2026-02-01', '2026-02-10']]);
    expect(allConverted.lift).toEqual([]);
    expect(englishNotes(allConverted)).toContain(NO_NON_CONVERTERS_NOTE);
    expect(englishNotes(allConverted)).not.toContain(LIFT_CAVEAT);
  });

  test('paths without total_null have no non-converters; with it, each path counts its weight', () => {
    expect(report(pathsGrid(['a > b', 2])).lift).toEqual([]);
    const paths = report([
      ['path', 'total_conversions', 'total_null'],
      ['Spring webinar > Newsletter', 3, 5],
      ['Newsletter', 1, 9],
    ]);
    const spring = paths.lift.find((row) => row.campaign === 'Spring webinar');
    expect(spring?.touched).toMatchObject({ prospects: 8, conversions: 3 });
    expect(spring?.untouched).toMatchObject({ prospects: 10, conversions: 1 });
  });

  test('for any touch table, touched + untouched is everyone, for every campaign', () => {
    const row = fc.tuple(
      fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'),
      fc.constantFrom('Webinar', 'Email', 'Ads'),
      fc.integer({ min: 1, max: 28 }),
    );
    const converts = fc.dictionary(
      fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'),
      fc.integer({ min: 1, max: 28 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), converts, (rows, conversion) => {
        const day = (d: number) => `2026-02-${String(d).padStart(2, '0')}`;
        const grid: Grid = [
          HEADER,
          ...rows.map(([p, c, d]) => [
            p,
            c,
            day(d),
            conversion[p] === undefined ? '' : day(conversion[p]),
          ]),
        ];
        const prospects = new Set(rows.map(([p]) => p));
        const converted = [...prospects].filter((p) => conversion[p] !== undefined).length;
        const result = report(grid);
        if (converted === prospects.size) {
          expect(result.lift).toEqual([]);
          return;
        }
        for (const lift of result.lift) {
          expect(lift.touched.prospects + lift.untouched.prospects).toBe(prospects.size);
          expect(lift.touched.conversions + lift.untouched.conversions).toBe(converted);
          expect(lift.ci[0]).toBeLessThanOrEqual(lift.difference + 1e-12);
          expect(lift.ci[1]).toBeGreaterThanOrEqual(lift.difference - 1e-12);
        }
      }),
    );
  });
});
