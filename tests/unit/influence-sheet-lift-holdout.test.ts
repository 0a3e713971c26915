import { tReadiness } from '../../src/core/i18n/readiness';
import { holdoutSection, type HoldoutSection } from '../../src/core/incrementality';
import { COLORS, planInfluenceSheet } from '../../src/core/sheet-plans/influence';
import { DEFAULT_COLUMN_PX, textPx } from '../../src/core/sheet-plans/widths';
import type { Grid } from '../../src/core/types';
import { reportOf, rowOf, shown } from '../support/influence';
import { LIFT_TOUCHES } from './lift-fixture';

const TOUCHES = LIFT_TOUCHES;

const HOLDOUT: Grid = [
  ['Prospect', 'Campaign', 'Group', 'Converted at'],
  ...Array.from({ length: 400 }, (_, i) => [
    `p${i}`,
    'Spring nurture with a rather long name',
    i % 2 === 0 ? 'test' : 'control',
    // test: 30 of 200 convert (15 %); control: 20 of 200 (10 %).
    (i % 2 === 0 && i < 60) || (i % 2 === 1 && i < 40) ? '2026-04-01' : '',
  ]),
];

describe('the lift table of the Influence report', () => {
  const plan = planInfluenceSheet(reportOf(TOUCHES), 'en');
  const title = rowOf(plan, 'Lift: touched vs not touched (observational)');

  test('the caveat comes right under its title, before any figure', () => {
    expect(shown(plan.values[title + 1][0])).toBe(
      '⚠ Correlation, not proof: touched leads may differ.',
    );
  });

  test('webinar: 2 touched at 100 %, 3 not touched at 33.3 %, +66.7 pt, p = 0.136', () => {
    const header = plan.values.findIndex((row, i) => i > title && shown(row[0]) === 'Campaign');
    expect(plan.values[header].map(shown)).toEqual([
      'Campaign',
      'Touched',
      'Rate',
      '95 % CI (%)',
      'Not touched',
      'Rate',
      '95 % CI (%)',
      'Difference',
      '95 % CI (pt)',
      'p',
      ...plan.values[header].slice(10).map(() => ''),
    ]);
    expect(new Set(plan.backgrounds[header].slice(0, 10))).toEqual(new Set([COLORS.header]));
    // The models table above also has a Webinar row: take the lift table's.
    const webinar = plan.values.find((row, i) => i > header && shown(row[0]) === 'Webinar') ?? [];
    expect(
      webinar
        .slice(0, 10)
        .map(shown)
        .map((v) => (typeof v === 'number' ? Number(v.toFixed(4)) : v)),
    ).toEqual([
      'Webinar',
      2,
      1,
      '34.2 – 100.0',
      3,
      0.3333,
      '6.1 – 79.2',
      66.6667,
      '−13.5 – 93.9',
      0.136,
    ]);
  });

  test('in French, the caveat and the intervals are French', () => {
    const fr = planInfluenceSheet(reportOf(TOUCHES), 'fr');
    const t = rowOf(fr, 'Effet : touchés contre non touchés (observation)');
    expect(shown(fr.values[t + 1][0])).toBe(
      '⚠ Corrélation, pas preuve : les leads touchés peuvent être différents.',
    );
    expect(fr.values.flat().map(shown)).toContain('−13,5 – 93,9');
  });

  test('no prospect without a conversion: one sentence says why there is no lift', () => {
    const allConverted = planInfluenceSheet(reportOf([TOUCHES[0], TOUCHES[1], TOUCHES[2]]), 'en');
    const t = rowOf(allConverted, 'Lift: touched vs not touched (observational)');
    expect(String(shown(allConverted.values[t + 1][0]))).toMatch(
      /^No lift: the touches have no prospect/,
    );
  });
});

describe('the holdout block of the Influence report', () => {
  const section = holdoutSection('Holdout', HOLDOUT, 'UTC');
  const plan = planInfluenceSheet(reportOf(TOUCHES), 'en', 'campaign', section);
  const title = rowOf(plan, 'Holdout tests (controlled: the causal answer)');

  test('absent without a holdout tab, present with one, after the lift table', () => {
    const without = planInfluenceSheet(reportOf(TOUCHES), 'en');
    expect(without.values.some((row) => String(shown(row[0])).startsWith('Holdout tests'))).toBe(
      false,
    );
    expect(title).toBeGreaterThan(rowOf(plan, 'Lift: touched vs not touched (observational)'));
  });

  test('30/200 test vs 20/200 control: 15 % vs 10 %, +5 pt, +50 %, p = 0.134', () => {
    const row = plan.values[rowOf(plan, 'Spring nurture with a rather long name')].map(shown);
    expect(row.slice(1, 3)).toEqual([200, 0.15]);
    expect(row.slice(4, 6)).toEqual([200, 0.1]);
    expect(row[7]).toBeCloseTo(5, 10);
    expect(row[9]).toBeCloseTo(0.5, 10);
    // z = 0.05 / √(0.125 · 0.875 · 2/200) = 1.5119 → p = 0.1306.
    expect(row[10]).toBeCloseTo(0.1306, 4);
    expect(typeof row[11]).toBe('number');
  });

  test('a holdout tab that cannot be read says why in one sentence, the rest of the report stands', () => {
    const broken: HoldoutSection = holdoutSection('Témoin', [['Prospect', 'Campaign']], 'UTC');
    const fr = planInfluenceSheet(reportOf(TOUCHES), 'fr', 'campaign', broken);
    const t = rowOf(fr, 'Tests avec groupe témoin (contrôlés : la réponse causale)');
    expect(String(shown(fr.values[t + 1][0]))).toBe(
      'La feuille du groupe témoin « Témoin » n’a pas les colonnes Group, Converted at.',
    );
  });

  test('no label is cut: every text beside column A fits the default column width; names fit column A', () => {
    for (const [p, locale] of [
      [plan, 'en'],
      [planInfluenceSheet(reportOf(TOUCHES), 'fr', 'campaign', section), 'fr'],
    ] as const) {
      // The lift and holdout blocks end where the last-touch table (its own rules) begins.
      const lastTouch = tReadiness(locale, 'lastTouch.heading');
      const found = p.values.findIndex((row, i) => i > title && shown(row[0]) === lastTouch);
      const end = found < 0 ? p.values.length : found;
      expect(end).toBeGreaterThan(title + 5);
      for (let r = title; r < end; r++) {
        p.values[r].slice(1).forEach((cell) => {
          if (typeof cell === 'string')
            expect(textPx(shown(cell) as string)).toBeLessThanOrEqual(DEFAULT_COLUMN_PX);
        });
        // A column-A text with a neighbour must fit column A; alone on its row it may overflow.
        const alone = p.values[r].slice(1).every((c) => c === '');
        if (!alone) expect(textPx(String(shown(p.values[r][0])))).toBeLessThanOrEqual(p.nameWidth);
      }
    }
  });
});
