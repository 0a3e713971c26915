/**
 * How sure is each credit: percentile bootstrap intervals over journeys (Efron & Tibshirani,
 * "An Introduction to the Bootstrap", ch. 13), seeded, and the rankings they cannot separate.
 */
import { influenceReport } from '../../src/core/attribution';
import { planInfluenceSheet } from '../../src/core/sheet-plans/influence';
import type { CellValue, Grid } from '../../src/core/types';
import { englishNotes, pathsGrid, reportOf } from '../support/influence';
import { generatedPaths } from '../support/seeded';

// Single-step journeys: A 1000 conversions, B 1000, C 100. A's first-touch credit in a replicate
// is the number of A journeys among 2,100 drawn: Binomial(2100, 1000/2100), sd √(2100·p·q) = 22.9,
// so its 95 % interval is about 1000 ± 1.96 × 22.9 = 955 to 1045.
const THREE: Grid = pathsGrid(['A', 1000], ['B', 1000], ['C', 100]);

describe('bootstrap intervals', () => {
  const report = reportOf(THREE);

  test('200 replicates by default, seeded', () => {
    expect(report.uncertainty.replicates).toBe(200);
    expect(reportOf(THREE).uncertainty).toEqual(report.uncertainty);
  });

  test('A: first-touch interval about 955–1045 (binomial sd 22.9)', () => {
    const [low, high] = report.uncertainty.intervals.first_touch?.A ?? [0, 0];
    expect(low).toBeGreaterThan(940);
    expect(low).toBeLessThan(970);
    expect(high).toBeGreaterThan(1030);
    expect(high).toBeLessThan(1060);
  });

  test('every model gets an interval for every campaign, and it holds the credit', () => {
    for (const [model, credits] of Object.entries(report.models)) {
      for (const [key, credit] of Object.entries(credits ?? {})) {
        const range = report.uncertainty.intervals[model as keyof typeof report.models]?.[key];
        expect(range).toBeDefined();
        const [low, high] = range ?? [0, 0];
        expect(low).toBeLessThanOrEqual(credit);
        expect(high).toBeGreaterThanOrEqual(credit);
      }
    }
  });

  test('Markov keeps its interval on a small chain, and no note is added', () => {
    expect(report.uncertainty.intervals.markov?.A).toBeDefined();
    expect(englishNotes(report).filter((n) => n.startsWith('markov has no interval'))).toEqual([]);
  });

  test('too many channels to solve Markov again per replicate: its interval is left out and said', () => {
    // 400 channels: each replicate would solve about 400 removals on some 10,000 transitions
    // (order 1, past the 256 states one inversion handles): minutes for the replicates alone.
    const many = reportOf(generatedPaths(5, 3000, 400), { replicates: 50 });
    const channels = Object.keys(many.models.markov ?? {}).length;
    expect(channels).toBeGreaterThan(256);
    expect(many.uncertainty.intervals.markov).toBeUndefined();
    expect(Object.keys(many.uncertainty.intervals.linear ?? {})).toHaveLength(channels);
    // The chain's states are (start) and one per channel met.
    expect(englishNotes(many)).toContain(
      `markov has no interval: its chain (${channels + 1} states) is too big to solve again for ` +
        '50 replicates; its credit is exact, and the intervals and ties within noise are those of ' +
        'the other models',
    );
    // The sheet keeps Markov's interval column, blank, and its caveat box says why, in French too.
    const plan = planInfluenceSheet(many, 'fr');
    const lines = plan.values.map((row) => String(row[0]).replace(/^'/, '')).join(' ');
    expect(lines).toContain(`markov n’a pas d’intervalle : sa chaîne (${channels + 1} états)`);
    expect(lines).toContain('50 rééchantillonnages');
  });

  test('A and B (1000 each) are tied within noise; C (100) is not tied with them', () => {
    expect(report.uncertainty.tiedWithinNoise).toEqual([['A', 'B']]);
  });

  test('near-ties that the old top-3 label called "robust" or "model-dependent" are ties', () => {
    // 168 and 167 conversions differ by far less than the noise (sd ≈ 12.9 each).
    const near = reportOf(pathsGrid(['webinar', 168], ['email', 167], ['social', 20]));
    expect(near.uncertainty.tiedWithinNoise).toEqual([['webinar', 'email']]);
    const plan = planInfluenceSheet(near, 'en');
    const texts = plan.values.map((row) => String(row[0]).replace(/^'/, ''));
    expect(texts).toContain('webinar and email are tied within noise: the data cannot rank them.');
  });

  test('0 replicates: no intervals, no ties, and the sheet has no interval column', () => {
    const none = reportOf(THREE, { replicates: 0 });
    expect(none.uncertainty).toMatchObject({ replicates: 0, intervals: {}, tiedWithinNoise: [] });
    const header = planInfluenceSheet(none, 'en').values[
      planInfluenceSheet(none, 'en').headerRow - 1
    ];
    expect(header.some((cell) => String(cell).includes('95 %'))).toBe(false);
  });

  test('a replicates setting that cannot be used falls back to 200 with a note', () => {
    const result = influenceReport(THREE, { replicates: 2.5 });
    if (!result.ok) throw new Error('fixture');
    expect(result.report.uncertainty.replicates).toBe(200);
    expect(englishNotes(result.report)[0]).toBe(
      'replicates must be a whole number from 0 to 2000: using 200',
    );
  });

  test('touch tables: a journey is a lead; 40 leads of one campaign give it 40 (interval 40–40)', () => {
    const grid: CellValue[][] = [['Prospect', 'Campaign', 'Touched at', 'Converted at']];
    for (let i = 0; i < 40; i++) {
      grid.push([`P${i}`, 'Email', '2026-03-01', '2026-03-02']);
    }
    const r = reportOf(grid);
    // Every resampled set has 40 converting Email journeys: no noise at all.
    expect(r.uncertainty.intervals.linear?.Email).toEqual([40, 40]);
  });

  test('a million-row export stays bounded: 210,000 journeys, A first-touch interval about 99,551–100,449', () => {
    // 210,000 journeys is more than a replicate draws (MAX_DRAWS): each replicate draws 20,000 and
    // is rescaled (m-out-of-n bootstrap) to the spread of 210,000 draws: Binomial(210000,
    // 100000/210000), sd √(210000·p·q) = 228.9, so 100,000 ± 1.96 × 228.9 = 99,551 to 100,449.
    const big = reportOf(pathsGrid(['A', 100_000], ['B', 100_000], ['C', 10_000]));
    const [low, high] = big.uncertainty.intervals.first_touch?.A ?? [0, 0];
    expect(low).toBeGreaterThan(99_400);
    expect(low).toBeLessThan(99_700);
    expect(high).toBeGreaterThan(100_300);
    expect(high).toBeLessThan(100_600);
    expect(big.uncertainty.tiedWithinNoise).toEqual([['A', 'B']]);
  });

  test('Markov at order 2: the intervals are those of the order-2 credits, and hold them', () => {
    const grid: Grid = [
      ['path', 'total_conversions', 'total_null'],
      ['A > B > C', 40, 20],
      ['B > A > C', 10, 30],
      ['C > B', 25, 25],
      ['A > C', 5, 40],
    ];
    const result = influenceReport(grid, { markovOrder: 2 });
    if (!result.ok) throw new Error('fixture');
    const { models, uncertainty: u } = result.report;
    for (const [key, credit] of Object.entries(models.markov ?? {})) {
      const [low, high] = u.intervals.markov?.[key] ?? [0, 0];
      expect(low).toBeLessThanOrEqual(credit);
      expect(high).toBeGreaterThanOrEqual(credit);
    }
  });
});
