import fc from 'fast-check';
import type { Grid } from '../../src/core/types';
import {
  type CreditInput,
  type MarkovOrder,
  creditInput,
  markov,
  readJourneys,
} from '../../src/core/attribution';
import { generatedPaths, mulberry32 } from '../support/seeded';
import { referenceMarkov } from '../support/tuple-chain-reference';
import { denseEligible, denseRemovalLosses } from '../../src/core/attribution/models/dense-removal';
import { absorb, sparseRemovalLosses } from '../../src/core/attribution/models/sparse-absorption';
import { tupleChain } from '../../src/core/attribution/models/tuple-chain';

function randomPaths(seed: number, rows: number, channels: number): Grid {
  const rand = mulberry32(seed);
  const grid: Grid[number][] = [
    ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
  ];
  for (let i = 0; i < rows; i++) {
    const length = 1 + Math.floor(rand() * 6);
    const steps = Array.from({ length }, () => `c${Math.floor(rand() * channels)}`);
    const conversions = Math.floor(rand() * 5);
    grid.push([
      steps.join(' > '),
      conversions,
      conversions * (10 + Math.floor(rand() * 90)),
      1 + Math.floor(rand() * 10),
    ]);
  }
  return grid;
}

function input(grid: Grid): CreditInput {
  const read = readJourneys(grid, { windowDays: 90, timeZone: 'UTC' });
  if (!read.ok) throw new Error('unreadable fixture');
  return creditInput(read.journeys, 'campaign');
}

const sortedKeys = (r: Record<string, number>) => Object.keys(r).sort();

function named(data: CreditInput, values: Float64Array): Record<string, number> {
  return Object.fromEntries(data.keys.map((k, i) => [k, values[i]]));
}

/** Every figure of `markov` at `order` against the dense textbook solve, within 1e-9. */
function expectReference(grid: Grid, order: MarkovOrder): void {
  const data = input(grid);
  const result = markov(data, order);
  const reference = referenceMarkov(grid, order);
  expect(Math.abs(result.conversionRate - reference.conversionRate)).toBeLessThan(1e-12);
  const checks: Array<[Float64Array, Record<string, number>, number]> = [
    [result.removalEffects, reference.removalEffects, 1e-9],
    [result.valueRemovalEffects, reference.valueRemovalEffects, 1e-9],
    [result.conversions, reference.conversions, 1e-9 * Math.max(1, result.conversions.length)],
    [result.revenue, reference.revenue, 1e-9 * Math.max(1, result.revenue.length)],
  ];
  for (const [got, want, tolerance] of checks) {
    const mine = named(data, got);
    expect(sortedKeys(mine)).toEqual(sortedKeys(want));
    for (const key of Object.keys(want)) {
      expect(Math.abs(mine[key] - want[key])).toBeLessThanOrEqual(tolerance);
    }
  }
}

describe('exact Markov solve of order 1 to 3 against a dense tuple-chain solve', () => {
  // PathData's shape (ChannelAttribution's sample data): 12 channels, 1–15 steps, values, nulls.
  test('order 1 on a PathData-shaped set (2,000 paths, 12 channels) is unchanged', () => {
    expectReference(generatedPaths(2024, 2000, 12), 1);
  });

  test('order 2 on a PathData-shaped set (600 paths, 12 channels)', () => {
    expectReference(generatedPaths(2025, 600, 12), 2);
  });

  test('order 3 on a PathData-shaped set (250 paths, 8 channels)', () => {
    expectReference(generatedPaths(2026, 250, 8), 3);
  });

  test.each([1, 2, 3, 4] as const)('order %i on small random path sets', (order) => {
    for (const seed of [3, 5, 8]) expectReference(randomPaths(seed, 30, 5), order);
  });

  test("the chain's conversion rate is the observed one: conversions / (conversions + nulls)", () => {
    const data = input(randomPaths(7, 40, 5));
    let conversions = 0;
    let all = 0;
    for (const j of data.journeys) {
      all += j.weight;
      if (j.converted) conversions += j.weight;
    }
    for (const order of [1, 2, 3, 4] as const) {
      expect(markov(data, order).conversionRate).toBeCloseTo(conversions / all, 12);
    }
  });

  test('the same input gives bit-identical results on every run', () => {
    const data = input(randomPaths(7, 40, 5));
    const once = markov(data, 2);
    const again = markov(data, 2);
    expect(Array.from(again.conversions)).toEqual(Array.from(once.conversions));
  });
});

describe('order 2 sees what order 1 cannot', () => {
  // A > B converts twice, C > B never (2 nulls). Order 1 pools both visits of B (x_B = .5), so A
  // and C look alike: RE A .5, C .5, B 1 → credit 2 × (.5, .5, 1) / 2. Order 2 keeps (A,B) and
  // (C,B) apart: without A nothing converts (RE 1), without C nothing is lost (RE 0).
  const grid: Grid = [
    ['path', 'total_conversions', 'total_null'],
    ['A > B', 2, 0],
    ['C > B', 0, 2],
  ];

  test('order 1: A .5, C .5, B 1 conversions', () => {
    const data = input(grid);
    const r = markov(data, 1);
    expect(named(data, r.removalEffects)).toEqual({ A: 0.5, B: 1, C: 0.5 });
    expect(named(data, r.conversions)).toEqual({ A: 0.5, B: 1, C: 0.5 });
  });

  test('order 2: A 1, B 1, C 0 conversions', () => {
    const data = input(grid);
    const r = markov(data, 2);
    expect(named(data, r.removalEffects)).toEqual({ A: 1, B: 1, C: 0 });
    expect(named(data, r.conversions)).toEqual({ A: 1, B: 1, C: 0 });
  });

  test('a path shorter than the order is one state: B alone converts at order 3', () => {
    // (A,B,C) converts 1, (B) converts 1 and (B,C) has 2 nulls. Removing C removes (A,B,C) and
    // (B,C): CR 2/4 → 1/4, RE .5; removing A: RE .5; removing B: everything, RE 1.
    const data = input([
      ['path', 'total_conversions', 'total_null'],
      ['A > B > C', 1, 0],
      ['B', 1, 0],
      ['B > C', 0, 2],
    ]);
    const r = markov(data, 3);
    expect(r.conversionRate).toBeCloseTo(0.5, 15);
    expect(named(data, r.removalEffects)).toEqual({ A: 0.5, B: 1, C: 0.5 });
  });
});

