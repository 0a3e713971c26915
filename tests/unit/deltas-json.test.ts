import { analyzeSeries } from '../../src/core/review/analysis';
import { groupJson, quartersJson, rowAnalysisJson } from '../../src/core/review/analysis-json';
import { parseIso, type DayNumber } from '../../src/core/dates';
import { analyzeGroups } from '../../src/core/review/group-rollup';
import type { SeriesInput } from '../../src/core/stats/series';

function day(iso: string): DayNumber {
  const d = parseIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

const DATES = ['2025-02-01', '2025-05-01', '2025-08-01', '2025-11-01', '2026-02-01', '2026-05-01'];

function row(baseline: number | null, values: ReadonlyArray<number>): SeriesInput {
  return {
    baseline,
    points: values.map((value, i) => ({ day: day(DATES[i]), value })),
    polarity: 'higher_is_better',
    isRate: false,
  };
}

describe('review --json: the deltas-and-trends contract', () => {
  test('a row with baseline 100 and 6 reviews serialises to exactly the contract shape', () => {
    const json = rowAnalysisJson(analyzeSeries(row(100, [120, 130, 125, 140, 150, 90])));
    expect(Object.keys(json)).toEqual(['deltas', 'vsBaseline', 'signal', 'trend']);
    expect(json.deltas[0]).toEqual({
      from: 'baseline',
      to: '2025-02-01',
      abs: 20,
      pct: 0.2,
      direction: 'improved',
    });
    expect(json.deltas[1]).toEqual({
      from: '2025-02-01',
      to: '2025-05-01',
      abs: 10,
      pct: 10 / 120,
      direction: 'improved',
    });
    expect(json.deltas).toHaveLength(6);
    // 90 − 100 = −10, −10%
    expect(json.vsBaseline).toEqual({ abs: -10, pct: -0.1, direction: 'worsened' });
    // Earlier 100,120,130,125,140,150: mean 765/6 = 127.5; mR̄ = (20+10+5+15+10)/5 = 12;
    // limits 127.5 ± 31.92 = [95.58, 159.42]; 90 is below → signal.
    expect(json.signal).toEqual({ latest: 'signal', method: 'xmr' });
    expect(Object.keys(json.trend)).toEqual(['direction', 'slopePerYear', 'p', 'points']);
    expect(json.trend.points).toBe(6);
    expect(json.trend.direction).toBe('flat');
  });

  test('no baseline, 2 reviews: vsBaseline null, signal insufficient, trend insufficient with nulls', () => {
    const json = rowAnalysisJson(analyzeSeries(row(null, [10, 12])));
    expect(json).toEqual({
      deltas: [{ from: '2025-02-01', to: '2025-05-01', abs: 2, pct: 0.2, direction: 'improved' }],
      vsBaseline: null,
      signal: { latest: 'insufficient', method: 'xmr' },
      trend: { direction: 'insufficient', slopePerYear: null, p: null, points: 2 },
    });
  });

  test('JSON survives a round trip unchanged (no undefined, NaN or Infinity in it)', () => {
    const json = rowAnalysisJson(analyzeSeries(row(0, [0, 5, 5, 10, 0, 3])));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('groups: { group, rows, deltas, trend }', () => {
    const [g] = analyzeGroups([
      { row: 4, group: 'Webinars', series: row(10, [12, 14]) },
      { row: 6, group: 'Webinars', series: row(5, [6, 4]) },
    ]);
    expect(groupJson(g)).toEqual({
      group: 'Webinars',
      rows: [4, 6],
      deltas: [
        { from: 'baseline', to: '2025-02-01', abs: 3, pct: 0.2, direction: 'improved' },
        { from: '2025-02-01', to: '2025-05-01', abs: 0, pct: 0, direction: 'unchanged' },
      ],
      trend: { direction: 'insufficient', slopePerYear: null, p: null, points: 2 },
    });
  });

  test('quarters JSON labels quarters "YYYY-Qn": 2026-Q2 (90) vs 2026-Q1 (150) and vs 2025-Q2 (130)', () => {
    const q = quartersJson(analyzeSeries(row(100, [120, 130, 125, 140, 150, 90])).quarters);
    expect(q.quarterOverQuarter).toEqual({
      from: '2026-Q1',
      to: '2026-Q2',
      abs: -60,
      pct: -0.4,
      direction: 'worsened',
    });
    expect(q.yearOverYear).toMatchObject({ from: '2025-Q2', to: '2026-Q2', abs: -40 });
  });
});
