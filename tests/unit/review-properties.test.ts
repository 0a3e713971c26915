import fc from 'fast-check';
import { DayNumber, midnightInZone, toIso } from '../../src/core/dates';
import { OWNED_COLUMNS } from '../../src/core/review/headers';
import { reviewSheet, toReviewJson } from '../../src/core/review/review';
import { a1 } from '../../src/core/text';
import type { CellValue } from '../../src/core/types';
import { day, ZONES } from './review-fixtures';

const DAYS = { min: day('2024-01-01'), max: day('2028-12-31') };
const zoneArb = fc.constantFrom(...ZONES, 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati');

const headerTexts = [
  'Name',
  'Nom',
  'Baseline',
  'Référence',
  'Type',
  'Metric',
  'Indicateur',
  'Owner',
  'Set up on',
  'Mis en place le',
  'Group',
  'Groupe',
  'Sales cycle (days)',
  'Cadence (days)',
  'Fréquence (jours)',
  'Tuned',
  'Réglé',
  'Direction',
  'Volume',
  'n',
  ...OWNED_COLUMNS.flatMap((c) => [c.en, c.fr]),
];
const cellTexts = [
  'Nurture',
  'Webinar',
  'Livre blanc',
  'Scoring rule',
  'Lead assignment',
  "Règle d'automatisation",
  'MQL acceptance rate',
  '% MQL acceptés',
  '45/120',
  '120/45',
  '45/0',
  '12,5 %',
  '1,234',
  '1 234,5',
  '1.234,5',
  '#N/A',
  '#REF!',
  '#DIV/0!',
  'oui',
  'non',
  'x',
  'TRUE',
  '2026-08-01',
  '31/02/2026',
  '01/08/2026',
  '−3',
  '%',
  ' ',
  '\u202f',
  'e',
  '∞',
  'NaN',
  '𝟙𝟚',
  'İ',
  'ß',
  '\u0000',
];

/** Any cell getValues could hand over, plus NaN/±Infinity and invalid Dates it cannot. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...cellTexts, ...headerTexts),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(NaN)),
  fc.integer(DAYS).map((d) => midnightInZone(d, 'Europe/Paris')),
);

const headerArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...headerTexts),
  fc.integer(DAYS).map((d) => toIso(d) as string),
  fc.integer(DAYS).map((d) => midnightInZone(d, 'America/Los_Angeles')),
  cellArb,
);

/** Ragged grids: rows of different lengths, as a CSV can produce. */
const gridArb = fc
  .tuple(
    fc.array(headerArb, { maxLength: 14 }),
    fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 12 }),
  )
  .map(([header, rows]) => [header, ...rows]);

const settingsArb = fc.record({
  dueSoonDays: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double()),
  cadenceOverrides: fc.dictionary(
    fc.constantFrom('nurture', 'content', 'scoring_rule', 'bogus'),
    fc.oneof(fc.integer({ min: -10, max: 400 }), fc.double()),
  ),
});

test('random grids never throw, and every diagnostic names a real cell inside the grid', () => {
  fc.assert(
    fc.property(
      gridArb,
      zoneArb,
      fc.integer(DAYS),
      settingsArb,
      (grid, timeZone, today, settings) => {
        const result = reviewSheet(grid, {
          timeZone,
          today: today as DayNumber,
          settings: settings as never,
        });
        const width = Math.max(0, ...grid.map((r) => r.length));
        for (const d of result.diagnostics) {
          expect(d.row).toBeGreaterThanOrEqual(0);
          expect(d.row).toBeLessThan(grid.length);
          expect(d.column).toBeGreaterThanOrEqual(0);
          expect(d.column).toBeLessThan(width);
          expect(d.cell).toBe(a1(d.row, d.column));
          expect(d.message.startsWith(d.cell) || d.message.includes(d.cell)).toBe(true);
        }
        const json = toReviewJson(result, 'Review');
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
        const isoDate = /^\d{4}-\d{2}-\d{2}$/;
        for (const row of json.rows) {
          expect(row.row).toBeGreaterThanOrEqual(2);
          expect(row.row).toBeLessThanOrEqual(grid.length);
          if (row.nextReview !== null) expect(row.nextReview).toMatch(isoDate);
          if (row.lastReview !== null) expect(row.lastReview).toMatch(isoDate);
          expect(row.reasons.length).toBeGreaterThan(0);
        }
        for (const col of json.columns) {
          expect(col.date).toMatch(isoDate);
          if (col.status === 'scheduled') expect(col.missingRows).toEqual([]);
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('status agrees with the dates: overdue ⇔ next < today, due_soon ⇔ within 7 days', () => {
  fc.assert(
    fc.property(gridArb, fc.integer(DAYS), (grid, today) => {
      const result = reviewSheet(grid, { timeZone: 'Europe/Paris', today });
      for (const r of result.rows) {
        if (r.status === 'overdue') expect(r.next as number).toBeLessThan(today);
        if (r.status === 'due_soon') {
          expect(r.next as number).toBeGreaterThanOrEqual(today);
          expect(r.next as number).toBeLessThanOrEqual(today + 7);
        }
        if (r.status === 'ok') expect(r.next as number).toBeGreaterThan(today + 7);
        if (r.status === 'unscheduled') expect(r.next).toBeNull();
        if (r.last !== null) expect(r.last).toBeLessThanOrEqual(today);
      }
    }),
    { numRuns: 200 },
  );
});
