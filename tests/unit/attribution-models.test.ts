import type { Grid } from '../../src/core/types';
import { englishNotes, pathsGrid, reportOf, THREE_PATHS } from '../support/influence';
import { type Credits, MODEL_NAMES, type ModelName } from '../../src/core/attribution';

function expectCredits(actual: Credits | undefined, expected: Record<string, number>): void {
  expect(actual).toBeDefined();
  expect(Object.keys(actual ?? {}).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) expect(actual?.[key]).toBeCloseTo(value, 10);
}

/** A touch table with both milestones, for the W-shaped and full-path models. */
const MILESTONE_HEADER = [
  'Prospect',
  'Campaign',
  'Touched at',
  'Converted at',
  'Lead created at',
  'Opportunity created at',
];

describe('rule-based models on the three-path fixture (10 conversions)', () => {
  const r = reportOf(THREE_PATHS);

  // Each row: the model, the credits worked by hand, and how.
  test.each<[ModelName, Record<string, number>, string]>([
    ['first_touch', { direct: 2, search: 8, email: 0, social: 0 }, 'search 3 + 5 = 8'],
    ['last_touch', { direct: 2, email: 8, search: 0, social: 0 }, 'email 3 + 5 = 8'],
    ['linear', { direct: 2, search: 1.5 + 5 / 3, email: 1.5 + 5 / 3, social: 5 / 3 }, '3/2 + 5/3'],
    // 2 touches → 50/50, 3 touches → 40/20/40.
    ['u_shaped', { direct: 2, search: 3.5, email: 3.5, social: 1 }, 'search 1.5 + 2 = 3.5'],
    // No milestones: 30 first, 30+30 last, 10 middle. search > email: [.3, .6] renormalised →
    // [1/3, 2/3] × 3 = search 1, email 2; search > social > email: [.3, .1, .6] × 5.
    ['w_shaped', { direct: 2, search: 2.5, social: 0.5, email: 5 }, 'search 1 + 1.5'],
    // No milestones: 22.5 first, 67.5 last, 10 middle. search > email: [.225, .675] / .9 × 3 =
    // search .75, email 2.25; search > social > email: [.225, .1, .675] × 5 = 1.125, .5, 3.375.
    ['full_path', { direct: 2, search: 1.875, social: 0.5, email: 5.625 }, 'search .75 + 1.125'],
    // Each distinct channel of a journey gets c/|S|.
    ['shapley', { direct: 2, search: 1.5 + 5 / 3, email: 1.5 + 5 / 3, social: 5 / 3 }, 'c/|S|'],
  ])('%s: %j (%s)', (model, credits) => {
    expectCredits(r.models[model], credits);
  });

  test('markov, no nulls: RE direct .2, search .8, email .8, social .5; credit 10 × RE / 2.3', () => {
    // Removing social: search → email (3/8) converts, search → social (5/8) is lost;
    // CR = .2 (direct) + .8 × 3/8 = .5, so RE_social = .5.
    expectCredits(r.removalEffects, { direct: 0.2, search: 0.8, email: 0.8, social: 0.5 });
    expectCredits(r.models.markov, {
      direct: (10 * 0.2) / 2.3,
      search: (10 * 0.8) / 2.3,
      email: (10 * 0.8) / 2.3,
      social: (10 * 0.5) / 2.3,
    });
  });

  test('time_decay is left out for paths, with a note', () => {
    expect(r.models.time_decay).toBeUndefined();
    expect(englishNotes(r)).toContain('time_decay needs touch dates: not computed for paths');
  });

  test('no total_null column: conversion rate unknown', () => {
    expect(r.conversionRate).toBeNull();
    expect(r.conversions).toBe(10);
  });
});

