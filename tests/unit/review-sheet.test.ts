import { toIso } from '../../src/core/dates';
import { diagnosticText } from '../../src/core/i18n/diagnostics';
import { readReviewSheet } from '../../src/core/review/sheet';
import type { CellValue } from '../../src/core/types';
import { dateCell, day } from './review-fixtures';

const zone = 'Europe/Paris';
const today = day('2026-11-22');
const D = (iso: string) => dateCell(iso, zone);
const read = (grid: CellValue[][]) => readReviewSheet(grid, { timeZone: zone, today });
const diags = (grid: CellValue[][]) =>
  read(grid).diagnostics.map((d) => [d.cell, d.severity, d.code]);

describe('rows', () => {
  const grid: CellValue[][] = [
    [
      'Nom',
      'Référence',
      'Type',
      'Indicateur',
      'Responsable',
      'Mis en place le',
      'Groupe',
      'Réglé',
      'Sens',
      'Effectif',
      'Statut',
      D('2026-05-01'),
      D('2026-02-01'),
      D('2027-02-01'),
    ],
    [
      'Webinaire produit',
      '12,5 %',
      'Webinaire',
      "Taux d'inscription",
      'ana@example.com',
      '15/01/2026',
      '',
      'non',
      'hausse',
      240,
      'overdue',
      '14 %',
      0.11,
      '',
    ],
    ['', '', '', '', '', '', '', '', '', '', 'ok', '', '', ''],
    ['', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    [
      'Scoring',
      '45/120',
      'Règle de scoring',
      '% MQL acceptés',
      '',
      D('2025-11-01'),
      '',
      'oui',
      '',
      '',
      '',
      '',
      '#N/A',
      0.6,
    ],
  ];
  const sheet = read(grid);

  test('blank rows and rows without a name are skipped; sheet rows are 1-based', () => {
    expect(sheet.rows.map((r) => [r.row, r.name])).toEqual([
      [2, 'Webinaire produit'],
      [5, 'Scoring'],
    ]);
  });

  test('a webinar row: facts, implied French group, baseline as a fraction, series in date order', () => {
    const [web] = sheet.rows;
    expect(web).toMatchObject({
      type: 'content',
      contentKind: 'webinar',
      group: 'Webinaires',
      groupKey: 'content:webinar',
      metric: "Taux d'inscription",
      owner: 'ana@example.com',
      tuned: false,
      direction: 'hausse',
      volume: 240,
      baseline: { value: 0.125, form: 'percent' },
    });
    expect(toIso(web.setUpOn as number)).toBe('2026-01-15');
    expect(web.series.map((p) => [p.letter, toIso(p.day), p.value])).toEqual([
      ['M', '2026-02-01', 0.11],
      ['L', '2026-05-01', 0.14],
    ]);
  });

  test('a scoring row: counts kept, #N/A skipped with a diagnostic, future value left out', () => {
    const scoring = sheet.rows[1];
    expect(scoring).toMatchObject({ type: 'scoring_rule', isMqlAcceptance: true, tuned: true });
    expect(scoring.baseline).toEqual({
      value: 0.375,
      form: 'counts',
      counts: { successes: 45, trials: 120 },
    });
    expect(scoring.series).toEqual([]);
    expect(sheet.diagnostics.map((d) => [d.cell, d.code])).toEqual([
      ['N1', 'future_values'],
      ['M5', 'cell_error'],
    ]);
    expect(sheet.diagnostics.map((d) => d.message)).toEqual([
      'N1: the review column dated 2027-02-01 is after today but already holds a value (row 5); it is not counted yet.',
      'M5 holds the error #N/A; the cell is skipped.',
    ]);
  });

  test('the add-on\'s own Statut column is never read: its "ok" does not make row 3 a program', () => {
    expect(sheet.columns.owned).toEqual({ status: 10 });
    expect(sheet.diagnostics.some((d) => d.row === 2)).toBe(false);
  });
});

test('"Vidéo" and "Video" read the same: the implied group follows the header language', () => {
  const fr = read([
    ['Nom', 'Référence', 'Type'],
    ['Démo', '', 'Vidéo'],
  ]);
  const en = read([
    ['Name', 'Baseline', 'Type'],
    ['Demo', '', 'Vidéo'],
  ]);
  expect(fr.rows[0].group).toBe('Vidéos');
  expect(en.rows[0].group).toBe('Videos');
  expect(fr.rows[0].groupKey).toBe(en.rows[0].groupKey);
});

describe('diagnostics name the cell', () => {
  test('unknown and missing types, bad dates, bad days, bad checkboxes', () => {
    const grid: CellValue[][] = [
      ['Name', 'Baseline', 'Type', 'Set up on', 'Sales cycle (days)', 'Cadence (days)', 'Tuned'],
      ['A', 10, 'Podcast', 'last spring', 'long', -5, 'maybe'],
      ['B', 'ten', '', '2026-02-30', 45.5, 0, ''],
    ];
    expect(diags(grid)).toEqual([
      ['C2', 'warning', 'unknown_type'],
      ['D2', 'warning', 'not_a_date'],
      ['E2', 'warning', 'bad_days'],
      ['F2', 'warning', 'bad_days'],
      ['G2', 'warning', 'not_a_boolean'],
      ['B3', 'warning', 'not_a_number'],
      ['C3', 'warning', 'missing_type'],
      ['D3', 'warning', 'not_a_date'],
      ['E3', 'info', 'rounded_days'],
      ['F3', 'warning', 'bad_days'],
    ]);
    const messages = read(grid).diagnostics.map((d) => d.message);
    expect(messages).toContain(
      'C2: unknown program type "Podcast"; reviewed every 90 days. Known types: nurture, automation rule, scoring rule, lead assignment, content.',
    );
    expect(messages).toContain('E3 holds 45.5 days; read as 46 days.');
  });

  test('no Type column: one info on B1 rather than one warning per row', () => {
    expect(
      diags([
        ['Name', 'Baseline'],
        ['A', 1],
        ['B', 2],
      ]),
    ).toEqual([['B1', 'info', 'no_type_column']]);
  });

  test('a row with data but no name is ignored, and says so', () => {
    expect(
      diags([
        ['Name', 'Baseline', 'Type'],
        ['', 5, 'Nurture'],
      ]),
    ).toEqual([['A2', 'info', 'unnamed_row']]);
  });

  test('acceptance rate typed 42 → 42 % (info); 150 → skipped (warning)', () => {
    const grid: CellValue[][] = [
      ['Name', 'Baseline', 'Type', 'Metric', '2026-05-01', '2026-08-01'],
      ['S', 42, 'Scoring rule', 'MQL acceptance rate', 150, 0.55],
    ];
    const sheet = read(grid);
    expect(sheet.rows[0].baseline).toEqual({ value: 0.42, form: 'percent' });
    expect(sheet.rows[0].series.map((p) => p.value)).toEqual([0.55]);
    expect(sheet.diagnostics.map((d) => [d.cell, d.severity, d.code])).toEqual([
      ['B2', 'info', 'rate_in_points'],
      ['E2', 'warning', 'rate_out_of_range'],
    ]);
  });
});

describe('a bare number in a row of rates is in percentage points', () => {
  const rows = (metric: string, values: CellValue[]) =>
    read([
      ['Name', 'Metric', '2026-05-01', '2026-08-01', '2026-11-01'],
      ['A', metric, ...values],
    ]);

  test('Open rate 45, 47 %, 0.46 → 45 %, 47 %, 46 %, the bare 45 named', () => {
    const sheet = rows('Open rate', [45, '47 %', 0.46]);
    expect(sheet.rows[0].series.map((p) => p.value)).toEqual([0.45, 0.47, 0.46]);
    const notes = sheet.diagnostics.filter((d) => d.code === 'rate_in_points');
    expect(notes.map((d) => d.cell)).toEqual(['C2']);
  });

  test('Taux de clic 3 → 3 %, in French too', () => {
    const sheet = rows('Taux de clic', ['2,5 %', 3, '']);
    expect(sheet.rows[0].series.map((p) => p.value)).toEqual([0.025, 0.03]);
    const note = sheet.diagnostics.find((d) => d.code === 'rate_in_points');
    expect(note && diagnosticText(note, 'fr')).toBe(
      'D2 contient 3 dans une ligne de taux ; lu 3 % (points de pourcentage), et non 300 %.',
    );
  });

  test('fractions as Sheets hands percent cells (0.45, 0.46) and a bare 47 → 47 %', () => {
    expect(rows('Leads', [0.45, 0.46, 47]).rows[0].series.map((p) => p.value)).toEqual([
      0.45, 0.46, 0.47,
    ]);
  });

  test('a ratio is not a percentage: LTV:CAC ratio 3.2, 3.5 stay 3.2 and 3.5, and counts stay counts', () => {
    expect(rows('LTV:CAC ratio', [3.2, 3.5, '']).rows[0].series.map((p) => p.value)).toEqual([
      3.2, 3.5,
    ]);
    expect(rows('Leads', [0.5, 30, 40]).rows[0].series.map((p) => p.value)).toEqual([0.5, 30, 40]);
    expect(rows('Leads', [0.5, 0.8, 1.2]).rows[0].series.map((p) => p.value)).toEqual([
      0.5, 0.8, 1.2,
    ]);
  });
});

describe('"1,234" is read the way the rest of the sheet writes numbers', () => {
  // Row A holds only the ambiguous value and a value far from both readings, so the row's
  // magnitudes cannot settle it: the column, the sheet and the locale must.
  const grid = (other: CellValue, headers: string[] = ['', '']): CellValue[][] => [
    [...headers, '2026-05-01', '2026-08-01'],
    ['A', '', other, '1,234'],
  ];
  const guesses = (sheet: ReturnType<typeof read>) =>
    sheet.diagnostics.filter((d) => d.code === 'ambiguous_numbers');

  test('"12,5" elsewhere in the sheet → decimal comma → 1.234, no diagnostic needed', () => {
    const sheet = read(grid('12,5'));
    expect(sheet.numberStyle).toBe('decimal_comma');
    expect(sheet.rows[0].series[1].value).toBe(1.234);
    expect(guesses(sheet)).toEqual([]);
  });

  test('"1,234.5" elsewhere → thousands comma → 1234', () => {
    const sheet = read(grid('1,234.5'));
    expect(sheet.numberStyle).toBe('decimal_point');
    expect(sheet.rows[0].series[1].value).toBe(1234);
    expect(guesses(sheet)).toEqual([]);
  });

  test('the column outranks the sheet: "12.5" above "1,234" in D, "12,5" and "3,5" in C → 1234', () => {
    const sheet = read([
      ['', '', '2026-05-01', '2026-08-01'],
      ['A', '', '12,5', '12.5'],
      ['B', '', 700_000, '1,234'],
      ['C', '', '3,5', ''],
    ]);
    expect(sheet.numberStyle).toBe('decimal_comma');
    expect(sheet.rows[1].series[1].value).toBe(1234);
  });

  test('no evidence, English headers → 1234, listed in a warning', () => {
    const sheet = read(grid(700_000, ['Name', 'Baseline']));
    expect(sheet.rows[0].series[1].value).toBe(1234);
    expect(guesses(sheet).map((d) => [d.cell, d.severity])).toEqual([['D2', 'warning']]);
  });

  test('no evidence, French headers → 1.234', () => {
    expect(read(grid(700_000, ['Nom', 'Référence'])).rows[0].series[1].value).toBe(1.234);
  });

  test('no evidence at all → French decimal 1.234, and the warning explains how to be sure', () => {
    const sheet = read(grid(700_000));
    expect(sheet.rows[0].series[1].value).toBe(1.234);
    expect(guesses(sheet).map((d) => d.message)).toEqual([
      'D2 "1,234" → 1.234: each could be read with a decimal or a thousands separator; read with a decimal comma (no locale known: the default). Type them as plain numbers to be sure.',
    ]);
    expect(diagnosticText(guesses(sheet)[0], 'fr')).toBe(
      'D2 « 1,234 » → 1,234 : le séparateur peut être décimal ou de milliers ; lu avec une virgule décimale faute de paramètres régionaux connus. Saisissez des nombres simples pour lever le doute.',
    );
  });

  test('the locale outranks the header language: en-US reads "1,234" as 1234 under French headers', () => {
    const sheet = readReviewSheet(grid(700_000, ['Nom', 'Référence']), {
      timeZone: zone,
      today,
      locale: 'en_US',
    });
    expect(sheet.rows[0].series[1].value).toBe(1234);
    expect(guesses(sheet)[0].message).toContain('(the spreadsheet locale en-US)');
    expect(diagnosticText(guesses(sheet)[0], 'fr')).toContain(
      'lu avec un point décimal d’après les paramètres régionaux du classeur (en-US).',
    );
  });

  test('the row settles it first: "1,234" next to 7 is 1.234, next to 1,100 is 1234 — no warning', () => {
    expect(read(grid(7)).rows[0].series[1].value).toBe(1.234);
    expect(read(grid(1100)).rows[0].series[1].value).toBe(1234);
    expect(guesses(read(grid(7)))).toEqual([]);
  });
});

test('an unknown time zone falls back to UTC instead of throwing', () => {
  const sheet = readReviewSheet([['Name'], ['A']], { timeZone: 'Mars/Olympus', today });
  expect(sheet.timeZone).toBe('UTC');
});
