import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/types';
import {
  MODEL_NAMES,
  describeProblem,
  detectFormat,
  detectSeparator,
  influenceReport,
  readJourneys,
} from '../../src/core/attribution';
import type { JourneySet } from '../../src/core/attribution';
import { englishNotes } from '../support/influence';

function journeys(grid: Grid, windowDays = 90, timeZone = 'UTC'): JourneySet {
  const result = readJourneys(grid, { windowDays, timeZone });
  if (!result.ok) throw new Error(describeProblem(result.problem));
  return result.journeys;
}

function campaignsOf(set: JourneySet, index: number): string[] {
  return Array.from(set.journeys[index].campaigns, (id) => set.campaignNames[id]);
}

describe('detectSeparator', () => {
  test.each([
    ['path;total_conversions;total_conversion_value;total_null', ';'],
    ['path,total_conversions,total_null', ','],
    ['"a;b",c,d', ','],
    ['path\ttotal_conversions', '\t'],
    ['path', ','],
  ])('%s → %s', (line, separator) => {
    expect(detectSeparator(line)).toBe(separator);
  });
});

describe('format detection and headers', () => {
  test('a path column means paths, GA4-style headers included', () => {
    expect(detectFormat(['Default channel group path', 'Conversions', 'Purchase revenue'])).toBe(
      'paths',
    );
    expect(detectFormat(['Prospect', 'Campaign', 'Touched at', 'Converted at'])).toBe('touches');
  });

  test('French headers and dd/mm/yyyy dates are read', () => {
    const set = journeys([
      ['Contact', 'Campagne', 'Canal', 'Touché le', 'Converti le', "Chiffre d'affaires"],
      ['ana@exemple.fr', 'Salon', 'événement', '05/01/2026 09:30', '20/01/2026', '1 200,50 €'],
      ['ANA@exemple.fr', 'Relance', 'e-mail', '12/01/2026', '', ''],
    ]);
    expect(set.journeys).toHaveLength(1);
    expect(campaignsOf(set, 0)).toEqual(['Salon', 'Relance']);
    expect(set.journeys[0].value).toBe(1200.5);
    expect(set.channelNames).toEqual(['événement', 'e-mail']);
  });

  test('GA4 paths export with commas in the value column', () => {
    const result = influenceReport([
      ['Default channel group path', 'Conversions', 'Purchase revenue'],
      ['Organic Search > Direct', '3', '1,250.00'],
    ]);
    expect(result.ok && result.report.revenue.last_touch?.Direct).toBe(1250);
  });
});

