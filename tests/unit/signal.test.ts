import { addDays, parseIso } from '../../src/core/dates';
import { toSeries, type Counts, type SeriesInput } from '../../src/core/stats/series';
import { latestSignal } from '../../src/core/stats/signal';

const START = parseIso('2025-01-15') ?? 0;

/** Reviews every 90 days from 2025-01-15. */
function row(
  baseline: number | null,
  values: ReadonlyArray<number>,
  opts: {
    isRate?: boolean;
    counts?: ReadonlyArray<Counts | undefined>;
    baselineCounts?: Counts;
  } = {},
): SeriesInput {
  return {
    baseline,
    baselineCounts: opts.baselineCounts,
    points: values.map((value, i) => ({
      day: addDays(START, 90 * i),
      value,
      counts: opts.counts?.[i],
    })),
    polarity: 'higher_is_better',
    isRate: opts.isRate ?? false,
  };
}

const signalOf = (input: SeriesInput) => latestSignal(toSeries(input));

/** A rate with no baseline, each review's value successes/trials of its counts. */
const countedRate = (...counts: ReadonlyArray<readonly [number, number]>): SeriesInput =>
  row(
    null,
    counts.map(([successes, trials]) => successes / trials),
    { isRate: true, counts: counts.map(([successes, trials]) => ({ successes, trials })) },
  );

describe('signal or noise: XmR chart on the earlier values', () => {
  // Earlier 50, 52, 48, 51, 49: mean 250/5 = 50; moving ranges 2, 4, 3, 2 → mR̄ = 11/4 = 2.75;
  // limits 50 ± 2.66 × 2.75 = 50 ± 7.315 → [42.685, 57.315].
  test('latest 60 is above 57.315: signal', () => {
    const s = signalOf(row(50, [52, 48, 51, 49, 60]));
    expect(s.latest).toBe('signal');
    expect(s.method).toBe('xmr');
    if (s.method !== 'xmr' || !s.limits) throw new Error('expected xmr limits');
    expect(s.limits.mean).toBeCloseTo(50, 12);
    expect(s.limits.lower).toBeCloseTo(42.685, 12);
    expect(s.limits.upper).toBeCloseTo(57.315, 12);
  });

  test('latest 57 is inside [42.685, 57.315]: noise', () => {
    expect(signalOf(row(50, [52, 48, 51, 49, 57]))).toMatchObject({
      latest: 'noise',
      method: 'xmr',
    });
  });

  test('latest 42 is below 42.685: signal (a drop counts as much as a jump)', () => {
    expect(signalOf(row(50, [52, 48, 51, 49, 42])).latest).toBe('signal');
  });

  test('the baseline counts as the first point: 6 points with a baseline, 5 without', () => {
    expect(signalOf(row(50, [52, 48, 51, 49, 60])).latest).toBe('signal');
    expect(signalOf(row(null, [52, 48, 51, 49, 60]))).toMatchObject({
      latest: 'insufficient',
      method: 'xmr',
    });
  });

  test('fewer than 6 points and no counts: insufficient', () => {
    expect(signalOf(row(10, [20])).latest).toBe('insufficient');
    expect(signalOf(row(null, [])).latest).toBe('insufficient');
  });

  test('flat history 10, 10, 10, 10, 10: the same value again is noise, any change is a signal', () => {
    expect(signalOf(row(10, [10, 10, 10, 10, 10])).latest).toBe('noise');
    expect(signalOf(row(10, [10, 10, 10, 10, 11])).latest).toBe('signal');
  });

  test('float crumbs on a flat history (0.1 + 0.2 vs 0.3) are noise', () => {
    expect(signalOf(row(0.3, [0.3, 0.3, 0.3, 0.3, 0.1 + 0.2])).latest).toBe('noise');
  });
});

describe('signal or noise: two-proportion test for rates with counts', () => {
  // 45/120 = 0.375 then 30/118 = 0.2542; pooled 75/238 = 0.31513;
  // se = √(0.31513 × 0.68487 × (1/120 + 1/118)) = 0.060229; z = (0.2542 − 0.375) / 0.060229 = −2.0051;
  // two-sided p = 0.04496 < 0.05 → signal.
  test('45/120 → 30/118: z = −2.005, p = 0.0450: signal', () => {
    const s = signalOf(countedRate([45, 120], [30, 118]));
    expect(s).toMatchObject({ latest: 'signal', method: 'two_proportion' });
    if (s.method !== 'two_proportion') throw new Error('expected two_proportion');
    expect(s.z).toBeCloseTo(-2.0050653335453634, 10);
    expect(s.p).toBeCloseTo(0.0449560629354149, 10);
  });

  // 45/120 then 40/118: pooled 85/238; z = −0.5798, p = 0.562 → noise.
  test('45/120 → 40/118: z = −0.580, p = 0.562: noise', () => {
    const s = signalOf(countedRate([45, 120], [40, 118]));
    expect(s).toMatchObject({ latest: 'noise', method: 'two_proportion' });
    if (s.method !== 'two_proportion') throw new Error('expected two_proportion');
    expect(s.p).toBeCloseTo(0.5620552253221283, 10);
  });

  test('the baseline counts are used when the previous point is the baseline', () => {
    const s = signalOf(
      row(45 / 120, [30 / 118], {
        isRate: true,
        baselineCounts: { successes: 45, trials: 120 },
        counts: [{ successes: 30, trials: 118 }],
      }),
    );
    expect(s).toMatchObject({ latest: 'signal', method: 'two_proportion' });
  });

  test('counts are preferred over XmR even with 6+ points', () => {
    const values = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    const counts = values.map(() => ({ successes: 50, trials: 100 }));
    expect(signalOf(row(0.5, values, { isRate: true, counts }))).toMatchObject({
      latest: 'noise',
      method: 'two_proportion',
    });
  });

  test('0/50 → 0/60: both 0%, nothing moved: noise (no division by zero)', () => {
    const s = signalOf(countedRate([0, 50], [0, 60]));
    expect(s).toMatchObject({ latest: 'noise', method: 'two_proportion', z: 0, p: 1 });
  });

  test('counts on only the latest point, or on a non-rate metric: falls back to XmR', () => {
    const onlyLatest = row(null, [0.4, 0.3], {
      isRate: true,
      counts: [undefined, { successes: 30, trials: 100 }],
    });
    expect(signalOf(onlyLatest)).toMatchObject({ latest: 'insufficient', method: 'xmr' });
    const notRate = row(null, [45, 30], {
      counts: [
        { successes: 45, trials: 120 },
        { successes: 30, trials: 118 },
      ],
    });
    expect(signalOf(notRate)).toMatchObject({ latest: 'insufficient', method: 'xmr' });
  });

  test('impossible counts (successes > trials, zero trials) are ignored', () => {
    const s = signalOf(
      row(null, [0.4, 0.3], {
        isRate: true,
        counts: [
          { successes: 150, trials: 120 },
          { successes: 3, trials: 0 },
        ],
      }),
    );
    expect(s).toMatchObject({ latest: 'insufficient', method: 'xmr' });
  });
});
