/**
 * The CLI's public contract, run as a user would: the real `bin/cadence.js` on the bundled
 * examples (and on broken inputs), checking what is printed and the exit codes.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { OWNED_COLUMNS } from '../../src/core/review/headers';
import { cadence, cadenceWith } from './run';

interface ReviewJsonRow {
  row: number;
  name: string;
  status: string;
  nextReview: string | null;
  deltas: Array<{ from: string; to: string; abs: number; pct: number | null; direction: string }>;
  trend: { direction: string; points: number };
}

/** The example workbook on the examples' day, in Paris. */
const EXAMPLE_REVIEW = [
  'review',
  'examples/review.xlsx',
  '--today',
  '2026-11-22',
  '--tz',
  'Europe/Paris',
] as const;

describe('cadence review', () => {
  const run = cadence(...EXAMPLE_REVIEW, '--json');
  const json = JSON.parse(run.stdout) as {
    sheet: string;
    today: string;
    rows: ReviewJsonRow[];
    columns: Array<{ column: string; date: string; status: string; missingRows: number[] }>;
    diagnostics: Array<{ cell: string; severity: string }>;
    groups: Array<{ group: string; trend: { direction: string } }>;
  };
  const row = (name: string) => json.rows.find((r) => r.name === name) as ReviewJsonRow;

  it('exits 0 with the contract shape', () => {
    expect(run.code).toBe(0);
    expect(Object.keys(json)).toEqual([
      'sheet',
      'today',
      'rows',
      'columns',
      'diagnostics',
      'groups',
      'opposingGroups',
      'acceptance',
    ]);
    expect(json.sheet).toBe('Review');
    expect(json.today).toBe('2026-11-22');
    expect(json.rows).toHaveLength(30);
  });

  it('flags the scoring rule whose MQL acceptance fell to 46 % as urgent, due today', () => {
    expect(row('Behavioral score')).toMatchObject({ status: 'urgent', nextReview: '2026-11-22' });
  });

  it('schedules a nurture reviewed 2026-08-31 for 2026-11-29 (+90 d), due soon on 2026-11-22', () => {
    expect(row('Welcome nurture')).toMatchObject({ status: 'due_soon', nextReview: '2026-11-29' });
  });

  it('marks an automation rule set up 2026-10-05 and never reviewed overdue since 2026-11-04 (+30 d)', () => {
    expect(row('Webinar no-show follow-up')).toMatchObject({
      status: 'overdue',
      nextReview: '2026-11-04',
    });
  });

  it('lists the incomplete 2026-08-31 column with the rows missing, and the future column as scheduled', () => {
    expect(json.columns.find((c) => c.date === '2026-08-31')).toMatchObject({
      column: 'R',
      status: 'incomplete',
      missingRows: [3, 9, 19, 23],
    });
    expect(json.columns.find((c) => c.date === '2026-12-07')).toMatchObject({
      status: 'scheduled',
      missingRows: [],
    });
  });

  it('names every unreadable cell', () => {
    expect(json.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.cell)).toEqual([
      'P10',
      'Q15',
      'O30',
    ]);
  });

  it('shows webinar attendance fading while video leads rise', () => {
    const trend = (g: string) => json.groups.find((x) => x.group === g)?.trend.direction;
    expect([trend('Webinars'), trend('Videos')]).toEqual(['falling', 'rising']);
  });

  it('computes each period-over-period delta from the previous value', () => {
    const r = row('Welcome nurture');
    expect(r.deltas[0].from).toBe('baseline');
    for (const d of r.deltas) if (d.pct !== null) expect(Math.sign(d.abs)).toBe(Math.sign(d.pct));
    expect(r.trend.points).toBe(8);
  });

  it('prints a readable table by default', () => {
    const table = cadenceWith({ COLUMNS: '120' }, ...EXAMPLE_REVIEW);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Behavioral score\s+scoring rule\s+‼ Urgent/);
    expect(table.stdout).toContain('Videos rising while Webinars falling');
  });

  it('reads the French sheet by name', () => {
    const fr = cadence(
      'review',
      'examples/review.xlsx',
      '--sheet',
      'Revue',
      '--today',
      '2026-11-22',
      '--tz',
      'Europe/Paris',
      '--json',
    );
    expect(fr.code).toBe(0);
    expect((JSON.parse(fr.stdout) as { rows: unknown[] }).rows).toHaveLength(8);
  });

  it('reads a CSV with ; separators and French dates', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-'));
    const file = path.join(dir, 'revue.csv');
    writeFileSync(file, 'Nom;Référence;Type;31/08/2026\nBienvenue;12,5 %;Nurturing;13,1 %\n');
    const out = cadence('review', file, '--today', '2026-11-22', '--tz', 'Europe/Paris', '--json');
    const rows = (JSON.parse(out.stdout) as { rows: ReviewJsonRow[] }).rows;
    // 2026-08-31 + 90 days = 2026-11-29: within the 7-day window of 2026-11-22 (up to 11-29).
    expect(rows[0]).toMatchObject({
      name: 'Bienvenue',
      nextReview: '2026-11-29',
      status: 'due_soon',
    });
    expect(rows[0].deltas[0].abs).toBeCloseTo(0.006, 12);
  });
});

