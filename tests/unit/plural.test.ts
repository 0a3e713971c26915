/**
 * Real plurals in every user-facing string: "1 entry" / "3 entries", "1 colonne ajoutée" /
 * "2 colonnes ajoutées", never "entry(ies)" or "colonne(s) ajoutée(s)". The rules are CLDR's,
 * https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html :
 * English one is exactly 1; French one is 0 and 1 (i = 0,1, so 1,5 too).
 */
import fc from 'fast-check';
import type { CellValue, Locale } from '../../src/core/types';
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
import { diagnosticText } from '../../src/core/i18n/diagnostics';
import { countedNote, reportNoteText } from '../../src/core/attribution/report-notes';
import { readReviewSheet } from '../../src/core/review/sheet';
import type { DayNumber } from '../../src/core/dates';

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

  it('writes a count in the locale’s digits, its form agreeing with the figure shown', () => {
    expect(demo('en', 'days', { days: 1.5 })).toBe('1.5 days late');
    expect(demo('fr', 'days', { days: 1.5 })).toBe('1,5 jour de retard');
    expect(demo('fr', 'days', { days: 2500 })).toBe('2\u202f500 jours de retard');
    expect(demo('en', 'days', { days: 1000 })).toBe('1,000 days late');
    expect(demo('en', 'days', { days: 1 })).toBe('1 day late');
    // Shown with one decimal, 1.04 reads "1 day", so it agrees as 1 does.
    expect(demo('en', 'days', { days: 1.04 })).toBe('1 day late');
  });

  it('writes a count in the same digits in every string of its catalogue', () => {
    // `days` is a count ({days|…}), so a string saying it without a plural groups it too.
    const c = defineCatalogue(
      { late: '{days} {days|day|days} late', bare: 'due in {days}; row {row}' },
      { late: '{days} {days|jour|jours} de retard', bare: 'dans {days} ; ligne {row}' },
    );
    expect(c('fr', 'bare', { days: 1200, row: 1200 })).toBe('dans 1\u202f200 ; ligne 1200');
    expect(c('en', 'bare', { days: 1200, row: 1200 })).toBe('due in 1,200; row 1200');
  });

  it('reads back the count it was given from any integer’s written digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(...LOCALES), (n, locale) => {
        const digits = demo(locale, 'days', { days: n }).split(' ')[0];
        return Number(digits.replace(locale === 'fr' ? /\u202f/g : /,/g, '')) === n;
      }),
    );
  });

  it('keeps a placeholder whose param is not given, as {name} always did', () => {
    expect(demo('en', 'dismissed')).toBe('{count} {count|entry|entries} you deleted');
    expect(t('en', 'error.generic', { message: 'x' })).toBe('Something went wrong: x');
  });

  it('leaves no placeholder in any catalogue string when every param is given (any count)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.double(),
          fc.integer().map((n) => n.toLocaleString('fr-FR')),
        ),
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

