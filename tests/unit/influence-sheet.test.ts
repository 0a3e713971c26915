import { textPx } from '../../src/core/sheet-plans/widths';
import fc from 'fast-check';
import { influenceReport } from '../../src/core/attribution';
import {
  COLORS,
  FORMATS,
  asText,
  describeProblemIn,
  doneMessage,
  isSourceName,
  planInfluenceSheet,
  problemMessage,
  recognisesHeaders,
  type InfluenceSheetPlan,
} from '../../src/core/sheet-plans/influence';
import { formatCount } from '../../src/core/i18n/numbers';
import type { Grid } from '../../src/core/types';
import { reportOf, rowOf, shown, THREE_PATHS } from '../support/influence';

/** Column `label` of the campaign rows, keyed by campaign name. */
function column(plan: InfluenceSheetPlan, label: string): Record<string, string | number> {
  const HEADER_ROW = plan.headerRow;
  const header = plan.values[HEADER_ROW - 1].map(shown);
  const index = header.indexOf(label);
  if (index < 0) throw new Error(`no column ${label} in ${header.join(' | ')}`);
  const rows = plan.values.slice(HEADER_ROW, HEADER_ROW + plan.campaigns.length);
  return Object.fromEntries(rows.map((row) => [shown(row[0]), shown(row[index])]));
}

describe('the planned block for direct(2) / search>email(3) / search>social>email(5)', () => {
  const plan = planInfluenceSheet(reportOf(THREE_PATHS), 'en');
  const HEADER_ROW = plan.headerRow;

  test('first touch: direct 2, search 3 + 5 = 8, email and social 0', () => {
    expect(column(plan, 'First touch')).toEqual({ direct: 2, search: 8, email: 0, social: 0 });
  });

  test('last touch: direct 2, email 3 + 5 = 8', () => {
    expect(column(plan, 'Last touch')).toEqual({ direct: 2, search: 0, email: 8, social: 0 });
  });

  test('u-shaped: search 1.5 + 0.4×5 = 3.5, email 1.5 + 2 = 3.5, social 0.2×5 = 1', () => {
    const u = column(plan, 'U-shaped');
    expect(u.direct).toBeCloseTo(2, 12);
    expect(u.search).toBeCloseTo(3.5, 12);
    expect(u.email).toBeCloseTo(3.5, 12);
    expect(u.social).toBeCloseTo(1, 12);
  });

  test('one column per model the input supports, their 95 % intervals, spread, ties and removal effect', () => {
    expect(plan.values[HEADER_ROW - 1].map(shown)).toEqual([
      'Campaign',
      'First touch',
      'Last touch',
      'Linear',
      'U-shaped',
      'W-shaped',
      'Full path',
      'Markov',
      'Shapley',
      'First touch: 95 % interval',
      'Last touch: 95 % interval',
      'Linear: 95 % interval',
      'U-shaped: 95 % interval',
      'W-shaped: 95 % interval',
      'Full path: 95 % interval',
      'Markov: 95 % interval',
      'Shapley: 95 % interval',
      'Lowest credit',
      'Highest credit',
      'Tied within noise with',
      'Removal effect',
    ]);
  });

  test('spread: search gets 0 (last touch) to 8 (first touch); direct is 2 except markov', () => {
    expect(column(plan, 'Lowest credit').search).toBe(0);
    expect(column(plan, 'Highest credit').search).toBe(8);
    expect(column(plan, 'Highest credit').direct).toBe(2);
  });

  test('intervals beside the credits: direct (2 of 10 journeys, first touch) resamples to 0–5', () => {
    // Direct is 2 of the 10 journeys; its first-touch credit is the number of direct journeys
    // drawn among 10: Binomial(10, 0.2), whose 2.5th and 97.5th percentiles are 0 and 5.
    expect(column(plan, 'First touch: 95 % interval').direct).toBe('0–5');
  });

  test('ten journeys cannot rank search (mean 3.6) above direct (mean 1.9): tied within noise', () => {
    expect(column(plan, 'Tied within noise with').search).toBe('direct');
    expect(column(plan, 'Tied within noise with').direct).toBe('search');
    // Email sits above search in every resampled set (W-shaped and full path favour the last touch).
    expect(column(plan, 'Tied within noise with').email).toBe('');
    const texts = plan.values.map((row) => String(shown(row[0])));
    expect(texts).toContain('search and direct are tied within noise: the data cannot rank them.');
  });

  test('campaigns ordered by mean credit over the models, ties by name', () => {
    // email and search both average 28.45/8; email < search by name.
    expect(plan.campaigns).toEqual(['email', 'search', 'direct', 'social']);
  });

  test('summary rows: 10 conversions; rate unknown without total_null, each label in column A', () => {
    expect(plan.values[rowOf(plan, 'Conversions')].slice(0, 2).map(shown)).toEqual([
      'Conversions',
      10,
    ]);
    expect(plan.values[rowOf(plan, 'Base conversion rate')].slice(0, 2).map(shown)).toEqual([
      'Base conversion rate',
      'unknown: the data has no journeys that did not convert',
    ]);
    // Column A is wide enough for the label: it shows whole.
    expect(plan.nameWidth).toBeGreaterThanOrEqual(textPx('Base conversion rate'));
  });

  test('the caveat box holds the three caveats and says what was left out', () => {
    const caveatStart = rowOf(plan, 'What no model can prove');
    const texts = plan.values.slice(caveatStart).map((row) => String(shown(row[0])));
    expect(texts[0]).toBe('What no model can prove');
    expect(texts[1]).toMatch(/same day/);
    expect(texts[2]).toMatch(/outside your tracking/);
    expect(texts[3]).toMatch(/many small interactions.*Read the spread/);
    expect(texts.slice(4).join(' ')).toMatch(/Time decay is left out/);
    expect(texts.slice(4).join(' ')).toMatch(/No revenue column/);
    // The caveat box ends at the blank row before the lift block.
    const caveatEnd = plan.values.findIndex((r, i) => i >= caveatStart && r.every((c) => c === ''));
    const caveatRows = plan.backgrounds.slice(caveatStart, caveatEnd);
    expect(caveatRows.length).toBeGreaterThanOrEqual(6);
    for (const row of caveatRows) expect(new Set(row)).toEqual(new Set([COLORS.caveat]));
  });

  test('formats, weights and backgrounds have exactly the shape of the values', () => {
    const width = plan.values[0].length;
    for (const grid of [plan.values, plan.numberFormats, plan.fontWeights, plan.backgrounds]) {
      expect(grid).toHaveLength(plan.values.length);
      for (const row of grid) expect(row).toHaveLength(width);
    }
    expect(plan.fontWeights[HEADER_ROW - 1].every((w) => w === 'bold')).toBe(true);
    expect(plan.backgrounds[HEADER_ROW - 1].every((c) => c === COLORS.header)).toBe(true);
    const first = plan.numberFormats[HEADER_ROW];
    expect(first[0]).toBe(FORMATS.text);
    expect(first[1]).toBe(FORMATS.credit);
    expect(first[first.length - 1]).toBe(FORMATS.share);
  });

  test('the chart plots the header row, the 4 campaigns and the 8 model columns, right of the table', () => {
    expect(plan.chart).toEqual({
      type: 'BAR',
      title: 'Conversions credited to each campaign, by model',
      range: { row: HEADER_ROW, column: 1, numRows: 5, numColumns: 9 },
      anchorRow: HEADER_ROW,
      anchorColumn: 23, // right of Campaign, 8 credits, 8 intervals and 4 more columns
    });
  });
});

