/**
 * The influence action (src/gas/influence) against the in-memory Apps Script, with the services
 * installed on globalThis: the report sheet, its chart, protection, call counts, formula-injection
 * safety, the spreadsheet's time zone, and every failure as a sentence in the user's language.
 */
import path from 'path';
import { dayNumber, midnightInZone } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';
import {
  buildInfluenceReport,
  buildInfluenceReportFromMenu,
} from '../../src/gas/influence/entrypoints';
const INFLUENCE_SHEET = 'Influence report';
const INFLUENCE_SHEET_FR = 'Rapport d’influence';
import { createAppsScript, type AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { readWorkbook } from '../../src/local/files/read-grid';
import { THREE_PATH_ROWS } from '../support/influence';
import { creditHeaderRow } from './influence-rows';

const TOUCHES_CSV = path.resolve(__dirname, '../../examples/touches.csv');
const TOUCH_HEADERS = ['Prospect', 'Campaign', 'Channel', 'Touched at', 'Converted at', 'Revenue'];

let env: AppsScriptEnvironment;
let uninstall: () => void = () => undefined;

function world(options: Parameters<typeof createAppsScript>[0] = {}): AppsScriptEnvironment {
  uninstall();
  env = createAppsScript({ timeZone: 'Europe/Paris', locale: 'en', ...options });
  uninstall = env.install();
  return env;
}

afterEach(() => {
  uninstall();
  uninstall = () => undefined;
});

let csvRows: CellValue[][];
beforeAll(async () => {
  [{ rows: csvRows }] = await readWorkbook(TOUCHES_CSV, 'Europe/Paris');
});

/** The report tab: "Influence report", or "Rapport d’influence" for a French user. */
function report() {
  return (
    env.spreadsheet.getSheetByName(INFLUENCE_SHEET) ?? env.spreadsheet.sheet(INFLUENCE_SHEET_FR)
  );
}

/** 1-based row of the credit table's header in the report tab. */
function headerRow(): number {
  return creditHeaderRow(report().getDataRange().getValues());
}

/** Column `label` of the campaign rows, by campaign name, as getValues returns them. */
function column(label: string): Record<string, CellValue> {
  const values = report().getDataRange().getValues();
  const HEADER_ROW = headerRow();
  const index = values[HEADER_ROW - 1].indexOf(label);
  if (index < 0) throw new Error(`no column ${label}`);
  const out: Record<string, CellValue> = {};
  for (const row of values.slice(HEADER_ROW)) {
    if (row[0] === '') break;
    out[String(row[0])] = row[index];
  }
  return out;
}

/** "2026-02-09 09:31" as the Date Sheets holds for that wall-clock time in `timeZone`. */
function wallClock(text: string, timeZone: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) return text;
  const midnight = midnightInZone(dayNumber(+m[1], +m[2], +m[3]), timeZone).getTime();
  return new Date(midnight + (+m[4] * 60 + +m[5]) * 60_000);
}

/** n prospects, each touched by "Campaign i" then the newsletter, converting the next day. */
function touchesFor(n: number): CellValue[][] {
  const rows: CellValue[][] = [TOUCH_HEADERS];
  for (let i = 0; i < n; i++) {
    rows.push([`P${i}`, `Campaign ${i}`, 'Email', '2026-03-01', '2026-03-03', 100]);
    rows.push([`P${i}`, 'Newsletter', 'Email', '2026-03-02', '2026-03-03', 100]);
  }
  return rows;
}