describe("ChannelAttribution's vignette", () => {
  // A>B>A>B>B>A, A>B>B>A>A, A>A, one conversion each. Counts out of A: →B 3, →A 2, →conv 3.
  // Without B: x_A = 3/8 + 2/8 x_A → x_A = .5, RE_B = .5; without A nothing converts, RE_A = 1.
  // Credit: 3 × 1 / 1.5 = 2 for A, 3 × .5 / 1.5 = 1 for B.
  const grid: Grid = pathsGrid(
    ['A > B > A > B > B > A', 1],
    ['A > B > B > A > A', 1],
    ['A > A', 1],
  );

  test('markov {A 2, B 1}', () => {
    const r = reportOf(grid);
    expectCredits(r.models.markov, { A: 2, B: 1 });
    expectCredits(r.removalEffects, { A: 1, B: 0.5 });
  });

  test('linear counts repeats: A 3/6 + 3/5 + 2/2 = 2.1, B 0.9', () => {
    const r = reportOf(grid);
    expectCredits(r.models.linear, { A: 0.5 + 0.6 + 1, B: 0.5 + 0.4 });
  });
});

describe('revenue', () => {
  const grid: Grid = [
    ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
    ['direct', 2, 100, 8],
    ['search > email', 3, 300, 7],
  ];
  const r = reportOf(grid);

  test('rule models split value like conversions: u_shaped search 150, email 150, direct 100', () => {
    expectCredits(r.revenue.u_shaped, { direct: 100, search: 150, email: 150 });
  });

  test('conversion rate = 5 / (5 + 15) = .25', () => {
    expect(r.conversionRate).toBeCloseTo(0.25, 12);
  });

  test('markov revenue uses value removal effects: direct .25, search .75, email .75', () => {
    // Expected value per start = (2 × 50 + 3 × 100) / 20 = 20; without direct 15, without search
    // or email 5: RE_v = .25, .75, .75 → revenue 400 × RE_v / 1.75.
    expectCredits(r.revenue.markov, {
      direct: 400 * (0.25 / 1.75),
      search: 400 * (0.75 / 1.75),
      email: 400 * (0.75 / 1.75),
    });
    // Conversions: CR = 5/20 = .25; without direct .15 (RE .4), without search or email .1 (RE .6).
    expectCredits(r.removalEffects, { direct: 0.4, search: 0.6, email: 0.6 });
  });

  test('every model conserves 5 conversions and 400 of revenue', () => {
    for (const name of MODEL_NAMES) {
      const credits = r.models[name];
      if (!credits) continue;
      const sum = (c: Credits) => Object.values(c).reduce((a, b) => a + b, 0);
      expect(sum(credits)).toBeCloseTo(5, 9);
      expect(sum(r.revenue[name] ?? {})).toBeCloseTo(400, 9);
    }
  });
});

