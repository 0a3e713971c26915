/**
 * Inputs said out loud, never silently: cells of a Paths export read, but not at face value, get
 * a note naming the cell and what was done, in English and French. And a '>' inside a channel
 * name can be written '\>' (a path's steps are separated by '>', as GA4 and ChannelAttribution
 * write them).
 */
import fc from 'fast-check';
import type { Grid } from '../../src/core/types';
import {
  type InfluenceResult,
  influenceReport,
  inputNotesOf,
  pathNoteText,
  readJourneys,
} from '../../src/core/attribution';
import { planInfluenceSheet } from '../../src/core/sheet-plans/influence';
import { englishNotes } from '../support/influence';

function ok(result: InfluenceResult) {
  if (!result.ok) throw new Error('unreadable fixture');
  return result;
}

const header = ['path', 'total_conversions', 'total_conversion_value', 'total_null'];

describe('negative counts', () => {
  const result = ok(
    influenceReport([header, ['a > b', -3, 0, 1], ['b', 2, 20, 1], ['a', 1, 10, '−4']]),
  );

  test('"negative conversions in B2": the row is left out: 2 conversions remain', () => {
    expect(englishNotes(result.report)).toContain('negative conversions in B2: row left out');
    expect(englishNotes(result.report)).toContain(
      'negative non-converting journeys in D4: row left out',
    );
    expect(result.report.conversions).toBe(2);
  });

  test('the same in French', () => {
    expect(inputNotesOf(result.report.noteFacts).map((n) => pathNoteText(n, 'fr'))).toEqual([
      'nombre négatif (conversions) en B2 : ligne écartée',
      'nombre négatif (parcours sans conversion) en D4 : ligne écartée',
    ]);
  });

  test('many cells: the first five named, the rest counted', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`c${i}`, -1, 0, 1]);
    const many = ok(influenceReport([header, ...rows, ['a', 1, 5, 1]]));
    expect(englishNotes(many.report)).toContain(
      'negative conversions in B2, B3, B4, B5, B6 and 2 more: those rows left out',
    );
  });
});

describe('fractional counts and values without conversions', () => {
  const result = ok(influenceReport([header, ['a > b', 2.5, 25, 1], ['b', 0, 40, 3]]));

  test('fractional conversions in B2 are counted as given: 2.5 conversions', () => {
    expect(englishNotes(result.report)).toContain('fractional conversions in B2: counted as given');
    expect(result.report.conversions).toBe(2.5);
  });

  test('a value on a row with no conversions (C3) is ignored: revenue stays 25', () => {
    expect(englishNotes(result.report)).toContain(
      'a conversion value in C3 on a row with no conversions: ignored (nothing converted to carry it)',
    );
    const total = Object.values(result.report.revenue.linear ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(25);
  });

  test('whole counts and blank values say nothing', () => {
    const clean = ok(influenceReport([header, ['a > b', 2, 20, 1], ['b', 0, '', 3]]));
    expect(inputNotesOf(clean.report.noteFacts)).toEqual([]);
  });
});

describe("'>' inside a channel name", () => {
  const steps = (grid: Grid): string[][] => {
    const read = readJourneys(grid, { windowDays: 90, timeZone: 'UTC' });
    if (!read.ok) throw new Error('unreadable');
    const names = read.journeys.campaignNames;
    return read.journeys.journeys.map((j) => Array.from(j.campaigns, (id) => names[id]));
  };

  test("'Paid \\> Search > Direct' is two steps: 'Paid > Search', then 'Direct'", () => {
    expect(steps([header, ['Paid \\> Search > Direct', 1, 0, 0]])).toEqual([
      ['Paid > Search', 'Direct'],
    ]);
  });

  test("'Paid>Search' among ' > ' paths is reported (A3), and read as two steps", () => {
    const result = ok(
      influenceReport([header, ['Email > Direct', 1, 0, 1], ['Paid>Search > Direct', 1, 0, 1]]),
    );
    expect(englishNotes(result.report)).toContain(
      "'>' without spaces in A3, while the other paths write ' > ': read as a step separator; " +
        "write \\> for a '>' inside a channel name",
    );
    expect(Object.keys(result.report.models.linear ?? {}).sort()).toEqual([
      'Direct',
      'Email',
      'Paid',
      'Search',
    ]);
  });

  test("a file written compactly ('a>b') throughout is not reported", () => {
    const result = ok(influenceReport([header, ['a>b', 1, 0, 1], ['b>c', 1, 0, 1]]));
    expect(inputNotesOf(result.report.noteFacts)).toEqual([]);
  });

  test('property: any names, escaped and joined with " > ", read back as the same steps', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const escape = (s: string) => s.replace(/[\\>→]/g, (c) => `\\${c}`);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const path = names.map(escape).join(' > ');
        expect(steps([header, [path, 1, 0, 0]])).toEqual([names]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the add-on's influence sheet", () => {
  test('names them in the user’s language, under the caveats', () => {
    const result = ok(influenceReport([header, ['a > b', -3, 0, 1], ['b', 2, 20, 1]]));
    const plan = planInfluenceSheet(result.report, 'fr');
    const lines = plan.values.map((row) => String(row[0] ?? '').replace(/^'/, ''));
    // Long notes wrap onto several rows of the caveat box.
    expect(lines.join(' ')).toContain('nombre négatif (conversions) en B2 : ligne écartée');
  });
});