describe('examples/touches.csv loaded as a "Touches" sheet of text cells', () => {
  test('one row per campaign, one column per model, the sheet named "Influence report"', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', csvRows);
    const result = buildInfluenceReport();
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(
      /^Influence report rebuilt from “Touches”: \d+ campaigns, [\d,]+ conversions\.$/,
    );
    const values = report().getDataRange().getValues();
    expect(values[0][0]).toBe('Campaign influence report');
    expect(values[headerRow() - 1].slice(0, 10).join(' | ')).toBe(
      'Campaign | First touch | Last touch | Linear | U-shaped | W-shaped | Full path | ' +
        'Time decay | Markov | Shapley',
    );
    expect(values[headerRow() - 1]).toContain('Markov (revenue)');
    expect(values[headerRow() - 1].slice(-4)).toEqual([
      'Lowest credit',
      'Highest credit',
      'Tied within noise with',
      'Removal effect',
    ]);
    const campaigns = new Set(csvRows.slice(1).map((r) => r[1]));
    expect(Object.keys(column('Linear')).sort()).toEqual([...campaigns].sort());
    // Every model's credits add up to the total conversions written in the summary row.
    const total = (values.find((r) => r[0] === 'Conversions') as CellValue[])[1] as number;
    for (const model of ['First touch', 'Time decay', 'Markov', 'Shapley']) {
      const sum = Object.values(column(model)).reduce((a: number, b) => a + (b as number), 0);
      expect(sum).toBeCloseTo(total, 9);
    }
    // Each campaign's 95 % interval holds its credit (the bootstrap resamples the same journeys).
    const credits = column('Linear');
    for (const [name, range] of Object.entries(column('Linear: 95 % interval'))) {
      const [low, high] = String(range)
        .split('–')
        .map((t) => Number(t.replace(/,/g, '')));
      expect(low).toBeLessThanOrEqual((credits[name] as number) + 0.05);
      expect(high).toBeGreaterThanOrEqual((credits[name] as number) - 0.05);
    }
    expect(values.map((r) => r[0])).toContain('What no model can prove');
  });

  test('a bar chart of the models, replaced (not stacked) on rebuild; protection created once', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', csvRows);
    expect(buildInfluenceReport().ok).toBe(true);
    const first = report().snapshot();
    expect(buildInfluenceReport().ok).toBe(true);
    const charts = report().getCharts();
    expect(charts).toHaveLength(1);
    const chart = charts[0];
    expect(chart.getType()).toBe('BAR');
    expect(chart.getOptions().get('title')).toBe('Conversions credited to each campaign, by model');
    const [range] = chart.getRanges();
    const campaigns = Object.keys(column('Linear')).length;
    expect(range.getA1Notation()).toBe(`A${headerRow()}:J${headerRow() + campaigns}`);
    expect(chart.getContainerInfo().getAnchorRow()).toBe(headerRow());
    const protections = report().getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    // Running it twice changes nothing the second time.
    expect(report().snapshot().values).toEqual(first.values);
    // Only the title is pinned: the readiness block above the table is too tall to freeze.
    expect(report().getFrozenRows()).toBe(1);
  });

  test('the same sheet with Date cells gives the same report', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', csvRows);
    buildInfluenceReport();
    const fromText = report().getDataRange().getValues();

    world();
    const dated = csvRows.map((row, i) =>
      i === 0 ? row : row.map((cell) => wallClock(String(cell), 'Europe/Paris')),
    );
    expect(dated[1][3]).toBeInstanceOf(Date);
    env.spreadsheet.addSheetFromGrid('Touches', dated);
    expect(buildInfluenceReport().ok).toBe(true);
    expect(report().getDataRange().getValues()).toEqual(fromText);
  });

  test('the user cells are never touched', () => {
    world();
    const touches = env.spreadsheet.addSheetFromGrid('Touches', csvRows);
    const before = touches.snapshot();
    buildInfluenceReport();
    expect(touches.snapshot()).toEqual(before);
  });
});

describe('batched writes', () => {
  /** Calls of the first build, and of a rebuild (the sheet then has its size). */
  function callsFor(campaigns: number): Record<'first' | 'again', Record<string, number>> {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', touchesFor(campaigns));
    let before = env.calls.snapshot();
    expect(buildInfluenceReport().ok).toBe(true);
    const first = env.calls.since(before).byMethod('SpreadsheetApp');
    before = env.calls.snapshot();
    expect(buildInfluenceReport().ok).toBe(true);
    return { first, again: env.calls.since(before).byMethod('SpreadsheetApp') };
  }

  test('5 and 500 campaigns cost exactly the same SpreadsheetApp calls', () => {
    const { again: five, first: fiveFirst } = callsFor(5);
    const { again: fiveHundred, first: fiveHundredFirst } = callsFor(500);
    expect(fiveHundred).toEqual(five);
    // The first build of 500 campaigns and 500 leads (over 1,000 rows) grows Sheets' default
    // 1,000-row grid once; nothing else differs.
    const { ['SpreadsheetApp Sheet.insertRowsAfter']: grown, ...rest } = fiveHundredFirst;
    expect(grown).toBe(1);
    expect(rest).toEqual(fiveFirst);
    expect(five['SpreadsheetApp Range.setWraps']).toBe(1);
    expect(five['SpreadsheetApp Range.setValues']).toBe(1);
    expect(five['SpreadsheetApp Range.setNumberFormats']).toBe(1);
    expect(five['SpreadsheetApp Range.setFontWeights']).toBe(1);
    expect(five['SpreadsheetApp Range.setBackgrounds']).toBe(1);
    expect(five['SpreadsheetApp Range.getValues']).toBe(1);
    expect(five['SpreadsheetApp Sheet.insertChart']).toBe(1);
  });

  test('500 campaigns: the worked numbers hold row by row (first touch 1 each, last touch 500 newsletter)', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', touchesFor(500));
    buildInfluenceReport();
    const first = column('First touch');
    expect(first['Campaign 0']).toBe(1);
    expect(first.Newsletter).toBe(0);
    expect(column('Last touch').Newsletter).toBe(500);
    expect(column('First touch (revenue)')['Campaign 499']).toBe(100);
  });
});

