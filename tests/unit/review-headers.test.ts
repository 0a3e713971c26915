import { toIso } from '../../src/core/dates';
import { headerMeaning, OWNED_COLUMNS, readHeaders } from '../../src/core/review/headers';
import type { CellValue } from '../../src/core/types';
import { dateCell } from './review-fixtures';

const read = (header: CellValue[], width = header.length) =>
  readHeaders(header, width, 'Europe/Paris');

describe('recognising columns by header', () => {
  test.each([
    ['Type', 'type'],
    ['TYPE ', 'type'],
    ['Metric', 'metric'],
    ['Indicateur', 'metric'],
    ['métrique', 'metric'],
    ['Owner', 'owner'],
    ['Responsable', 'owner'],
    ['Set up on', 'setUpOn'],
    ['Set-up on', 'setUpOn'],
    ['Mis en place le', 'setUpOn'],
    ['Date de mise en place', 'setUpOn'],
    ['Group', 'group'],
    ['Groupe', 'group'],
    ['Sales cycle (days)', 'salesCycleDays'],
    ['Cycle de vente (jours)', 'salesCycleDays'],
    ['CYCLE DE VENTE – JOURS', 'salesCycleDays'],
    ['Cadence (days)', 'cadenceDays'],
    ['Fréquence (jours)', 'cadenceDays'],
    ['Frequence jours', 'cadenceDays'],
    ['Tuned', 'tuned'],
    ['Réglé', 'tuned'],
    ['Stabilisé', 'tuned'],
    ['Direction', 'direction'],
    ['Sens', 'direction'],
    ['Volume', 'volume'],
    ['n', 'volume'],
    ['Effectif', 'volume'],
    ['Baseline', 'baseline'],
    ['Référence', 'baseline'],
    ['Avant automatisation', 'baseline'],
    ['Name', 'name'],
    ['Nom', 'name'],
  ])('"%s" → %s', (text, role) => {
    expect(headerMeaning(text)).toEqual({ kind: 'role', role });
  });

  test('every owned column is recognised in English and French, and as nothing else', () => {
    for (const col of OWNED_COLUMNS) {
      expect(headerMeaning(col.en)).toEqual({ kind: 'owned', key: col.key });
      expect(headerMeaning(col.fr)).toEqual({ kind: 'owned', key: col.key });
      expect(headerMeaning(col.fr.toUpperCase())).toEqual({ kind: 'owned', key: col.key });
    }
    expect(headerMeaning('Last change %')).toEqual({ kind: 'owned', key: 'last_change_pct' });
    expect(headerMeaning('Last change')).toEqual({ kind: 'owned', key: 'last_change' });
  });

  test('"N°" numbers rows: it is not the Volume column "n"', () => {
    expect(headerMeaning('N°')).toBeNull();
    expect(headerMeaning('N')).toEqual({ kind: 'role', role: 'volume' });
  });

  test("unknown headers are the user's own columns", () => {
    const cols = read(['Program', 'Leads Q0', 'Notes', 'Type', 'Budget']);
    expect(cols.roles).toEqual({ name: 0, baseline: 1, type: 3 });
    expect(cols.others).toEqual([2, 4]);
  });
});

describe('layout', () => {
  test('the playbook layout without headers: A is the name, B the baseline, dates are reviews', () => {
    const cols = read(['', '', dateCell('2026-08-01', 'Europe/Paris'), '01/11/2026', '2026-02-01']);
    expect(cols.roles).toEqual({ name: 0, baseline: 1 });
    expect(cols.reviewColumns.map((c) => [c.letter, toIso(c.day)])).toEqual([
      ['E', '2026-02-01'],
      ['C', '2026-08-01'],
      ['D', '2026-11-01'],
    ]);
  });

  test('a "Baseline" header elsewhere wins over column B, which stays the user\'s', () => {
    const cols = read(['Name', 'Notes', 'Type', 'Baseline']);
    expect(cols.roles).toMatchObject({ name: 0, baseline: 3 });
    expect(cols.others).toEqual([1]);
  });

  test('column B recognised as Type is not the baseline', () => {
    expect(read(['Name', 'Type', 'Owner']).roles.baseline).toBeUndefined();
  });

  test('owned columns are located and never become the name or baseline', () => {
    const cols = read(['Statut', 'Prochaine revue', 'Nom', 'Tendance']);
    expect(cols.owned).toEqual({ status: 0, next_review: 1, trend: 3 });
    expect(cols.roles).toEqual({ name: 2 });
  });

  test('a header row shorter than the data still covers every column', () => {
    const cols = read(['Name'], 3);
    expect(cols.roles).toEqual({ name: 0, baseline: 1 });
    expect(cols.others).toEqual([2]);
  });

  test('a repeated header: the first wins, the second is flagged at its cell', () => {
    const cols = read(['Name', 'Baseline', 'Type', 'type']);
    expect(cols.roles.type).toBe(2);
    expect(cols.diagnostics.map((d) => [d.cell, d.code])).toEqual([['D1', 'duplicate_header']]);
    expect(cols.diagnostics[0].message).toBe(
      'D1 repeats the "type" column already in C1; this column is ignored.',
    );
  });

  test('an invalid Date header is flagged and kept as a user column', () => {
    const cols = read(['Name', 'Baseline', new Date(NaN)]);
    expect(cols.reviewColumns).toEqual([]);
    expect(cols.diagnostics.map((d) => d.cell)).toEqual(['C1']);
  });

  test('header language: French headers say French, mixed or neutral ones say nothing', () => {
    expect(read(['Nom', 'Référence', 'Type', 'Responsable']).language).toBe('fr');
    expect(read(['Name', 'Baseline', 'Owner']).language).toBe('en');
    expect(read(['', '', 'Type', 'Volume']).language).toBeNull();
  });
});