describe('the sentences users read, in the singular for one', () => {
  it.each([
    ['en', 1, '1 deleted Journal entry added back.'],
    ['en', 3, '3 deleted Journal entries added back.'],
    ['fr', 1, '1 entrée supprimée rajoutée au Journal.'],
    ['fr', 2, '2 entrées supprimées rajoutées au Journal.'],
  ] as const)('Restore, %s %p: %s', (locale, count, text) => {
    expect(tj(locale, 'restore.done', { count })).toBe(text);
  });

  it.each([
    ['en', 1, 'Review sheet formatted: 1 column added, your data left as it was.'],
    ['en', 9, 'Review sheet formatted: 9 columns added, your data left as it was.'],
    ['fr', 1, 'Tableau de revue mis en forme : 1 colonne ajoutée, vos données sont intactes.'],
    ['fr', 2, 'Tableau de revue mis en forme : 2 colonnes ajoutées, vos données sont intactes.'],
  ] as const)('Format, %s %p: %s', (locale, added, text) => {
    expect(ta(locale, 'result.formatted', { added })).toBe(text);
  });

  it('says "1 000 lignes lues" and "1,000 programs" with the locale’s grouping', () => {
    expect(tImportPanel('fr', 'panel.fileRead', { file: 'export.csv', rows: 1000 })).toBe(
      'export.csv : 1\u202f000 lignes lues.',
    );
    expect(tImportPanel('fr', 'panel.fileRead', { file: 'export.csv', rows: 1 })).toBe(
      'export.csv : 1 ligne lue.',
    );
    expect(ta('en', 'result.refreshed', { rows: 1000, urgent: 2, overdue: 3, dueSoon: 4 })).toBe(
      'Refreshed 1,000 programs: 2 urgent, 3 overdue, 4 due soon.',
    );
  });

  it('writes the counts no word agrees with in the same digits as those beside them', () => {
    expect(
      ta('fr', 'result.refreshed', { rows: 10000, urgent: 1200, overdue: 3, dueSoon: 4 }),
    ).toBe(
      'Actualisé — programmes : 10\u202f000 ; urgents : 1\u202f200 ; en retard : 3 ; bientôt : 4.',
    );
    expect(tCalendar('en', 'sync.done', { created: 1200, updated: 1500, deleted: 3 })).toBe(
      'Calendar updated: 1,200 created, 1,500 updated, 3 deleted.',
    );
    expect(tl('en', 'sync.timeBudget', { written: 1200, total: 10000 })).toBe(
      '1,200 of 10,000 reminders written; continuing in the background.',
    );
    expect(sidebarText('fr', 'sync.diff', { create: 1200, update: 0, remove: 3 })).toBe(
      '1\u202f200 à créer · 0 à modifier · 3 à supprimer',
    );
  });

  it('agrees the restored and the changed cells of a partial undo separately', () => {
    expect(tImport('en', 'result.undoPartial', { count: 3, changed: 1 })).toBe(
      'Import undone: 3 cells restored; 1 changed since was left as it is.',
    );
    expect(tImport('fr', 'result.undoPartial', { count: 1, changed: 2 })).toBe(
      'Import annulé : 1 cellule restaurée ; 2 modifiées depuis laissées telles quelles.',
    );
  });

  it('agrees the French participles before and after the count of deleted entries', () => {
    const refreshed = { rows: 3, urgent: 1, overdue: 0, dueSoon: 0 };
    expect(ta('fr', 'result.refreshedDismissed', { ...refreshed, dismissed: 1 })).toBe(
      'Actualisé — programmes : 3 ; urgents : 1 ; en retard : 0 ; bientôt : 0. Non rajoutée au Journal : 1 entrée que vous avez supprimée (Restaurer : onglet Journal de la barre latérale).',
    );
    expect(ta('fr', 'result.refreshedDismissed', { ...refreshed, dismissed: 2 })).toBe(
      'Actualisé — programmes : 3 ; urgents : 1 ; en retard : 0 ; bientôt : 0. Non rajoutées au Journal : 2 entrées que vous avez supprimées (Restaurer : onglet Journal de la barre latérale).',
    );
    expect(ta('en', 'result.refreshedDismissed', { ...refreshed, dismissed: 1 })).toBe(
      'Refreshed 3 programs: 1 urgent, 0 overdue, 0 due soon. Not added back to the Journal: 1 entry you deleted (Restore is in the sidebar’s Journal tab).',
    );
    expect(sidebarText('en', 'journal.dismissed', { count: 2 })).toBe(
      '2 entries you deleted from the Journal sheet: Refresh does not add them back.',
    );
    expect(sidebarText('en', 'journal.needReason', { count: 1 })).toBe('1 change needs a reason');
    expect(sidebarText('fr', 'journal.needReason', { count: 0 })).toBe('0 variation à expliquer');
  });

  it('says "1 day late" and "1 créé" in the calendar digest and sync', () => {
    expect(
      tCalendar('en', 'digest.item.overdue', { name: 'Welcome', date: '2026-11-21', days: 1 }),
    ).toBe('Welcome: due 2026-11-21, 1 day late');
    expect(
      tCalendar('fr', 'digest.item.overdue', { name: 'Bienvenue', date: '21/11/2026', days: 2 }),
    ).toBe('Bienvenue : prévue le 21/11/2026, 2 jours de retard');
    expect(tCalendar('en', 'digest.subject', { count: 1 })).toBe(
      'Cadence: 1 review overdue or due this week',
    );
    expect(tCalendar('fr', 'sync.done', { created: 1, updated: 0, deleted: 3 })).toBe(
      'Agenda mis à jour : 1 créé, 0 mis à jour, 3 supprimés.',
    );
    expect(sidebarText('fr', 'sync.remaining', { remaining: 1200 })).toBe(
      '1\u202f200 restent pour la prochaine synchronisation.',
    );
  });

  it('agrees the influence readiness sentences with a count of one, in English and French', () => {
    const params = { count: 1, of: 5, share: '20 %', window: 90, names: 'Webinar' };
    expect(tReadiness('en', 'conversionsWithoutTouch.warn', params)).toBe(
      '1 of 5 conversions (20 %) has no touch before it inside the influence window: no model credits it.',
    );
    expect(tReadiness('fr', 'conversionsWithoutTouch.warn', params)).toBe(
      '1 conversion sur 5 (20 %) n’a aucun contact avant elle dans la fenêtre d’influence : aucun modèle ne la crédite.',
    );
    expect(tReadiness('fr', 'unstableChannels.warn', { ...params, count: 2 })).toBe(
      '2 canaux sur 5 (20 %) sont dans moins de 30 parcours convertis, leur crédit est donc instable : Webinar.',
    );
    expect(tReadiness('en', 'span.warn', { count: 1 })).toBe(
      'The data spans 1 day: fewer than the 30 days of data to collect before analysing anything.',
    );
    expect(tReadiness('fr', 'names.more', { names: 'A, B, C, D, E', count: 1 })).toBe(
      'A, B, C, D, E et 1 autre',
    );
    expect(tIncrementality('fr', 'excluded.both', { count: 1 })).toBe(
      '1 prospect était dans les deux groupes d’une campagne : écarté.',
    );
    expect(
      tCli('en', 'summary.review', {
        sheet: 'Review',
        today: '2026-11-22',
        programs: 1,
        counts: '1 ✓ OK',
      }),
    ).toBe('Review · today 2026-11-22 · 1 program · 1 ✓ OK');
  });

  it('says "read as 1 day" and "1,4 jour ; lu 1 jour" for rounded days (CLDR: French 1,4 is one)', () => {
    const grid: CellValue[][] = [
      ['Name', 'Baseline', 'Type', 'Sales cycle (days)'],
      ['A', 10, 'Nurture', 1.4],
      ['B', 10, 'Nurture', 2.6],
    ];
    const diagnostics = readReviewSheet(grid, { timeZone: 'UTC', today: 0 as DayNumber })
      .diagnostics.filter((d) => d.code === 'rounded_days')
      .map((d) => [d.message, diagnosticText(d, 'fr')]);
    expect(diagnostics).toEqual([
      ['D2 holds 1.4 days; read as 1 day.', 'D2 contient 1,4 jour ; lu 1 jour.'],
      ['D3 holds 2.6 days; read as 3 days.', 'D3 contient 2,6 jours ; lu 3 jours.'],
    ]);
  });

  it('says the influence report notes in the singular for one, the JSON English unchanged', () => {
    expect(reportNoteText(countedNote('outsideWindow', 1, { window: 90 }), 'en')).toBe(
      '1 touch older than the 90-day influence window ignored',
    );
    expect(reportNoteText(countedNote('outsideWindow', 12, { window: 90 }), 'en')).toBe(
      '12 touches older than the 90-day influence window ignored',
    );
    expect(reportNoteText(countedNote('outsideWindow', 1, { window: 1 }), 'fr')).toBe(
      '1 contact plus ancien que la fenêtre d’influence de 1 jour ignoré',
    );
    expect(reportNoteText(countedNote('withoutTouch', 3), 'fr')).toBe(
      '3 conversions sans contact dans la fenêtre d’influence : non attribuées',
    );
  });

  it('keeps the JSON English notes digits as they were written (a contract), French groups them', () => {
    // `cadence influence --json` printed "13810 conversions had…" on 5 M touches; tools read it.
    expect(reportNoteText(countedNote('sharedLastDay', 13810), 'en')).toBe(
      '13810 conversions had several touches on the last day: they share the last-touch credit',
    );
    expect(reportNoteText(countedNote('afterConversion', 2.25), 'en')).toBe(
      '2.25 touches after conversion ignored',
    );
    expect(reportNoteText(countedNote('sharedLastDay', 13810), 'fr')).toMatch(/^13\u202f810 conversions /);
  });
});
