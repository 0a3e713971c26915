import { toIso } from '../../src/core/dates';
import { reviewSheet } from '../../src/core/review/review';
import type { CadenceSettings } from '../../src/core/review/schedule';
import type { ReviewStatus } from '../../src/core/types';
import { day, reviewed, RowSpec, sheetGrid, ZONES } from './review-fixtures';

const REVIEW_DATES = [
  '2026-02-01',
  '2026-05-01',
  '2026-08-01',
  '2026-09-15',
  '2026-10-01',
  '2027-01-15',
];

interface Case {
  title: string;
  today: string;
  rows: RowSpec[];
  settings?: CadenceSettings;
  /** Expected for the first row. */
  last: string | null;
  next: string | null;
  status: ReviewStatus;
  reason?: RegExp;
}

const ACCEPTANCE = 'MQL acceptance rate';

const CASES: Case[] = [
  // nurture
  {
    title: 'nurture reviewed 2026-08-01 → next 2026-10-30 (Aug 1 + 90 d), overdue on 2026-11-22',
    today: '2026-11-22',
    rows: [reviewed('Welcome nurture', 'Nurture', '2026-08-01', 120)],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'overdue',
    reason: /Overdue by 23 days/,
  },
  {
    title:
      'nurture never reviewed, set up 2026-03-01 → next 2026-05-30 (Mar 1 + 90 d), due soon on 2026-05-25 (5 d ≤ 7)',
    today: '2026-05-25',
    rows: [{ name: 'N', type: 'Programme de nurturing', setUpOn: '2026-03-01' }],
    last: null,
    next: '2026-05-30',
    status: 'due_soon',
    reason: /Due in 5 days/,
  },
  {
    title:
      'nurture with Cadence (days) 45, reviewed 2026-08-01 → next 2026-09-15, ok on 2026-09-01 (14 d > 7)',
    today: '2026-09-01',
    rows: [{ name: 'N', type: 'nurturing', cadence: 45, values: { '2026-08-01': 1 } }],
    last: '2026-08-01',
    next: '2026-09-15',
    status: 'ok',
    reason: /Cadence \(days\) column sets a review every 45 days/,
  },
  {
    title:
      'nurture: a value in the 2027-01-15 column (after today 2026-11-22) does not count: last stays 2026-10-01, next 2026-12-30',
    today: '2026-11-22',
    rows: [{ name: 'N', type: 'Nurture', values: { '2026-10-01': 1, '2027-01-15': 2 } }],
    last: '2026-10-01',
    next: '2026-12-30',
    status: 'ok',
  },
  // automation rules
  {
    title:
      'automation rule set up 2026-10-01, not reviewed → next 2026-10-31 (set-up + 30 d), overdue on 2026-11-22',
    today: '2026-11-22',
    rows: [{ name: 'A', type: "Règle d'automatisation", setUpOn: '2026-10-01' }],
    last: null,
    next: '2026-10-31',
    status: 'overdue',
    reason: /first review 30 days after set-up, on 2026-10-31/,
  },
  {
    title:
      'automation rule reviewed 2026-08-01 (set up 2026-06-01) → next 2026-10-30 (last + 90 d)',
    today: '2026-11-22',
    rows: [
      { name: 'A', type: 'Automation rule', setUpOn: '2026-06-01', values: { '2026-08-01': 3 } },
    ],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'overdue',
  },
  {
    title:
      'automation rule with Cadence (days) 60 still gets its first review at set-up + 30: 2026-09-01 + 30 = 2026-10-01',
    today: '2026-09-20',
    rows: [{ name: 'A', type: 'Automation rule', setUpOn: '2026-09-01', cadence: 60 }],
    last: null,
    next: '2026-10-01',
    status: 'collecting',
  },
  {
    title:
      'automation rule set up 2026-10-23, today 2026-11-22 (30 d of data) → not collecting, first review due today',
    today: '2026-11-22',
    rows: [{ name: 'A', type: 'Automation rule', setUpOn: '2026-10-23' }],
    last: null,
    next: '2026-11-22',
    status: 'due_soon',
    reason: /Due today/,
  },
  // 30 days of data first
  {
    title:
      'collecting: nurture set up 2026-11-10, today 2026-11-22 (12 d < 30) → next 2026-12-10 (set-up + 30 d)',
    today: '2026-11-22',
    rows: [{ name: 'N', type: 'Nurture', setUpOn: '2026-11-10' }],
    last: null,
    next: '2026-12-10',
    status: 'collecting',
    reason: /collect 30 days of data first; first review on 2026-12-10/,
  },
  {
    title:
      'collecting: set up 2026-11-01 after a review value on 2026-10-01 still collects until 2026-12-01',
    today: '2026-11-22',
    rows: [{ name: 'C', type: 'Content', setUpOn: '2026-11-01', values: { '2026-10-01': 5 } }],
    last: '2026-10-01',
    next: '2026-12-01',
    status: 'collecting',
  },
  // scoring rules
  {
    title: 'scoring rule reviewed 2026-08-01 → next 2026-10-30 (+ 90 d), overdue on 2026-11-22',
    today: '2026-11-22',
    rows: [reviewed('S', 'Scoring rule', '2026-08-01', 10)],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'overdue',
  },
  {
    title: 'tuned scoring rule reviewed 2026-08-01 → next 2027-01-30 (+ 182 d), ok on 2026-11-22',
    today: '2026-11-22',
    rows: [{ name: 'S', type: 'Règle de notation', tuned: true, values: { '2026-08-01': 10 } }],
    last: '2026-08-01',
    next: '2027-01-30',
    status: 'ok',
    reason: /twice a year \(every 182 days\)/,
  },
  {
    title:
      'scoring rule, MQL acceptance 42 % on 2026-10-01 (< 50 %) → urgent, next = today 2026-11-22',
    today: '2026-11-22',
    rows: [{ name: 'S', type: 'Scoring rule', metric: ACCEPTANCE, values: { '2026-10-01': 0.42 } }],
    last: '2026-10-01',
    next: '2026-11-22',
    status: 'urgent',
    reason: /MQL acceptance was 42 % on 2026-10-01, below 50 %/,
  },
  {
    title:
      'scoring rule, MQL acceptance exactly 50 % on 2026-10-01 → not urgent, next 2026-12-30 (+ 90 d), ok',
    today: '2026-11-22',
    rows: [{ name: 'S', type: 'Scoring rule', metric: ACCEPTANCE, values: { '2026-10-01': 0.5 } }],
    last: '2026-10-01',
    next: '2026-12-30',
    status: 'ok',
  },
  {
    title: 'scoring rule, "% MQL acceptés" typed "45/120" (37.5 %) → urgent',
    today: '2026-11-22',
    rows: [
      {
        name: 'S',
        type: 'Règle de scoring',
        metric: '% MQL acceptés',
        values: { '2026-10-01': '45/120' },
      },
    ],
    last: '2026-10-01',
    next: '2026-11-22',
    status: 'urgent',
  },
  {
    title: 'scoring rule, acceptance typed as 42 (percent points) → read as 42 % → urgent',
    today: '2026-11-22',
    rows: [
      {
        name: 'S',
        type: 'Scoring rule',
        metric: "Taux d'acceptation des MQL",
        values: { '2026-10-01': 42 },
      },
    ],
    last: '2026-10-01',
    next: '2026-11-22',
    status: 'urgent',
  },
  {
    title:
      'scoring rule: 40 % on 2026-08-01 then 60 % on 2026-10-01 → only the latest counts, next 2026-12-30',
    today: '2026-11-22',
    rows: [
      {
        name: 'S',
        type: 'Scoring rule',
        metric: ACCEPTANCE,
        values: { '2026-08-01': '40 %', '2026-10-01': '60 %' },
      },
    ],
    last: '2026-10-01',
    next: '2026-12-30',
    status: 'ok',
  },
  {
    title:
      'urgent rule is for scoring rules only: a nurture at 30 % MQL acceptance on 2026-10-01 → next 2026-12-30',
    today: '2026-11-22',
    rows: [{ name: 'N', type: 'Nurture', metric: ACCEPTANCE, values: { '2026-10-01': 0.3 } }],
    last: '2026-10-01',
    next: '2026-12-30',
    status: 'ok',
  },
  // lead assignment
  {
    title:
      'lead assignment, sales cycle 120 d, reviewed 2026-08-01 → next 2026-11-29 (+ max(90, 120)), due soon on 2026-11-22 (7 d, window edge)',
    today: '2026-11-22',
    rows: [{ name: 'L', type: 'Lead assignment', salesCycle: 120, values: { '2026-08-01': 1 } }],
    last: '2026-08-01',
    next: '2026-11-29',
    status: 'due_soon',
    reason: /sales cycle is 120 days/,
  },
  {
    title:
      'lead assignment, sales cycle 60 d, reviewed 2026-08-01 → next 2026-10-30 (+ max(90, 60))',
    today: '2026-11-22',
    rows: [
      { name: 'L', type: 'Affectation des leads', salesCycle: 60, values: { '2026-08-01': 1 } },
    ],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'overdue',
  },
  {
    title:
      'lead assignment, no sales cycle, set up 2026-02-01 → next 2026-05-02 (+ 90 d), ok on 2026-04-01',
    today: '2026-04-01',
    rows: [{ name: 'L', type: 'Lead assignment', setUpOn: '2026-02-01' }],
    last: null,
    next: '2026-05-02',
    status: 'ok',
  },
  // content
  {
    title:
      'content group: Webinar A reviewed 2026-08-01 (→ 2026-10-30) and B reviewed 2026-09-15 (→ 2026-12-14): B takes the group date 2026-10-30',
    today: '2026-11-22',
    rows: [reviewed('B', 'Webinar', '2026-09-15', 80), reviewed('A', 'Webinar', '2026-08-01', 100)],
    last: '2026-09-15',
    next: '2026-10-30',
    status: 'overdue',
    reason:
      /^Reviewed together with the Webinars group, which is due on 2026-10-30 because A \(row 3\) is: last reviewed 2026-08-01\./,
  },
  {
    // Reported: "overdue by 92 days" on a webinar reviewed 91 days ago, with no word of why.
    title:
      'content group: B reviewed 91 days ago is overdue by 93 days because A (reviewed 2026-05-01) is, and says so',
    today: '2026-10-31',
    rows: [reviewed('B', 'Webinar', '2026-08-01', 80), reviewed('A', 'Webinar', '2026-05-01', 100)],
    last: '2026-08-01',
    next: '2026-07-30',
    status: 'overdue',
    reason:
      /^Reviewed together with the Webinars group, which is due on 2026-07-30 because A \(row 3\) is: last reviewed 2026-05-01\..* The Webinars group is overdue by 93 days\.$/,
  },
  {
    title:
      'content group across languages: "Webinaire" (→ 2026-12-14) joins explicit group "Webinars" (→ 2026-10-30)',
    today: '2026-11-22',
    rows: [
      reviewed('B', 'Webinaire', '2026-09-15', 80),
      { name: 'A', type: 'Content', group: 'webinars', values: { '2026-08-01': 100 } },
    ],
    last: '2026-09-15',
    next: '2026-10-30',
    status: 'overdue',
  },
  {
    title:
      'content rows in different groups keep their own dates: video reviewed 2026-09-15 → 2026-12-14',
    today: '2026-11-22',
    rows: [reviewed('V', 'Video', '2026-09-15', 80), reviewed('W', 'Webinar', '2026-08-01', 100)],
    last: '2026-09-15',
    next: '2026-12-14',
    status: 'ok',
  },
  {
    title:
      'content group: a new white paper with no date joins its group: Livre blanc reviewed 2026-08-01 → 2026-10-30',
    today: '2026-11-22',
    rows: [{ name: 'New', type: 'White paper' }, reviewed('Old', 'Livre blanc', '2026-08-01', 3)],
    last: null,
    next: '2026-10-30',
    status: 'overdue',
  },
  {
    title:
      'content group: a collecting member (set up 2026-11-10) keeps collecting until 2026-12-10 and does not pull the group',
    today: '2026-11-22',
    rows: [
      { name: 'New', type: 'Email', setUpOn: '2026-11-10' },
      reviewed('Old', 'Email', '2026-10-01', 3),
    ],
    last: null,
    next: '2026-12-10',
    status: 'collecting',
  },
  {
    title:
      'non-content rows of the same group are not pulled: nurture reviewed 2026-09-15 → 2026-12-14',
    today: '2026-11-22',
    rows: [
      { name: 'N', type: 'Nurture', group: 'Q3', values: { '2026-09-15': 1 } },
      { name: 'C', type: 'Content', group: 'Q3', values: { '2026-08-01': 1 } },
    ],
    last: '2026-09-15',
    next: '2026-12-14',
    status: 'ok',
  },
  // anchors, unknown types, settings
  {
    title: 'unscheduled: nurture with no set-up date and no review value',
    today: '2026-11-22',
    rows: [{ name: 'N', type: 'Nurture' }],
    last: null,
    next: null,
    status: 'unscheduled',
    reason: /No review value and no set-up date/,
  },
  {
    title: 'unknown type "Podcast" reviewed 2026-08-01 → every 90 d: next 2026-10-30',
    today: '2026-11-22',
    rows: [reviewed('P', 'Podcast', '2026-08-01', 1)],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'overdue',
    reason: /type is unknown: reviewed every 90 days/,
  },
  {
    title: 'settings: nurture every 60 d, reviewed 2026-08-01 → next 2026-09-30',
    today: '2026-09-01',
    settings: { dueSoonDays: 7, cadenceOverrides: { nurture: 60 } },
    rows: [reviewed('N', 'Nurture', '2026-08-01', 1)],
    last: '2026-08-01',
    next: '2026-09-30',
    status: 'ok',
    reason: /Your settings review every nurture program every 60 days/,
  },
  {
    title:
      'settings: a row Cadence (days) 30 beats the nurture setting 60: 2026-08-01 + 30 = 2026-08-31',
    today: '2026-09-01',
    settings: { dueSoonDays: 7, cadenceOverrides: { nurture: 60 } },
    rows: [{ name: 'N', type: 'Nurture', cadence: 30, values: { '2026-08-01': 1 } }],
    last: '2026-08-01',
    next: '2026-08-31',
    status: 'overdue',
  },
  {
    title: 'settings: due-soon window 14 d: next 2026-10-30 is due soon on 2026-10-17 (13 d)',
    today: '2026-10-17',
    settings: { dueSoonDays: 14, cadenceOverrides: {} },
    rows: [reviewed('N', 'Nurture', '2026-08-01', 1)],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'due_soon',
  },
  {
    title: 'default window 7 d: next 2026-10-30 is ok on 2026-10-22 (8 d)',
    today: '2026-10-22',
    rows: [reviewed('N', 'Nurture', '2026-08-01', 1)],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'ok',
  },
  {
    title:
      'last = latest column on or before today with a value: blank 2026-10-01 column skipped, last 2026-09-15 → next 2026-12-14',
    today: '2026-11-22',
    rows: [
      {
        name: 'N',
        type: 'Nurture',
        values: { '2026-08-01': 1, '2026-09-15': 2, '2026-10-01': '' },
      },
    ],
    last: '2026-09-15',
    next: '2026-12-14',
    status: 'ok',
  },
  {
    title: 'an unreadable value (#N/A) is no review: last stays 2026-08-01 → next 2026-10-30',
    today: '2026-11-22',
    rows: [{ name: 'N', type: 'Nurture', values: { '2026-08-01': 1, '2026-10-01': '#N/A' } }],
    last: '2026-08-01',
    next: '2026-10-30',
    status: 'overdue',
  },
];