describe('cadence errors are one line with exit code 2', () => {
  it.each([
    [['review', 'missing.xlsx'], /^cadence: missing\.xlsx: file not found or not readable\n$/],
    [
      ['review', 'examples/review.xlsx', '--sheet', 'Nope'],
      /^cadence: .*no sheet named "Nope" \(sheets: "Review", "Revue"\)\n$/,
    ],
    [
      ['review', 'examples/review.xlsx', '--today', '22/11/2026'],
      /^cadence: --today: expected a date as YYYY-MM-DD/,
    ],
    [
      ['review', 'examples/review.xlsx', '--tz', 'Mars/Olympus'],
      /^cadence: --tz: unknown time zone/,
    ],
    [['review', 'README.md'], /^cadence: README\.md: expected a \.xlsx or \.csv file\n$/],
    [
      ['influence', 'examples/touches.csv', '--by', 'colour'],
      /^cadence: --by must be one of campaign, channel/,
    ],
    [['frobnicate'], /^error: unknown command 'frobnicate'\n$/],
  ])('%j', (args, message) => {
    const run = cadence(...(args as string[]));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a file that is not a workbook', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-'));
    const file = path.join(dir, 'broken.xlsx');
    writeFileSync(file, 'not a zip');
    const run = cadence('review', file);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('cadence influence', () => {
  it('reports every model on the touches example, each summing to the conversions', () => {
    const run = cadence('influence', 'examples/touches.csv', '--tz', 'Europe/Paris', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      format: string;
      conversions: number;
      models: Record<string, Record<string, number>>;
    };
    expect(report.format).toBe('touches');
    // The JSON contract's model keys, in this order.
    expect(Object.keys(report.models).join(' ')).toBe(
      'first_touch last_touch linear u_shaped w_shaped full_path time_decay markov shapley',
    );
    for (const credits of Object.values(report.models)) {
      const total = Object.values(credits).reduce((a, b) => a + b, 0);
      expect(Math.abs(total - report.conversions) / report.conversions).toBeLessThan(1e-9);
    }
  });

  it('reads a ;-separated paths export and leaves out time decay with a note', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-'));
    const file = path.join(dir, 'paths.csv');
    writeFileSync(
      file,
      'path;total_conversions;total_conversion_value;total_null\ndirect;2;20;0\nsearch > email;3;30;0\nsearch > social > email;5;50;0\n',
    );
    const run = cadence('influence', file, '--json');
    const report = JSON.parse(run.stdout) as {
      models: Record<string, Record<string, number>>;
      notes: string[];
    };
    // First touch: direct 2, search 3 + 5 = 8.
    expect(report.models.first_touch).toEqual({ direct: 2, search: 8, email: 0, social: 0 });
    expect(report.models.time_decay).toBeUndefined();
    expect(report.notes.join(' ')).toMatch(/time_decay/);
  });
});

describe('cadence review --out --ics', () => {
  it('writes the reviewed workbook (owned columns, flags, Δ sheet) and reminders an independent parser reads', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-'));
    const xlsx = path.join(dir, 'r.xlsx');
    const ics = path.join(dir, 'r.ics');
    const run = cadence(...EXAMPLE_REVIEW, '--out', xlsx, '--ics', ics);
    expect(run.code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const review = wb.getWorksheet('Review')!;
    const header = (review.getRow(1).values as unknown[]).slice(1);
    // The add-on's own columns, with exactly the headers the engine knows as its own.
    expect(header.slice(-7)).toEqual(OWNED_COLUMNS.map((c) => c.en));
    const statusCol = header.indexOf('Status') + 1;
    const behavioral = review.getColumn(1).values.indexOf('Behavioral score');
    expect(review.getRow(behavioral).getCell(statusCol).value).toBe('‼ Urgent');
    expect(wb.getWorksheet('Review · Δ')).toBeDefined();
    const rules = (review as unknown as { conditionalFormattings: unknown[] })
      .conditionalFormattings;
    expect(JSON.stringify(rules)).toContain('N(\\"cadence\\")');
    const ICAL = (await import('ical.js')).default;
    const text = (await import('fs')).readFileSync(ics, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(10);
    const urgent = events
      .map((e) => new ICAL.Event(e))
      .find((e) => e.summary.includes('Behavioral score'));
    expect(urgent?.startDate.toString()).toBe('2026-11-22');
  });
});

describe('cadence influence --out', () => {
  it('writes the workbook with the add-on’s Influence report sheet, in French on request', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadence-'));
    const xlsx = path.join(dir, 'i.xlsx');
    const run = cadence(
      'influence',
      'examples/touches.csv',
      '--tz',
      'Europe/Paris',
      '--out',
      xlsx,
      '--lang',
      'fr',
      '--json',
    );
    expect(run.code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    // --lang fr: the report tab is named in French.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Touches', 'Rapport d’influence']);
    const report = wb.getWorksheet('Rapport d’influence')!;
    const texts = report
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Spring webinar');
    expect(texts.join(' ')).toMatch(/même jour/);
  });
});
