/**
 * Real plurals in every user-facing string: "1 entry" / "3 entries", "1 colonne ajoutée" /
 * "2 colonnes ajoutées", never "entry(ies)" or "colonne(s) ajoutée(s)". The rules are CLDR's,
 * https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html :
 * English one is exactly 1; French one is 0 and 1 (i = 0,1, so 1,5 too).
 */
import fc from 'fast-check';
import type { Locale } from '../../src/core/types';
import { defineCatalogue, pluralCategory, t, type Params } from '../../src/core/i18n/messages';
import { ta } from '../../src/core/i18n/actions';
import { tBig } from '../../src/core/i18n/big-data';
import { tc as tCalendar } from '../../src/core/i18n/calendar';
import { tc as tCli } from '../../src/core/i18n/cli';
import { tImportPanel } from '../../src/core/i18n/import-panel';
import { tImport } from '../../src/core/i18n/import';
import { tIncrementality } from '../../src/core/i18n/incrementality';
import { tInfluence } from '../../src/core/i18n/influence';
import { tj } from '../../src/core/i18n/journal';
import { tl } from '../../src/core/i18n/limits';
import { tReadiness } from '../../src/core/i18n/readiness';
import { tReportNote } from '../../src/core/i18n/report-notes';
import { tShapes } from '../../src/core/i18n/shapes';
import { sidebarText } from '../../src/core/i18n/sidebar';

const LOCALES: readonly Locale[] = ['en', 'fr'];

/** Every catalogue, read as plain (locale, key, params) → text. */
const CATALOGUES = [
  t,
  ta,
  tBig,
  tCalendar,
  tCli,
  tImportPanel,
  tImport,
  tIncrementality,
  tInfluence,
  tj,
  tl,
  tReadiness,
  tReportNote,
  tShapes,
  sidebarText,
].map((c) => ({
  keys: c.keys as readonly string[],
  text: c as unknown as (locale: Locale, key: string, params?: Params) => string,
}));

/** Params that hold every name, each set to `value`. */
const everyParam = (value: string | number): Params =>
  new Proxy({} as Params, { has: () => true, get: () => value });

describe('the plural category, by CLDR rule', () => {
  it.each([
    ['en', 0, 'other'],
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['en', 1.5, 'other'],
    ['en', -1, 'one'],
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 1.5, 'one'],
    ['fr', 2, 'other'],
    ['fr', 1000000, 'other'],
    ['fr', Number.NaN, 'other'],
  ] as const)('%s %p is %s', (locale, count, category) => {
    expect(pluralCategory(locale, count)).toBe(category);
  });
});

describe('a plural choice inside a catalogue string', () => {
  const demo = defineCatalogue(
    {
      dismissed: '{count} {count|entry|entries} you deleted',
      restored: '{count} {count|cell|cells} restored; {changed} {changed|was|were} changed since',
      days: '{days} {days|day|days} late',
    },
    {
      dismissed: '{count} {count|entrée supprimée|entrées supprimées}',
      restored:
        '{count} {count|cellule restaurée|cellules restaurées} ; {changed} {changed|modifiée|modifiées} depuis',
      days: '{days} {days|jour|jours} de retard',
    },
  );

  it.each([
    ['en', 0, '0 entries you deleted'],
    ['en', 1, '1 entry you deleted'],
    ['en', 2, '2 entries you deleted'],
    ['fr', 0, '0 entrée supprimée'],
    ['fr', 1, '1 entrée supprimée'],
    ['fr', 2, '2 entrées supprimées'],
  ] as const)('%s %p → %s', (locale, count, text) => {
    expect(demo(locale, 'dismissed', { count })).toBe(text);
  });

  it('agrees each choice with its own count', () => {
    expect(demo('en', 'restored', { count: 3, changed: 1 })).toBe(
      '3 cells restored; 1 was changed since',
    );
    expect(demo('fr', 'restored', { count: 1, changed: 2 })).toBe(
      '1 cellule restaurée ; 2 modifiées depuis',
    );
  });

  it('reads a fractional count, given as a number or as the text shown', () => {
    expect(demo('en', 'days', { days: 1.5 })).toBe('1.5 days late');
    expect(demo('fr', 'days', { days: '1,5' })).toBe('1,5 jour de retard');
    expect(demo('fr', 'days', { days: '2 500' })).toBe('2 500 jours de retard');
  });

  it('keeps a placeholder whose param is not given, as {name} always did', () => {
    expect(demo('en', 'dismissed')).toBe('{count} {count|entry|entries} you deleted');
    expect(t('en', 'error.generic', { message: 'x' })).toBe('Something went wrong: x');
  });

  it('leaves no placeholder in any catalogue string when every param is given (any count)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.integer().map((n) => n.toLocaleString('fr-FR'))),
        fc.constantFrom(...LOCALES),
        (count, locale) =>
          CATALOGUES.every((c) =>
            c.keys.every((key) => !c.text(locale, key, everyParam(count)).includes('{')),
          ),
      ),
      { numRuns: 40 },
    );
  });
});

describe('the catalogues', () => {
  it('say no "(s)", "(ies)", "(x)" or "e(s)" in English or French', () => {
    const hedged: string[] = [];
    for (const c of CATALOGUES)
      for (const key of c.keys)
        for (const locale of LOCALES) {
          const text = c.text(locale, key);
          if (/\p{L}\((s|es|ies|x|e)\)/u.test(text)) hedged.push(`${locale} ${key}: ${text}`);
        }
    expect(hedged).toEqual([]);
  });
});