describe('touch models with dates, same-day handling and milestones', () => {
  // p1: Webinar Jan 5, Newsletter Jan 20, Retargeting Feb 1 09:00, Site Feb 1 14:00,
  // converted Feb 1 16:00 for 1000.
  const grid: Grid = [
    ['Prospect', 'Campaign', 'Channel', 'Touched at', 'Converted at', 'Revenue'],
    ['p1', 'Webinar', 'event', '2026-01-05', '2026-02-01 16:00', 1000],
    ['p1', 'Newsletter', 'email', '2026-01-20', '', ''],
    ['p1', 'Retargeting', 'social', '2026-02-01 09:00', '', ''],
    ['p1', 'Site', 'web', '2026-02-01 14:00', '', ''],
  ];

  test('last touch with same-day on: Retargeting and Site (both Feb 1) get .5 each', () => {
    const r = reportOf(grid);
    expectCredits(r.models.last_touch, { Webinar: 0, Newsletter: 0, Retargeting: 0.5, Site: 0.5 });
    expectCredits(r.revenue.last_touch, { Webinar: 0, Newsletter: 0, Retargeting: 500, Site: 500 });
    expect(englishNotes(r)).toContain(
      '1 conversion had several touches on the last day: they share the last-touch credit',
    );
  });

  test('last touch with same-day off: Site 1', () => {
    const r = reportOf(grid, { sameDay: false });
    expectCredits(r.models.last_touch, { Webinar: 0, Newsletter: 0, Retargeting: 0, Site: 1 });
  });

  test('u_shaped same-day on: Webinar .4, Newsletter .2 (middle), Retargeting .2, Site .2', () => {
    expectCredits(reportOf(grid).models.u_shaped, {
      Webinar: 0.4,
      Newsletter: 0.2,
      Retargeting: 0.2,
      Site: 0.2,
    });
  });

  test('u_shaped same-day off: Webinar .4, middle .2 / 2 each, Site .4', () => {
    expectCredits(reportOf(grid, { sameDay: false }).models.u_shaped, {
      Webinar: 0.4,
      Newsletter: 0.1,
      Retargeting: 0.1,
      Site: 0.4,
    });
  });

  test('time decay, half-life 7: weights 2^(-27/7), 2^(-12/7), 1, 1 normalised', () => {
    const w = [2 ** (-27 / 7), 2 ** (-12 / 7), 1, 1];
    const sum = w.reduce((a, b) => a + b, 0);
    expectCredits(reportOf(grid).models.time_decay, {
      Webinar: w[0] / sum,
      Newsletter: w[1] / sum,
      Retargeting: w[2] / sum,
      Site: w[3] / sum,
    });
  });

  test('time decay, half-life 12: Newsletter weighs 2^-1 = .5', () => {
    const w = [2 ** (-27 / 12), 0.5, 1, 1];
    const sum = w.reduce((a, b) => a + b, 0);
    expect(reportOf(grid, { halfLifeDays: 12 }).models.time_decay?.Newsletter).toBeCloseTo(
      0.5 / sum,
      12,
    );
  });

  test('credit per channel instead of campaign', () => {
    expectCredits(reportOf(grid, { by: 'channel' }).models.first_touch, {
      event: 1,
      email: 0,
      social: 0,
      web: 0,
    });
  });

  test('milestones: lead created Jan 2 → B, opportunity Jan 4 → D, E after the opportunity', () => {
    const g: Grid = [
      MILESTONE_HEADER,
      ['p', 'A', '2026-01-01', '2026-01-06', '2026-01-02', '2026-01-04'],
      ['p', 'B', '2026-01-02', '', '', ''],
      ['p', 'C', '2026-01-03', '', '', ''],
      ['p', 'D', '2026-01-04', '', '', ''],
      ['p', 'E', '2026-01-05', '', '', ''],
    ];
    const r = reportOf(g);
    // W: first A .3, lead B .3, opportunity D .3, C (between) .1, E after the opportunity 0.
    expectCredits(r.models.w_shaped, { A: 0.3, B: 0.3, C: 0.1, D: 0.3, E: 0 });
    // Full path adds the last touch: A, B, D, E .225 each, C .1.
    expectCredits(r.models.full_path, { A: 0.225, B: 0.225, C: 0.1, D: 0.225, E: 0.225 });
    // U: first A .4, lead B .4, nothing between them → renormalised to .5 / .5.
    expectCredits(r.models.u_shaped, { A: 0.5, B: 0.5, C: 0, D: 0, E: 0 });
    expect(englishNotes(r).some((n) => n.startsWith('no lead or opportunity'))).toBe(false);
  });

  test('coinciding milestones merge: lead and opportunity both on B → B .6', () => {
    const g: Grid = [
      MILESTONE_HEADER,
      ['p', 'A', '2026-01-01', '2026-01-06', '2026-01-02', '2026-01-02'],
      ['p', 'B', '2026-01-02', '', '', ''],
      ['p', 'C', '2026-01-03', '', '', ''],
    ];
    // W: A .3, B .3 + .3; no untouched position before B → renormalise by .9: A 1/3, B 2/3.
    expectCredits(reportOf(g).models.w_shaped, { A: 1 / 3, B: 2 / 3, C: 0 });
  });

  test('one touch gets 100% under every model', () => {
    const g: Grid = [
      ['Prospect', 'Campaign', 'Touched at', 'Converted at'],
      ['p', 'Solo', '2026-01-01', '2026-01-03'],
      ['q', 'Other', '2026-01-01', ''],
    ];
    const r = reportOf(g);
    for (const name of MODEL_NAMES) expect(r.models[name]?.Solo).toBeCloseTo(1, 12);
    expect(r.conversionRate).toBeCloseTo(0.5, 12);
  });
});
