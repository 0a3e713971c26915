import { addDays, parseIso, toIso, type DayNumber } from '../../src/core/dates';
import {
  analyzeGroups,
  opposingTrends,
  rollUpGroups,
  type GroupMember,
} from '../../src/core/review/group-rollup';
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
  test('counts compare like with like: 100+50 → 90+40 is −20 (−13.3 %); a joiner’s 10 adds nothing', () => {
    const [g] = rollUpGroups([
      member(4, 'Webinars', 80, [100, 90]),
      member(5, 'Webinars', 20, [50, 40]),
      member(6, 'webinars', null, [null, 10]),
    ]);
    expect(g.group).toBe('Webinars');
    expect(g.rows).toEqual([4, 5, 6]);
    expect(g.series.baseline?.value).toBe(100);
    // Baseline 80+20 = 100 → 150 (+50 %), then rows 4 and 5 alone: 150 → 130.
    expect(g.deltas.map((d) => [d.abs, d.direction])).toEqual([
      [50, 'improved'],
      [-20, 'worsened'],
    ]);
    expect(g.deltas[1].pct).toBeCloseTo(-20 / 150, 15);
    expect(g.series.reviews.map((p) => [toIso(p.day), p.value])).toEqual([
      [toIso(review(0)), 150],
      [toIso(review(1)), 130],
    ]);
    expect(g.contributors).toEqual([2, 3]);
    expect(g.consistent).toBe(true);
  });

  test('one blank cell never makes the group swing (white papers: 616+461 then one blank)', () => {
    // Two white papers; the second has no number on the third review. Summing whatever is
    // present read 1077 → 600 → 1070: −44 % then +78 %. Like with like it is −1.1 % then +0.3 %.
    const [g] = analyzeGroups([
      member(29, 'White papers', null, [616, 617, 600, 596]),
      member(30, 'White papers', null, [null, 461, null, 470]),
    ]);
    expect(g.deltas.map((d) => [toIso(d.to), d.abs])).toEqual([
      [toIso(review(1)), 1],
      [toIso(review(2)), -17],
      [toIso(review(3)), -4],
    ]);
    expect(g.deltas.map((d) => Math.abs(d.pct ?? 0)).every((p) => p < 0.03)).toBe(true);
    expect(g.trend.direction).not.toBe('rising');
  });

  test('a member leaving does not drop the group, and a period nobody shares has no change', () => {
    const [g] = analyzeGroups([
      member(2, 'Emails', null, [500, 480, null, null]),
      member(3, 'Emails', null, [null, null, 300, 310]),
    ]);
    // 500 → 480 (row 2), nothing shared between reviews 1 and 2, then 300 → 310 (row 3).
    expect(g.deltas.map((d) => [toIso(d.to), d.abs])).toEqual([
      [toIso(review(1)), -20],
      [toIso(review(3)), 10],
    ]);
  });

  test('rates are averaged: open rates 0.20 and 0.30 → 0.25', () => {
    const [g] = rollUpGroups([
      member(2, 'Emails', 0.18, [0.2], { isRate: true }),
      member(3, 'Emails', 0.22, [0.3], { isRate: true }),
    ]);
    expect(g.series.baseline?.value).toBeCloseTo(0.2, 15);
    expect(g.series.reviews[0].value).toBeCloseTo(0.25, 15);
  });

  test('a rate group compares the mean of the members present in both periods', () => {
    // 0.20 and 0.30, then 0.22 and a blank: the matched mean moves 0.20 → 0.22 (+2 points),
    // not 0.25 → 0.22.
    const [g] = rollUpGroups([
      member(2, 'Emails', null, [0.2, 0.22], { isRate: true }),
      member(3, 'Emails', null, [0.3, null], { isRate: true }),
    ]);
    expect(g.deltas[0].abs).toBeCloseTo(0.02, 15);
    expect(g.deltas[0].direction).toBe('improved');
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