describe('revenue and conversion rate', () => {
  // A > B: 3 conversions worth 300, 5 journeys that did not; B: 1 conversion worth 50, 9 did not.
  const plan = planInfluenceSheet(
    reportOf([
      ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
      ['A > B', 3, 300, 5],
      ['B', 1, 50, 9],
    ]),
    'en',
  );
  const HEADER_ROW = plan.headerRow;

  test('revenue columns follow the conversion and interval columns: first touch A 300, B 50', () => {
    expect(column(plan, 'First touch (revenue)')).toEqual({ A: 300, B: 50 });
    expect(column(plan, 'Last touch (revenue)')).toEqual({ A: 0, B: 350 });
    const index = plan.values[HEADER_ROW - 1].map(shown).indexOf('First touch (revenue)');
    expect(index).toBe(17); // Campaign + 8 models and their 8 intervals (no time decay for paths)
    expect(plan.numberFormats[HEADER_ROW][index]).toBe(FORMATS.revenue);
  });

  test('base conversion rate 4 / (4 + 14) = 0.2222…, as a percentage', () => {
    const rate = rowOf(plan, 'Base conversion rate');
    expect(plan.values[rate][1]).toBeCloseTo(4 / 18, 12);
    expect(plan.numberFormats[rate][1]).toBe(FORMATS.share);
  });
});

describe('in French', () => {
  const plan = planInfluenceSheet(reportOf(THREE_PATHS), 'fr');

  test('headers, ties and caveats are translated', () => {
    expect(column(plan, 'Premier contact')).toEqual({ direct: 2, search: 8, email: 0, social: 0 });
    expect(column(plan, 'À égalité (bruit) avec').search).toBe('direct');
    expect(column(plan, 'Premier contact : intervalle à 95 %').direct).toBe('0–5');
    const texts = plan.values.map((row) => String(shown(row[0])));
    expect(texts).toContain('Ce qu’aucun modèle ne peut prouver');
    expect(texts.join(' ')).toMatch(/le même jour/);
    expect(plan.chart?.title).toBe('Conversions attribuées à chaque campagne, par modèle');
  });
});