describe('an existing report sheet', () => {
  test('is reused: stale cells and chart gone, grown to fit the block', () => {
    world();
    const old = env.spreadsheet.addSheetFromGrid(INFLUENCE_SHEET, [['stale', 'stale', 'stale']], {
      maxRows: 10,
      maxColumns: 5,
    });
    old.insertChart(old.newChart().addRange(old.getRange('A1:C1')).build());
    env.spreadsheet.addSheetFromGrid('Touches', touchesFor(20));
    expect(buildInfluenceReport().ok).toBe(true);
    const sheet = report();
    expect(sheet).toBe(old);
    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(headerRow() + 21);
    expect(sheet.getMaxColumns()).toBeGreaterThanOrEqual(22);
    expect(sheet.getRange(1, 1).getValue()).toBe('Campaign influence report');
    expect(sheet.getDataRange().getValues().flat()).not.toContain('stale');
    expect(sheet.getCharts().map((c) => c.getType())).toEqual(['BAR']);
  });
});

describe('campaign names are written as text', () => {
  const names = ['=HYPERLINK("http://evil.example","click")', '+33 1 23 45 67', '-5', '@here'];

  test('getValues returns each name unchanged and no cell holds a formula', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', [
      TOUCH_HEADERS,
      ...names.map((name, i) => [`P${i}`, name, 'Web', '2026-03-01', '2026-03-02', '']),
    ]);
    expect(buildInfluenceReport().ok).toBe(true);
    expect(Object.keys(column('First touch')).sort()).toEqual([...names].sort());
    const formulas = report().getDataRange().getFormulas();
    expect(formulas.flat().every((f) => f === '')).toBe(true);
  });
});

describe('the spreadsheet time zone decides the touch days', () => {
  // A at 10:00 UTC and B at 23:30 UTC on March 1, conversion March 2 08:00 UTC. In UTC both
  // touches fall on the last touch day and share the last-touch credit 0.5 / 0.5; in Paris
  // (UTC+1) B is on March 2 alone and takes it all.
  const grid = (): CellValue[][] => [
    TOUCH_HEADERS,
    ['p1', 'A', 'Web', new Date('2026-03-01T10:00:00Z'), new Date('2026-03-02T08:00:00Z'), ''],
    ['p1', 'B', 'Web', new Date('2026-03-01T23:30:00Z'), new Date('2026-03-02T08:00:00Z'), ''],
  ];

  test.each([
    ['UTC', { A: 0.5, B: 0.5 }],
    ['Europe/Paris', { A: 0, B: 1 }],
  ])('%s', (timeZone, lastTouch) => {
    world({ timeZone });
    env.spreadsheet.addSheetFromGrid('Touches', grid());
    expect(buildInfluenceReport().ok).toBe(true);
    expect(column('Last touch')).toEqual(lastTouch);
  });
});

