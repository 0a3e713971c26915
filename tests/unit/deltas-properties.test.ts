import fc from 'fast-check';
import { analyzeSeries } from '../../src/core/review/analysis';
import { groupJson, quartersJson, rowAnalysisJson } from '../../src/core/review/analysis-json';
import { analyzeGroups } from '../../src/core/review/group-rollup';
import type { SeriesInput } from '../../src/core/stats/series';
import type { Polarity } from '../../src/core/types';

const polarity = fc.constantFrom<Polarity>('higher_is_better', 'lower_is_better');
/** Realistic magnitudes, both signs, with plenty of repeats and zeros. */
const value = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constant(0),
);

/** Strictly increasing review days starting in 2020. */
const days = (n: number) =>
  fc
    .array(fc.integer({ min: 1, max: 200 }), { minLength: n, maxLength: n })
    .map((gaps) =>
      gaps.reduce<number[]>((acc, g) => [...acc, (acc[acc.length - 1] ?? 18262) + g], []),
    );

const series = fc
  .tuple(
    fc.option(value, { nil: null }),
    fc.array(value, { maxLength: 30 }),
    polarity,
    fc.boolean(),
  )
  .chain(([baseline, values, pol, isRate]) =>
    days(values.length).map((ds): SeriesInput => ({
      baseline,
      points: values.map((v, i) => ({ day: ds[i], value: v })),
      polarity: pol,
      isRate,
    })),
  );

function allNumbersFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allNumbersFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allNumbersFinite);
  return true;
}

describe('deltas and trends: properties', () => {
  test('period deltas telescope: their sum equals latest − first (baseline first when present)', () => {
    fc.assert(
      fc.property(series, (input) => {
        const { deltas } = analyzeSeries(input);
        const values = [
          ...(input.baseline === null ? [] : [input.baseline]),
          ...input.points.map((p) => p.value),
        ];
        if (values.length < 2) return deltas.length === 0;
        const sum = deltas.reduce((acc, d) => acc + d.abs, 0);
        const scale = Math.max(1, ...values.map(Math.abs));
        return (
          Math.abs(sum - (values[values.length - 1] - values[0])) <= 1e-9 * scale * values.length
        );
      }),
      { numRuns: 500 },
    );
  });

  test('reversing the values in time flips rising ↔ falling (flat and insufficient stay put) with the same p', () => {
    const flip = {
      rising: 'falling',
      falling: 'rising',
      flat: 'flat',
      insufficient: 'insufficient',
    };
    fc.assert(
      fc.property(series, (input) => {
        const reversed: SeriesInput = {
          ...input,
          points: input.points.map((p, i) => ({
            ...p,
            value: input.points[input.points.length - 1 - i].value,
          })),
        };
        const a = analyzeSeries(input).trend;
        const b = analyzeSeries(reversed).trend;
        return b.direction === flip[a.direction] && b.p === a.p;
      }),
      { numRuns: 500 },
    );
  });

  test('nothing throws and no NaN or ±Infinity reaches the JSON, whatever the numbers', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324),
    );
    const counts = fc.option(fc.record({ successes: anyNumber, trials: anyNumber }), {
      nil: undefined,
    });
    const wild = fc.record({
      baseline: fc.option(anyNumber, { nil: null }),
      baselineCounts: counts,
      points: fc.array(
        fc.record({
          day: fc.option(fc.integer({ min: 0, max: 80000 }), { nil: null }),
          value: anyNumber,
          counts,
        }),
        { maxLength: 40 },
      ),
      polarity,
      isRate: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(wild, { minLength: 1, maxLength: 4 }), (inputs) => {
        for (const input of inputs) {
          const a = analyzeSeries(input);
          if (!allNumbersFinite(rowAnalysisJson(a)) || !allNumbersFinite(quartersJson(a.quarters)))
            return false;
          if (!allNumbersFinite(a.signal)) return false;
        }
        const groups = analyzeGroups(
          inputs.map((series, i) => ({ row: i + 2, group: 'G', series })),
        );
        return groups.every((g) => allNumbersFinite(groupJson(g)));
      }),
      { numRuns: 400 },
    );
  });
});