describe('problems are returned, never thrown', () => {
  test('missing columns are named', () => {
    const result = influenceReport([
      ['Prospect', 'Touched at'],
      ['p', '2026-01-01'],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.missingColumns).toEqual(['Campaign', 'Converted at']);
    expect(describeProblem(result.problem)).toBe(
      'touches input: missing columns: Campaign, Converted at',
    );
  });

  test('unreadable cells are listed by A1 address', () => {
    const result = influenceReport([
      ['Prospect', 'Campaign', 'Touched at', 'Converted at', 'Revenue'],
      ['p', 'A', '2026-01-01', '', ''],
      ['p', 'B', 'next Tuesday', '2026-02-30', 'lots'],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.unreadable.map((d) => d.cell)).toEqual(['C3', 'D3', 'E3']);
    expect(describeProblem(result.problem)).toBe(
      'unreadable cells: C3 (unreadable touch date), D3 (unreadable conversion date), E3 (unreadable revenue)',
    );
  });

  test('a forced format is obeyed: touches headers read as paths miss path and total_conversions', () => {
    const result = influenceReport([['Prospect', 'Campaign', 'Touched at', 'Converted at']], {
      format: 'paths',
    });
    expect(!result.ok && result.problem.missingColumns).toEqual(['path', 'total_conversions']);
  });

  test('by channel without a Channel column names it', () => {
    const result = influenceReport(
      [
        ['Prospect', 'Campaign', 'Touched at', 'Converted at'],
        ['p', 'A', '2026-01-01', '2026-01-02'],
      ],
      { by: 'channel' },
    );
    expect(!result.ok && result.problem.missingColumns).toEqual(['Channel']);
  });

  test('a path row with counts but no steps is unreadable; a blank row is skipped', () => {
    const result = influenceReport([
      ['path', 'total_conversions'],
      ['', ''],
      [' > ', 4],
    ]);
    expect(!result.ok && result.problem.unreadable.map((d) => d.cell)).toEqual(['A3']);
  });
});

describe('journey building from touches', () => {
  const header = ['Prospect', 'Campaign', 'Touched at', 'Converted at'];

  test('influence window of 90 days: a touch 123 days before the conversion is dropped', () => {
    const set = journeys([
      header,
      ['p', 'Old', '2025-10-01', '2026-02-01'], // Feb 1 − Oct 1 = 123 days
      ['p', 'Edge', '2025-11-03', ''], // exactly 90 days: kept
      ['p', 'Recent', '2026-01-15', ''],
    ]);
    expect(campaignsOf(set, 0)).toEqual(['Edge', 'Recent']);
    expect(set.excluded.touchesOutsideWindow).toBe(1);
  });

  test('window of 30 days keeps only Recent (17 days)', () => {
    const set = journeys(
      [header, ['p', 'Edge', '2025-11-03', '2026-02-01'], ['p', 'Recent', '2026-01-15', '']],
      30,
    );
    expect(campaignsOf(set, 0)).toEqual(['Recent']);
  });

  test('touches after the conversion are ignored: by instant when both are timed, else by day', () => {
    const set = journeys([
      header,
      ['p', 'Morning', '2026-02-01 09:00', '2026-02-01 16:00'],
      ['p', 'Evening', '2026-02-01 17:00', ''], // after 16:00: ignored
      ['p', 'SameDay', '2026-02-01', ''], // a plain date on the conversion day counts
      ['p', 'Next', '2026-02-02', ''],
    ]);
    expect(campaignsOf(set, 0)).toEqual(['SameDay', 'Morning']);
    expect(set.excluded.touchesAfterConversion).toBe(2);
  });

  test('order: time, then row order for ties', () => {
    const set = journeys([
      header,
      ['p', 'Third', '2026-01-03', '2026-01-05'],
      ['p', 'FirstByRow', '2026-01-01', ''],
      ['p', 'SecondByRow', '2026-01-01', ''],
    ]);
    expect(campaignsOf(set, 0)).toEqual(['FirstByRow', 'SecondByRow', 'Third']);
  });

  test('a non-converting prospect is a null journey; its window ends at its last touch', () => {
    const set = journeys([header, ['q', 'A', '2025-01-01', ''], ['q', 'B', '2025-06-01', '']]);
    expect(set.journeys[0].converted).toBe(false);
    expect(campaignsOf(set, 0)).toEqual(['B']); // Jan 1 is 151 days before Jun 1
  });

  test('a conversion with no touch in the window is counted apart, with a note', () => {
    const result = influenceReport([header, ['p', 'A', '2026-05-01', '2026-01-01']]);
    expect(result.ok && englishNotes(result.report)).toContain(
      '1 conversion with no touch in the influence window: not attributed',
    );
    expect(result.ok && englishNotes(result.report)).toContain('1 touch after conversion ignored');
    expect(result.ok && result.report.conversions).toBe(0);
  });

  test('date cells are instants: days and times are read in the report time zone', () => {
    // 23:30 UTC on Jan 31 is 00:30 on Feb 1 in Paris; 23:00 UTC is Paris midnight (a plain date).
    const set = journeys(
      [
        header,
        ['p', 'Late', new Date('2026-01-31T23:30:00Z'), new Date('2026-01-31T23:00:00Z')],
        ['p', 'Early', new Date('2026-01-30T10:00:00Z'), ''],
      ],
      90,
      'Europe/Paris',
    );
    expect(campaignsOf(set, 0)).toEqual(['Early', 'Late']); // Feb 1 00:30 counts: same day
    expect(set.journeys[0].conversionDay).toBe(set.journeys[0].days?.[1]);
  });

  test('lead created before every touch falls on the first touch', () => {
    const set = journeys([
      ['Prospect', 'Campaign', 'Touched at', 'Converted at', 'Lead created at'],
      ['p', 'A', '2026-01-05', '2026-01-09', '2026-01-01'],
      ['p', 'B', '2026-01-06', '', ''],
    ]);
    expect(set.journeys[0].leadIndex).toBe(0);
    expect(set.journeys[0].opportunityIndex).toBeNull();
  });
});

describe('property: any grid is answered without throwing', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', ' ', '2026-01-05', '05/01/2026 10:00', '2026-13-01', 'a > b', '>', '1,5'),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 50 }),
    fc.boolean(),
    fc.date({ min: new Date(-1e14), max: new Date(1e14) }),
  );
  const headers = fc.constantFrom<CellValue[]>(
    ['Prospect', 'Campaign', 'Channel', 'Touched at', 'Converted at', 'Revenue', 'Lead created at'],
    ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
    ['Contact', 'Campagne', 'Touché le', 'Converti le'],
    ['x', 'y'],
    [],
  );

  test('random cells under touch, path and unknown headers', () => {
    fc.assert(
      fc.property(
        headers,
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        (h, rows) => {
          const result = influenceReport([h, ...rows]);
          if (result.ok) {
            for (const name of MODEL_NAMES) {
              const credits = result.report.models[name];
              if (!credits) continue;
              const sum = Object.values(credits).reduce((a, b) => a + b, 0);
              expect(Math.abs(sum - result.report.conversions)).toBeLessThanOrEqual(
                1e-9 * Math.max(1, result.report.conversions),
              );
            }
          } else {
            expect(describeProblem(result.problem).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
