import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/types';
import {
  type Credits,
  MODEL_NAMES,
  disagreement,
  influenceReport,
} from '../../src/core/attribution';
import { TOUCH_COLUMN_LABELS } from '../../src/core/attribution/headers';
import { englishNotes, pathsGrid, reportOf, THREE_PATHS } from '../support/influence';

const sum = (c: Credits | undefined) => Object.values(c ?? {}).reduce((a, b) => a + b, 0);

describe('JSON contract', () => {
  const result = influenceReport([
    ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
    ['Spring webinar > Newsletter', 3, 300, 5],
    ['Newsletter', 1, 50, 9],
  ]);

  test('exactly the keys of the `cadence influence --json` contract plus spread, readiness, last touch per lead and uncertainty', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.report)).toEqual([
      'format',
      'conversions',
      'conversionRate',
      'models',
      'revenue',
      'removalEffects',
      // The notes as facts, to say them in either language; the CLI's --json says them in
      // English as `notes`, in this place (tests/cli/influence-notes-locale.test.ts).
      'noteFacts',
      'spread',
      'readiness',
      'lastTouchPerLead',
      'uncertainty',
      'lift',
    ]);
    // Paths carry no dates: every model but time decay, in the contract's order.
    expect(Object.keys(result.report.models).join(' ')).toBe(
      'first_touch last_touch linear u_shaped w_shaped full_path markov shapley',
    );
    expect(result.report.format).toBe('paths');
    expect(result.report.conversionRate).toBeCloseTo(4 / 18, 12);
    expect(JSON.parse(JSON.stringify(result.report))).toEqual(result.report);
  });

  test('no revenue column: revenue is empty and a note says so', () => {
    const r = influenceReport(pathsGrid(['a > b', 2]));
    expect(r.ok && r.report.revenue).toEqual({});
    expect(r.ok && englishNotes(r.report)).toContain(
      'no revenue column: revenue credit not computed',
    );
  });

  test('bad settings fall back to defaults with a note', () => {
    const r = influenceReport(pathsGrid(['a', 1]), { halfLifeDays: 0, timeZone: 'Mars/Olympus' });
    expect(r.ok && englishNotes(r.report).slice(0, 2)).toEqual([
      'half-life must be more than 0 days: using 7',
      'unknown time zone Mars/Olympus: using UTC',
    ]);
  });
});

describe('disagreement between models', () => {
  test('min and max across models', () => {
    const spread = disagreement(['A', 'B', 'C', 'D', 'E'], {
      first_touch: { A: 10, B: 6, C: 3, D: 1, E: 0 },
      last_touch: { A: 2, B: 7, C: 1, D: 10, E: 0 },
    });
    expect(spread.A).toEqual({ min: 2, max: 10 });
    expect(spread.B).toEqual({ min: 6, max: 7 });
    expect(spread.E).toEqual({ min: 0, max: 0 });
  });

  test('the three-path fixture: email gets 0 (first touch) to 8 (last touch)', () => {
    const { spread } = reportOf(THREE_PATHS);
    expect(spread.email.min).toBe(0); // first touch gives email nothing
    expect(spread.email.max).toBe(8); // last touch gives it 3 + 5
  });
});

describe('Shapley: the simplified formula is the exact Shapley value of v(T)', () => {
  // v(T) = conversions of journeys whose distinct channels are all in T. Enumerate every coalition
  // and apply φ_i = Σ_{T ∌ i} |T|!(n−|T|−1)!/n! · (v(T ∪ {i}) − v(T)).
  function exactShapley(
    journeys: Array<{ set: number; conversions: number }>,
    n: number,
  ): number[] {
    const v = (coalition: number) =>
      journeys.reduce((s, j) => ((j.set & ~coalition) === 0 ? s + j.conversions : s), 0);
    const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
    const phi = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < 1 << n; t++) {
        if (t & (1 << i)) continue;
        const size = popcount(t);
        phi[i] +=
          ((factorial(size) * factorial(n - size - 1)) / factorial(n)) * (v(t | (1 << i)) - v(t));
      }
    }
    return phi;
  }
  const popcount = (x: number) => x.toString(2).replace(/0/g, '').length;
  const names = ['a', 'b', 'c', 'd', 'e'];

  test('on random path sets of up to 5 channels', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            steps: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }),
            conversions: fc.integer({ min: 1, max: 9 }),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        (rows) => {
          const grid: Grid = [
            ['path', 'total_conversions'],
            ...rows.map((r) => [r.steps.map((s) => names[s]).join(' > '), r.conversions]),
          ];
          const result = influenceReport(grid);
          if (!result.ok) throw new Error('valid grid');
          const exact = exactShapley(
            rows.map((r) => ({
              set: r.steps.reduce((s, c) => s | (1 << c), 0),
              conversions: r.conversions,
            })),
            names.length,
          );
          names.forEach((name, i) => {
            expect(result.report.models.shapley?.[name] ?? 0).toBeCloseTo(exact[i], 9);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('property: random touch grids', () => {
  const day = fc.integer({ min: 0, max: 200 }).map((d) => {
    const date = new Date(Date.UTC(2025, 0, 1 + d));
    return date.toISOString().slice(0, 10);
  });
  const touch = fc.record({
    prospect: fc.constantFrom('p1', 'p2', 'p3', 'P1@x.com', 'p1@x.com', 42),
    campaign: fc.constantFrom('Webinar', 'Newsletter', 'Salon', 'Ads', '=SUM(A1)'),
    channel: fc.constantFrom('email', 'social', 'site', ''),
    touched: fc.oneof(
      day,
      day.map((d) => `${d} 10:30`),
      day.map((d) => new Date(`${d}T15:00:00Z`)),
    ),
    converted: fc.option(day, { nil: '' }),
    revenue: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: '' }),
    lead: fc.option(day, { nil: '' }),
    opportunity: fc.option(day, { nil: '' }),
  });

  test('totals are conserved by every model, for conversions and revenue', () => {
    fc.assert(
      fc.property(
        fc.array(touch, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('campaign', 'channel') as fc.Arbitrary<'campaign' | 'channel'>,
        fc.boolean(),
        fc.integer({ min: 0, max: 120 }),
        (rows, by, sameDay, windowDays) => {
          const grid: Grid = [
            Object.values(TOUCH_COLUMN_LABELS),
            ...rows.map((t): CellValue[] => [
              t.prospect,
              t.campaign,
              t.channel,
              t.touched,
              t.converted,
              t.revenue,
              t.lead,
              t.opportunity,
            ]),
          ];
          const result = influenceReport(grid, {
            by,
            sameDay,
            windowDays,
            timeZone: 'Europe/Paris',
          });
          if (!result.ok) throw new Error(JSON.stringify(result.problem));
          const report = result.report;
          const revenueTotal = sum(report.revenue.first_touch);
          for (const name of MODEL_NAMES) {
            expect(report.models[name]).toBeDefined();
            expect(Math.abs(sum(report.models[name]) - report.conversions)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, report.conversions),
            );
            expect(Math.abs(sum(report.revenue[name]) - revenueTotal)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, revenueTotal),
            );
            for (const credit of Object.values(report.models[name] ?? {})) {
              expect(credit).toBeGreaterThanOrEqual(0);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
