import fc from 'fast-check';
import type { Grid } from '../../src/core/types';
import {
  type CreditInput,
  conversionProbability,
  creditInput,
  markov,
  markovChain,
  readJourneys,
} from '../../src/core/attribution';
import { mulberry32 } from '../support/seeded';

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

describe('exact Markov solve', () => {
  const data = input(randomPaths(7, 40, 5));
  const chain = markovChain(data);
  const result = markov(data);

  test('closed form RE_k = N[s][k]·x_k / (N[k][k]·CR) equals a direct solve of each removed chain', () => {
    const base = conversionProbability(chain, null);
    data.keys.forEach((_, k) => {
      const direct = 1 - conversionProbability(chain, k) / base;
      expect(result.removalEffects[k]).toBeCloseTo(direct, 12);
    });
  });

  test("the chain's conversion rate is the observed one: conversions / (conversions + nulls)", () => {
    let conversions = 0;
    let all = 0;
    for (const j of data.journeys) {
      all += j.weight;
      if (j.converted) conversions += j.weight;
    }
    expect(result.conversionRate).toBeCloseTo(conversions / all, 12);
  });

  test('agrees with an independent Monte-Carlo simulation of the same chain (200,000 walks)', () => {
    const m = chain.states;
    const rand = mulberry32(42);
    const walks = 200_000;
    let converted = 0;
    const convertedWithout = new Float64Array(m);
    const visited = new Uint8Array(m);
    for (let w = 0; w < walks; w++) {
      visited.fill(0);
      let state = 0;
      let outcome: 'conversion' | 'null' | null = null;
      while (outcome === null) {
        const u = rand();
        let acc = 0;
        let next = -1;
        for (let j = 0; j < m; j++) {
          acc += (j === state ? 1 : 0) - chain.transient[state * m + j];
          if (u < acc) {
            next = j;
            break;
          }
        }
        if (next >= 0) {
          state = next;
          visited[state] = 1;
        } else {
          outcome = u < acc + chain.toConversion[state] ? 'conversion' : 'null';
        }
      }
      if (outcome === 'conversion') {
        converted++;
        for (let s = 1; s < m; s++) if (!visited[s]) convertedWithout[s]++;
      }
    }
    const tolerance = (p: number) => 5 * Math.sqrt((p * (1 - p)) / walks) + 1e-12;
    const cr = converted / walks;
    expect(Math.abs(cr - result.conversionRate)).toBeLessThan(tolerance(result.conversionRate));
    data.keys.forEach((_, k) => {
      const exact = conversionProbability(chain, k);
      const simulated = convertedWithout[k + 1] / walks;
      expect(Math.abs(simulated - exact)).toBeLessThan(tolerance(exact));
    });
  });

  test('the same input gives bit-identical results on every run', () => {
    const again = markov(data);
    expect(Array.from(again.conversions)).toEqual(Array.from(result.conversions));
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

  test('credits and revenue add up to the totals; removal effects lie in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(pathRow, { minLength: 1, maxLength: 25 }), (rows) => {
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
        const result = markov(data);
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
      }),
      { numRuns: 200 },
    );
  });
});