describe('campaign names are text, never formulas', () => {
  const names = ['=HYPERLINK("http://evil")', '+33 1 23 45', '-5', '@channel', '2026-05-01'];
  const plan = planInfluenceSheet(
    reportOf([['path', 'total_conversions'], ...names.map((n) => [n, 1])]),
    'en',
  );

  test('each is written with a leading apostrophe and read back unchanged', () => {
    const HEADER_ROW = plan.headerRow;
    const written = plan.values.slice(HEADER_ROW, HEADER_ROW + names.length).map((r) => r[0]);
    expect(written.map(shown).sort()).toEqual([...names].sort());
    for (const cell of written) expect(String(cell).startsWith("'")).toBe(true);
  });

  test('every string of the block is forced to text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        expect(asText(name)).toBe(`'${name}`);
      }),
    );
    for (const row of plan.values) {
      for (const cell of row)
        if (typeof cell === 'string' && cell !== '') expect(cell[0]).toBe("'");
    }
  });
});

describe('the block grows by rows only', () => {
  function manyCampaigns(n: number): InfluenceSheetPlan {
    const rows: Grid = [
      ['path', 'total_conversions'],
      ...Array.from({ length: n }, (_, i) => [`Campaign ${i} > Newsletter`, i + 1]),
    ];
    return planInfluenceSheet(reportOf(rows), 'en');
  }

  test('5 and 500 campaigns: same width, 495 more campaign rows, chart grows with them', () => {
    const small = manyCampaigns(5);
    const large = manyCampaigns(500);
    expect(large.values[0].length).toBe(small.values[0].length);
    expect(large.headerRow).toBe(small.headerRow);
    expect(large.campaigns.length - small.campaigns.length).toBe(495);
    expect(large.chart?.range.numRows).toBe(502); // header + 500 campaigns + Newsletter
  });
});

describe('no campaign at all', () => {
  test('no chart, the caveats still written', () => {
    const empty = reportOf([['path', 'total_conversions']]);
    const plan = planInfluenceSheet(empty, 'en');
    expect(plan.campaigns).toEqual([]);
    expect(plan.chart).toBeNull();
    expect(plan.values.map((r) => shown(r[0]))).toContain('What no model can prove');
  });
});

describe('finding the input sheet', () => {
  test('names: Touches, Contacts, Paths, Parcours, any case, spaces trimmed', () => {
    for (const name of ['Touches', 'contacts', ' PATHS ', 'Parcours']) {
      expect(isSourceName(name)).toBe(true);
    }
    for (const name of ['Review', 'Touches 2025', 'Influence report']) {
      expect(isSourceName(name)).toBe(false);
    }
  });

  test('headers: a full Touches or Paths header row, English or French', () => {
    expect(recognisesHeaders(['Prospect', 'Campaign', 'Touched at', 'Converted at'])).toBe(true);
    expect(recognisesHeaders(['Prospect', 'Campagne', 'Touché le', 'Converti le'])).toBe(true);
    expect(recognisesHeaders(['path', 'total_conversions'])).toBe(true);
    expect(recognisesHeaders(['Program', 'Baseline', '2026-01-01'])).toBe(false);
    expect(recognisesHeaders(['Prospect', 'Campaign'])).toBe(false);
  });
});

describe('messages', () => {
  test('counts: 1234.5 → 1,234.5 / 1 234,5; 10 → 10', () => {
    expect(formatCount(1234.5, 'en')).toBe('1,234.5');
    expect(formatCount(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatCount(10, 'fr')).toBe('10');
  });

  test('done, in both languages', () => {
    expect(doneMessage('Touches', 12, 230, 'en')).toBe(
      'Influence report rebuilt from “Touches”: 12 campaigns, 230 conversions.',
    );
    expect(doneMessage('Contacts', 12, 230, 'fr')).toBe(
      'Rapport d’influence reconstruit à partir de « Contacts » : 12 campagnes, 230 conversions.',
    );
  });

  test('missing columns are named; unreadable cells listed by address', () => {
    const missing = influenceReport([
      ['Prospect', 'Touched at'],
      ['p', '2026-01-01'],
    ]);
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(problemMessage('Touches', missing.problem, 'fr')).toBe(
      'La feuille « Touches » ne peut pas servir au rapport d’influence : colonnes manquantes ' +
        'Campaign, Converted at.',
    );
    const bad = influenceReport([
      ['Prospect', 'Campaign', 'Touched at', 'Converted at'],
      ['p', 'A', 'not a date', ''],
    ]);
    if (bad.ok) throw new Error('expected a problem');
    expect(describeProblemIn(bad.problem, 'fr')).toBe('cellules illisibles C2');
    expect(describeProblemIn(bad.problem, 'en')).toMatch(/^unreadable cells C2 \(.+\)$/);
  });
});
