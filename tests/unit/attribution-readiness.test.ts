/**
 * The influence report's requirement to "see easily the last campaign the lead engaged with
 * before conversion", and the questions to ask before trusting any influence report — each with
 * worked numbers.
 */
import fc from 'fast-check';
import type { InfluenceReport } from '../../src/core/attribution';
import type { CellValue, Grid } from '../../src/core/types';
import { englishNotes, pathsGrid, reportOf } from '../support/influence';

const HEADERS = ['Prospect', 'Campaign', 'Channel', 'Touched at', 'Converted at'];

/** Readiness does not need the bootstrap: no resamples keeps these tests quick. */
const unsampled = (grid: Grid): InfluenceReport => reportOf(grid, { replicates: 0 });

// P1 converts on 6 March after a webinar, then an email and a social post on 5 March (the same
// day: a tie), and is touched again after converting. P2 converts with its only touch 156 days
// earlier (outside the 90-day window). P3's first touch is cut by the window. P4 never converts
// and has the same email row twice.
const TABLE: Grid = [
  HEADERS,
  ['P1', 'Webinar', 'Events', '2026-03-01 10:00', '2026-03-06 12:00'],
  ['P1', 'Email', 'Email', '2026-03-05 09:00', ''],
  ['P1', 'Social', 'Social', '2026-03-05 10:00', ''],
  ['P1', 'Webinar', 'Events', '2026-03-10 10:00', ''],
  ['P2', 'Brand search', 'Search', '2025-10-01 10:00', '2026-03-06 09:00'],
  ['P3', 'Email', 'Email', '2025-11-01 10:00', '2026-03-20 09:00'],
  ['P3', 'Webinar', 'Events', '2026-03-10 10:00', ''],
  ['P4', 'Email', 'Email', '2026-03-02 10:00', ''],
  ['P4', 'Email', 'Email', '2026-03-02 10:00', ''],
];

describe('last touch per lead', () => {
  const rows = unsampled(TABLE).lastTouchPerLead;

  test('most recent conversion first; the JSON keys of the contract', () => {
    expect(rows.map((r) => r.prospect)).toEqual(['P3', 'P1', 'P2']);
    expect(Object.keys(rows[0])).toEqual([
      'prospect',
      'convertedAt',
      'campaign',
      'channel',
      'daysBefore',
      'ties',
    ]);
  });

  test('P1: Social on 5 March, 1 day before, tied with Email the same day (not broken silently)', () => {
    expect(rows[1]).toEqual({
      prospect: 'P1',
      convertedAt: '2026-03-06',
      campaign: 'Social',
      channel: 'Social',
      daysBefore: 1,
      ties: ['Email'],
    });
  });

  test('P2: no touch inside the window, so no last campaign; P3: Webinar 10 days before', () => {
    expect(rows[2]).toMatchObject({ campaign: null, channel: null, daysBefore: null, ties: [] });
    expect(rows[0]).toMatchObject({ campaign: 'Webinar', daysBefore: 10, ties: [] });
  });

  test('capped at 10,000 rows with a note: 10,001 converted leads', () => {
    const grid: CellValue[][] = [HEADERS];
    for (let i = 0; i < 10_001; i++) {
      grid.push([`P${i}`, 'Email', 'Email', '2026-03-01', '2026-03-02']);
    }
    const report = unsampled(grid);
    expect(report.lastTouchPerLead).toHaveLength(10_000);
    expect(englishNotes(report)).toContain(
      'lastTouchPerLead lists the 10000 most recent of 10001 converted leads',
    );
  });
});

describe('data readiness', () => {
  const readiness = unsampled(TABLE).readiness;
  const check = (id: string) => readiness.checks.find((c) => c.check === id);

  test('the flat figures of the JSON contract', () => {
    expect(readiness).toMatchObject({
      conversions: 3,
      conversionsWithoutTouch: 1, // P2
      sameDayMultiChannel: 1, // P1: Email and Social on 5 March
      sameDayMultiChannelShare: 0.5, // of the 2 credited conversions (P1, P3)
      journeysCutByWindow: 2, // P2 and P3
      leadsWithTouchesAfterConversion: 1, // P1
      // Credited names in fewer than 30 converting journeys, fewest first: Email 1 (P1),
      // Social 1 (P1), Webinar 2 (P1, P3).
      unstableCampaigns: ['Email', 'Social', 'Webinar'],
      spanDays: 170, // 1 October 2025 to 20 March 2026
      duplicateTouches: 1, // P4's repeated email
      windowDays: 90,
    });
  });

  test('each check: a count, a share of what it counts and whether it should worry', () => {
    expect(check('conversionsWithoutTouch')).toEqual({
      check: 'conversionsWithoutTouch',
      count: 1,
      share: 1 / 3,
      of: 3,
      warn: true,
    });
    expect(check('duplicateTouches')).toMatchObject({ count: 1, of: 9, share: 1 / 9 });
    expect(check('span')).toMatchObject({ count: 170, share: null, warn: false });
    // The order the report lists them in, one word each.
    expect(readiness.checks.map((c) => c.check).join(' ')).toBe(
      'conversionsWithoutTouch sameDayMultiChannel cutByWindow touchesAfterConversion ' +
        'unstableCampaigns span duplicateTouches',
    );
  });

  test('fewer than 30 days of data warns (the playbook asks for 30 first)', () => {
    const short = unsampled([
      HEADERS,
      ['P1', 'Email', 'Email', '2026-03-01', '2026-03-20'],
    ]).readiness;
    expect(short.spanDays).toBe(19);
    expect(short.checks.find((c) => c.check === 'span')?.warn).toBe(true);
  });

  test('paths have no prospects and no dates: only the unstable-campaign check', () => {
    const paths = unsampled(pathsGrid(['A > B', 40], ['B', 5])).readiness;
    expect(paths.spanDays).toBeNull();
    expect(paths.unstableCampaigns).toEqual([]); // A in 40 converting journeys, B in 45
    expect(paths.checks.map((c) => c.check)).toEqual(['unstableCampaigns']);
  });

  test('any touch table: counts within their bases, one last-touch row per conversion (property)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    const row = fc.tuple(
      fc.constantFrom('P1', 'P2', 'P3', 'P4'),
      fc.constantFrom('Email', 'Webinar', 'Social'),
      fc.constantFrom('Email', 'Events'),
      day,
      fc.option(day, { nil: '' }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const report = unsampled([HEADERS, ...rows]);
        const r = report.readiness;
        for (const c of r.checks) {
          expect(c.count).toBeGreaterThanOrEqual(0);
          if (c.share !== null) expect(c.share).toBeLessThanOrEqual(1);
        }
        expect(report.lastTouchPerLead).toHaveLength(r.conversions);
        for (const lead of report.lastTouchPerLead) {
          if (lead.campaign !== null) expect(lead.ties).not.toContain(lead.campaign);
        }
      }),
      { numRuns: 60 },
    );
  });
});
