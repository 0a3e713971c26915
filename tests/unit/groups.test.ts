import { addDays, parseIso, toIso, type DayNumber } from '../../src/core/dates';
import {
  analyzeGroups,
  opposingTrends,
  rollUpGroups,
  type GroupMember,
} from '../../src/core/group-rollup';
import type { Polarity } from '../../src/core/types';

const START: DayNumber = parseIso('2025-01-15') ?? 0;
const review = (i: number): DayNumber => addDays(START, 91 * i);

function member(
  row: number,
  group: string,
  baseline: number | null,
  values: ReadonlyArray<number | null>,
  opts: { isRate?: boolean; polarity?: Polarity } = {},
): GroupMember {
  const points = values.flatMap((value, i) => (value === null ? [] : [{ day: review(i), value }]));
  return {
    row,
    group,
    series: {
      baseline,
      points,
      polarity: opts.polarity ?? 'higher_is_better',
      isRate: opts.isRate ?? false,
    },
  };
}

describe('group roll-ups', () => {
  test('counts are summed per review date: webinars 100+50 = 150, then 90+40+10 = 140', () => {
    const [g] = rollUpGroups([
      member(4, 'Webinars', 80, [100, 90]),
      member(5, 'Webinars', 20, [50, 40]),
      member(6, 'webinars', null, [null, 10]),
    ]);
    expect(g.group).toBe('Webinars');
    expect(g.rows).toEqual([4, 5, 6]);
    expect(g.series.baseline?.value).toBe(100);
    expect(g.series.reviews.map((p) => [toIso(p.day), p.value])).toEqual([
      [toIso(review(0)), 150],
      [toIso(review(1)), 140],
    ]);
    expect(g.contributors).toEqual([2, 3]);
    expect(g.consistent).toBe(true);
  });

  test('rates are averaged: open rates 0.20 and 0.30 → 0.25', () => {
    const [g] = rollUpGroups([
      member(2, 'Emails', 0.18, [0.2], { isRate: true }),
      member(3, 'Emails', 0.22, [0.3], { isRate: true }),
    ]);
    expect(g.series.baseline?.value).toBeCloseTo(0.2, 15);
    expect(g.series.reviews[0].value).toBeCloseTo(0.25, 15);
  });

  test('group names match case-, accent- and punctuation-insensitively; blank groups are not groups', () => {
    const groups = rollUpGroups([
      member(2, 'Livres blancs', null, [1]),
      member(3, 'livres-blancs ', null, [2]),
      member(4, '', null, [3]),
      member(5, '   ', null, [4]),
    ]);
    expect(groups.map((g) => [g.group, g.rows])).toEqual([['Livres blancs', [2, 3]]]);
  });

  test('members disagreeing on rate-vs-count are flagged inconsistent', () => {
    const [g] = rollUpGroups([
      member(2, 'Mixed', null, [1]),
      member(3, 'Mixed', null, [0.5], { isRate: true }),
    ]);
    expect(g.consistent).toBe(false);
  });

  test('group deltas and trend: summed series 150 → 140 → … is −10 (−6.7%) worsened', () => {
    const [g] = analyzeGroups([
      member(4, 'Webinars', null, [100, 90, 85, 80, 70]),
      member(5, 'Webinars', null, [50, 50, 45, 40, 35]),
    ]);
    // sums: 150, 140, 130, 120, 105 — strictly falling over 5 reviews → exact p = 2/120
    expect(g.deltas[0]).toMatchObject({ abs: -10, direction: 'worsened' });
    expect(g.deltas[0].pct).toBeCloseTo(-10 / 150, 15);
    expect(g.trend).toMatchObject({ direction: 'falling', outlook: 'worsening', points: 5 });
    expect(g.trend.p).toBeCloseTo(2 / 120, 15);
  });
});

describe('opposite group trends (webinar attendance fading while video leads rise)', () => {
  const groups = analyzeGroups([
    member(4, 'Webinars', 300, [280, 260, 250, 230, 210, 190]),
    member(5, 'Webinars', 120, [110, 105, 100, 90, 95, 80]),
    member(7, 'Videos', 10, [15, 22, 30, 41, 55, 70]),
    member(8, 'Emails', 400, [410, 395, 405, 400, 398, 402]),
  ]);

  test('webinars fall, videos rise, emails are flat', () => {
    expect(groups.map((g) => [g.group, g.trend.direction])).toEqual([
      ['Webinars', 'falling'],
      ['Videos', 'rising'],
      ['Emails', 'flat'],
    ]);
  });

  test('the report pairs Videos (rising) with Webinars (falling), and nothing else', () => {
    const pairs = opposingTrends(groups);
    expect(pairs.map((p) => [p.rising.group, p.falling.group])).toEqual([['Videos', 'Webinars']]);
  });

  test('no pair when nothing moves in opposite directions', () => {
    expect(opposingTrends(groups.filter((g) => g.group !== 'Videos'))).toEqual([]);
  });
});