describe('finding the input', () => {
  test('any sheet whose headers are recognised, when none is named Touches or Paths', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Review', [
      ['Program', 'Baseline'],
      ['Nurture', 10],
    ]);
    env.spreadsheet.addSheetFromGrid('GA4 export', [
      ['Conversion path', 'Key events'],
      ...THREE_PATH_ROWS,
    ]);
    const result = buildInfluenceReport();
    expect(result).toMatchObject({
      ok: true,
      message: 'Influence report rebuilt from “GA4 export”: 4 campaigns, 10 conversions.',
    });
    // Paths carry no prospects or dates: the sidebar's readiness is the one check that applies.
    expect(result.summary?.readiness.map((r) => r.label)).toEqual([
      'Campaigns under 30 conversions',
    ]);
    expect(result.summary?.ties).toEqual([
      'search and direct are tied within noise: the data cannot rank them.',
    ]);
    expect(column('First touch')).toEqual({ search: 8, direct: 2, email: 0, social: 0 });
  });

  test('a French "Parcours" sheet, in French', () => {
    world({ locale: 'fr' });
    env.spreadsheet.addSheetFromGrid('parcours', [
      ['Chemin', 'Conversions totales'],
      ...THREE_PATH_ROWS,
    ]);
    const result = buildInfluenceReport();
    expect(result.message).toBe(
      'Rapport d’influence reconstruit à partir de « parcours » : 4 campagnes, 10 conversions.',
    );
    expect(column('Premier contact')).toEqual({ search: 8, direct: 2, email: 0, social: 0 });
    expect(report().getRange(headerRow(), 1).getValue()).toBe('Campagne');
  });

  test('a cell read with care is named under the caveats, in the user’s language', () => {
    world({ locale: 'fr' });
    env.spreadsheet.addSheetFromGrid('parcours', [
      ['Chemin', 'Conversions totales'],
      ...THREE_PATH_ROWS,
      ['social', -2],
    ]);
    // B5's negative count is left out: the three paths' 10 conversions remain.
    expect(buildInfluenceReport().message).toBe(
      'Rapport d’influence reconstruit à partir de « parcours » : 4 campagnes, 10 conversions.',
    );
    const shown = report()
      .getDataRange()
      .getValues()
      .map((row) => String(row[0]))
      .join(' ');
    expect(shown).toContain('nombre négatif (conversions) en B5 : ligne écartée');
  });

  test('no input sheet: a clear message in the user language, and no report sheet', () => {
    world({ locale: 'fr' });
    env.spreadsheet.addSheetFromGrid('Review', [
      ['Program', 'Baseline'],
      ['Nurture', 10],
    ]);
    const result = buildInfluenceReport();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Aucune feuille de contacts ou de parcours trouvée\./);
    expect(env.spreadsheet.getSheetByName(INFLUENCE_SHEET)).toBeNull();
  });

  test('missing columns and unreadable cells are named', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', [
      ['Prospect', 'Campaign', 'Touched at', 'Converted at'],
      ['p1', 'A', 'last Tuesday', ''],
    ]);
    expect(buildInfluenceReport()).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The sheet “Touches” cannot be used for the influence report: unreadable cells C2 \(.+\)\.$/,
      ),
    });
    world({ locale: 'fr' });
    env.spreadsheet.addSheetFromGrid('Touches', [
      ['Prospect', 'Touched at'],
      ['p1', '2026-01-01'],
    ]);
    expect(buildInfluenceReport().message).toBe(
      'La feuille « Touches » ne peut pas servir au rapport d’influence : colonnes manquantes ' +
        'Campaign, Converted at.',
    );
  });
});

describe('failures are sentences, never stack traces', () => {
  test('another action holds the document lock', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', touchesFor(2));
    env.locks.holdElsewhere('document');
    expect(buildInfluenceReport()).toEqual({
      ok: false,
      message: 'Another Cadence action is running on this spreadsheet. Try again in a moment.',
    });
  });

  test('a service failure mid-write', () => {
    world({ locale: 'fr' });
    env.spreadsheet.addSheetFromGrid('Touches', touchesFor(2));
    const fault = env.faults.failOn({
      service: 'SpreadsheetApp',
      method: 'Range.setValues',
      error: new Error('Service Spreadsheets failed'),
    });
    const result = buildInfluenceReport();
    expect(fault.fired).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.message).toBe('Une erreur est survenue : Service Spreadsheets failed');
    expect(result.message).not.toMatch(/\n\s+at /);
    // The lock was released: the next run completes the sheet.
    expect(buildInfluenceReport().ok).toBe(true);
    expect(Object.keys(column('Linéaire'))).toHaveLength(3);
  });
});

describe('from the menu', () => {
  test('success: a toast; failure: an alert', () => {
    world();
    env.spreadsheet.addSheetFromGrid('Touches', touchesFor(3));
    buildInfluenceReportFromMenu();
    expect(env.ui.toasts).toHaveLength(1);
    expect(env.ui.toasts[0].message).toMatch(/^Influence report rebuilt from “Touches”/);
    expect(env.ui.alerts).toHaveLength(0);

    world();
    buildInfluenceReportFromMenu();
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0].prompt).toMatch(/^No touches or paths sheet found/);
  });
});
