/**
 * The sidebar's due list, grouped by week: everything due before this week in one bucket, then
 * one bucket per Monday-to-Sunday week in date order ("this week" named as such), rows without a
 * next review last. Rows keep their order (most pressing first) inside a bucket.
 */
import fc from 'fast-check';
import { parseIso, toIso } from '../../src/core/dates';
import type { DueRow } from '../../src/gas/api';
import { groupByWeek, mondayOf } from '../../sidebar/weeks';

function due(name: string, nextReview: string | null): DueRow {
  return {
    row: 2,
    name,
    type: 'nurture',
    owner: null,
    group: null,
    status: 'overdue',
    nextReview,
    lastReview: null,
    lastChange: null,
    trend: 'flat',
    series: [],
    isRate: false,
    reasons: [],
  };
}

const names = (rows: readonly DueRow[]): string[] => rows.map((r) => r.name);

describe('mondayOf', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday is its own week's Monday
    ['2026-11-29', '2026-11-23'], // Sunday closes the week that began on Monday
    ['2026-11-22', '2026-11-16'],
    ['2026-01-01', '2025-12-29'], // the week straddles the new year
    ['1970-01-01', '1969-12-29'], // day 0, a Thursday
    ['1969-12-31', '1969-12-29'], // negative day numbers too
  ])('the Monday of %s is %s', (day, monday) => {
    expect(toIso(mondayOf(parseIso(day)!))).toBe(monday);
  });

  it('is a Monday on or at most six days before the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), (day) => {
        const monday = mondayOf(day);
        expect(day - monday).toBeGreaterThanOrEqual(0);
        expect(day - monday).toBeLessThanOrEqual(6);
        expect(new Date(monday * 86_400_000).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe('groupByWeek on Sunday 2026-11-22 (this week: Monday 16 to Sunday 22)', () => {
  const rows = [
    due('Scoring', '2026-10-01'),
    due('Welcome nurture', '2026-11-15'), // last Sunday: before this week
    due('Lead routing', '2026-11-16'),
    due('Webinars', '2026-11-22'),
    due('Emails', '2026-11-29'), // next Sunday: next week, listed before Monday's row
    due('Unscheduled', null),
    due('Videos', '2026-11-23'),
    due('Typo', 'next week'),
  ];
  const groups = groupByWeek(rows, '2026-11-22');

  it('buckets overdue, this week, each later week by its Monday, then no date', () => {
    expect(groups.map((g) => (g.kind === 'week' ? g.monday : g.kind))).toEqual([
      'before',
      'this_week',
      '2026-11-23',
      'no_date',
    ]);
    expect(groups.map((g) => names(g.rows))).toEqual([
      ['Scoring', 'Welcome nurture'],
      ['Lead routing', 'Webinars'],
      ['Emails', 'Videos'],
      ['Unscheduled', 'Typo'],
    ]);
  });

  it('leaves out empty buckets and keeps every row exactly once', () => {
    expect(groupByWeek([due('Later', '2027-01-05')], '2026-11-22')).toEqual([
      { kind: 'week', monday: '2027-01-04', rows: [due('Later', '2027-01-05')] },
    ]);
    expect(groups.flatMap((g) => names(g.rows)).sort()).toEqual(names(rows).sort());
  });

  it('puts every row under "no date" when today is unreadable', () => {
    expect(groupByWeek(rows, '')).toEqual([{ kind: 'no_date', rows }]);
  });
});