describe.each(ZONES)('review timeline in %s', (zone) => {
  test.each(CASES)('$title', (c) => {
    const grid = sheetGrid(c.rows, REVIEW_DATES, zone);
    const result = reviewSheet(grid, { timeZone: zone, today: day(c.today), settings: c.settings });
    const first = result.rows[0];
    expect(first.row.name).toBe(c.rows[0].name);
    expect(first.last === null ? null : toIso(first.last)).toBe(c.last);
    expect(first.next === null ? null : toIso(first.next)).toBe(c.next);
    expect(first.status).toBe(c.status);
    if (c.reason) expect(first.reasons.map((r) => r.text).join(' ')).toMatch(c.reason);
  });
});

describe('dates across DST changes', () => {
  test.each([
    // Paris springs forward 2026-03-29, Los Angeles 2026-03-08; both fall back in Oct/Nov.
    ['Europe/Paris', '2026-03-29', '2026-04-28'],
    ['America/Los_Angeles', '2026-03-08', '2026-04-07'],
    ['Europe/Paris', '2026-10-25', '2026-11-24'],
    ['America/Los_Angeles', '2026-11-01', '2026-12-01'],
  ])(
    '%s: automation rule set up %s (a DST day) → first review %s (+ 30 d)',
    (zone, setUp, next) => {
      const grid = sheetGrid(
        [{ name: 'A', type: 'Automation rule', setUpOn: setUp }],
        ['2026-01-01'],
        zone,
      );
      const result = reviewSheet(grid, { timeZone: zone, today: day('2027-01-01') });
      expect(toIso(result.rows[0].next as number)).toBe(next);
    },
  );

  test('a Paris-midnight date read as Los Angeles time is the day before: the zone matters', () => {
    const grid = sheetGrid(
      [{ name: 'A', type: 'Nurture', setUpOn: '2026-03-01' }],
      [],
      'Europe/Paris',
    );
    const inLA = reviewSheet(grid, { timeZone: 'America/Los_Angeles', today: day('2026-06-01') });
    const inParis = reviewSheet(grid, { timeZone: 'Europe/Paris', today: day('2026-06-01') });
    expect(toIso(inParis.sheet.rows[0].setUpOn as number)).toBe('2026-03-01');
    expect(toIso(inLA.sheet.rows[0].setUpOn as number)).toBe('2026-02-28');
  });
});