describe('self-loops change nothing', () => {
  // A > A > B and A > B differ only by the A → A loop, which rescales A's other exits by 1/(1 − p).
  test('collapsing repeated steps keeps every removal effect and credit', () => {
    const grid = randomPaths(11, 30, 4);
    const collapsed: Grid = grid.map((row, i) => {
      if (i === 0 || typeof row[0] !== 'string') return row;
      const steps = row[0].split(' > ').filter((s, j, all) => j === 0 || s !== all[j - 1]);
      return [steps.join(' > '), ...row.slice(1)];
    });
    const withLoops = markov(input(grid));
    const without = markov(input(collapsed));
    // Same key order: both grids meet the channels in the same order.
    withLoops.removalEffects.forEach((re, k) =>
      expect(re).toBeCloseTo(without.removalEffects[k], 12),
    );
    withLoops.conversions.forEach((c, k) => expect(c).toBeCloseTo(without.conversions[k], 10));
  });
});

describe('property: random path sets', () => {
  const pathRow = fc.record({
    steps: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 7 }),
    conversions: fc.integer({ min: 0, max: 20 }),
    // Money in cents: subnormal doubles cannot be split with relative precision by anyone.
    value: fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100),
    nulls: fc.integer({ min: 0, max: 20 }),
  });

  test('credits and revenue add up to the totals at every order; removal effects lie in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(pathRow, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<MarkovOrder>(1, 2, 3, 4),
        (rows, order) => {
          const grid: Grid = [
            ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
            ...rows.map((r) => [
              r.steps.join('>'),
              r.conversions,
              r.conversions > 0 ? r.value : 0,
              r.nulls,
            ]),
          ];
          const data = input(grid);
          const result = markov(data, order);
          const conversions = rows.reduce((s, r) => s + r.conversions, 0);
          const value = rows.reduce((s, r) => s + (r.conversions > 0 ? r.value : 0), 0);
          const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
          expect(Math.abs(sum(result.conversions) - conversions)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, conversions),
          );
          if (value > 0)
            expect(Math.abs(sum(result.revenue) - value)).toBeLessThanOrEqual(1e-9 * value);
          for (const re of result.removalEffects) {
            expect(re).toBeGreaterThanOrEqual(0);
            expect(re).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('removal losses: one inversion when every key is one state, or a sparse solve per key', () => {
  // Order 1 with few states takes the inversion (the bootstrap solves each replicate's chain
  // again); order 2 and up, and many channels, the sparse sweeps. Both must lose the same.
  test('property: on random path sets the two ways lose the same to 1e-12, conversions and value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 60 }),
        (seed, channels) => {
          const chain = tupleChain(input(randomPaths(seed, 300, channels)), 1);
          expect(denseEligible(chain)).toBe(true);
          const base = absorb(chain);
          const dense = denseRemovalLosses(chain, base);
          const sparse = sparseRemovalLosses(chain, base);
          const scale = Math.max(base.conversion[0], base.value[0]);
          for (let k = 0; k < dense.conversion.length; k++) {
            expect(Math.abs(dense.conversion[k] - sparse.conversion[k])).toBeLessThanOrEqual(
              1e-12 * scale,
            );
            expect(Math.abs(dense.value[k] - sparse.value[k])).toBeLessThanOrEqual(1e-12 * scale);
          }
        },
      ),
      { numRuns: 100, seed: 20261130 },
    );
  });

  test('a worked chain: without A only B alone converts (1/3 lost), without B nothing does (2/3 lost)', () => {
    // A > B converts once, A alone once without converting (null), B alone once converting.
    const grid: Grid = [
      ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
      ['A > B', 1, 0, 0],
      ['A', 0, 0, 1],
      ['B', 1, 0, 0],
    ];
    const chain = tupleChain(input(grid), 1);
    const base = absorb(chain);
    // From (start): A 2/3 (then B 1/2, null 1/2), B 1/3; B always converts. P(conv) = 2/3.
    expect(base.conversion[0]).toBeCloseTo(2 / 3, 12);
    const lost = denseRemovalLosses(chain, base);
    const [a, b] = ['A', 'B'].map((name) => input(grid).keys.indexOf(name));
    // Without A: only B alone converts (1/3), so 1/3 is lost; without B nothing converts: 2/3.
    expect(lost.conversion[a]).toBeCloseTo(1 / 3, 12);
    expect(lost.conversion[b]).toBeCloseTo(2 / 3, 12);
  });

  test('a chain where a key is in several states (order 2), or of more than 256 states, is not inverted', () => {
    expect(denseEligible(tupleChain(input(randomPaths(7, 300, 12)), 2))).toBe(false);
    expect(denseEligible(tupleChain(input(randomPaths(7, 3000, 400)), 1))).toBe(false);
    expect(denseEligible(tupleChain(input(randomPaths(7, 3000, 200)), 1))).toBe(true);
  });
});
