/**
 * The plan of an import, with worked numbers: which cell gets which number, which stay as they
 * are and why (the user's words in the diagnostics), and the exact `--json` contract.
 */
import fc from 'fast-check';
import { parseIso } from '../../src/core/dates';
import { importJson } from '../../src/core/import/json';
import { metricKind } from '../../src/core/import/metric-columns';
import { planImport, type ImportRequest } from '../../src/core/import/plan';
import type { CellValue } from '../../src/core/types';
import { dateCell } from './review-fixtures';

const ZONE = 'Europe/Paris';
const TODAY = parseIso('2026-11-30') as number;

function review(extra: CellValue[][] = []): CellValue[][] {
  return [
    [
      'Name',
      'Baseline',
      'Type',
      'Metric',
      dateCell('2026-05-31', ZONE),
      dateCell('2026-08-31', ZONE),
    ],
    ['Welcome nurture', 0.021, 'Nurture', 'Click rate', 0.027, 0.029],
    ['Spring webinar', 120, 'Content', 'Attendees', 135, ''],
    ['Winback series', 0.45, 'Nurture', 'Open rate', 0.44, 0.46],
    ...extra,
  ];
}

const HUBSPOT: CellValue[][] = [
  ['Email name', 'Sent', 'Delivered', 'Open rate', 'Click rate'],
  ['Welcome Nurture (copy)', 4210, 4150, '41.2%', '3.1%'],
  ['Winback series', 2500, 2450, 45, '2.1%'],
  ['Holiday greetings', 8000, 7900, '30.1%', '1.2%'],
];

const request = (over: Partial<ImportRequest> = {}): ImportRequest => ({
  review: review(),
  source: HUBSPOT,
  sourceName: 'hubspot.csv',
  timeZone: ZONE,
  today: TODAY,
  language: 'en',
  ...over,
});

describe('the target column', () => {
  it("is a new column G after the last review (F) for today's date", () => {
    const plan = planImport(request());
    expect(plan.column).toEqual({ index: 6, letter: 'G', created: true });
  });

  it('is the review column of --date when it exists', () => {
    const plan = planImport(request({ date: parseIso('2026-08-31') as number }));
    expect(plan.column).toEqual({ index: 5, letter: 'F', created: false });
  });
});

describe('writes', () => {
  it('writes 3.1% as the fraction 0.031 with a provenance note', () => {
    const plan = planImport(request());
    expect(plan.tool).toBe('hubspot');
    expect(plan.writes).toEqual([
      {
        row: 2,
        value: 0.031,
        previous: '',
        note: 'Cadence import: hubspot.csv, row 2, column “Click rate”, on 2026-11-30.',
      },
    ]);
  });

  it('flags a bare 45 for a row of open rates near 0.45 and writes nothing there', () => {
    const plan = planImport(request());
    const json = importJson(plan);
    expect(json.matched.find((m) => m.row === 4)).toMatchObject({ value: 45, written: false });
    expect(json.diagnostics).toContainEqual({
      cell: 'G4',
      severity: 'warning',
      message:
        'G4: 45 from row 3 looks like percentage points in a row of rates (written as fractions, 0.45): not written.',
    });
  });

  it('flags a count about 100× its row (13,500 attendees for a row of 120 and 135: median 127.5)', () => {
    const source = [
      ['Asset', 'Attendees'],
      ['Spring webinar', 13500],
    ];
    const json = importJson(planImport(request({ source })));
    expect(json.matched[0]).toMatchObject({ row: 3, value: 13500, written: false });
    expect(json.diagnostics[0].message).toBe(
      'G3: 13500 from row 2 is about 100× the row’s recent values (127.5): not written.',
    );
  });

  it('keeps a number already in the cell, and replaces it only with overwrite, saying old → new', () => {
    const date = parseIso('2026-08-31') as number;
    const kept = importJson(planImport(request({ date })));
    expect(kept.matched[0]).toMatchObject({ row: 2, value: 0.031, written: false });
    expect(kept.diagnostics).toContainEqual({
      cell: 'F2',
      severity: 'info',
      message: 'F2 already holds 0.029: kept (0.031 not written; choose overwrite to replace it).',
    });
    const plan = planImport(request({ date, overwrite: true }));
    expect(plan.writes[0]).toMatchObject({ row: 2, value: 0.031, previous: 0.029 });
    expect(plan.writes[0].note).toMatch(/Replaced 0\.029\.$/);
    expect(importJson(plan).diagnostics).toContainEqual({
      cell: 'F2',
      severity: 'info',
      message: 'F2: 0.029 → 0.031 (overwritten).',
    });
  });

  it('says when no export column matches the metric, and reads the column the user picks', () => {
    const source = [
      ['Asset', 'Registrations', 'Participants'],
      ['Welcome nurture', 410, 139],
    ];
    const none = importJson(planImport(request({ source })));
    expect(none.diagnostics[0].message).toBe(
      'G2: no column of the export matches the metric “Click rate”: pick one.',
    );
    expect(none.matched[0].source.column).toBeNull();
    const picked = planImport(request({ source, column: 'Participants' }));
    expect(picked.matched[0].source.column).toBe('Participants');
  });

  it('writes French notes in a French sheet, and reads "3,1 %"', () => {
    const source = [
      ['Nom', 'Envoyés', 'Taux de clics'],
      ['Welcome nurture', '4 210', '3,1 %'],
    ];
    const plan = planImport(request({ source, language: 'fr' }));
    expect(plan.writes[0]).toMatchObject({ value: 0.031 });
    expect(plan.writes[0].note).toBe(
      'Import Cadence : hubspot.csv, ligne 2, colonne « Taux de clics », le 2026-11-30.',
    );
  });

  it('takes the candidate the user picked for a close call, and remembers the pair', () => {
    const source = [
      ['Email name', 'Click rate'],
      ['Welcome nurture', '3.1%'],
      ['Welcome Nurture (copy)', '3.3%'],
    ];
    const open = planImport(request({ source }));
    expect(open.ambiguous.map((a) => a.row)).toEqual([2]);
    const picked = planImport(request({ source, picks: new Map([[2, 3]]) }));
    expect(picked.writes).toMatchObject([{ row: 2, value: 0.033 }]);
    expect(picked.confirmedPairs).toEqual([['welcome nurture', 'welcome nurture']]);
  });
});

describe('the --json contract', () => {
  it('has exactly the keys of the contract, in its order', () => {
    const json = importJson(planImport(request()));
    expect(Object.keys(json)).toEqual([
      'date',
      'column',
      'created',
      'matched',
      'ambiguous',
      'unmatchedPrograms',
      'unmatchedSource',
      'diagnostics',
    ]);
    expect(json.date).toBe('2026-11-30');
    // A match's keys in the contract's order too.
    expect(Object.entries(json.matched[0])).toEqual([
      ['row', 2],
      ['name', 'Welcome nurture'],
      ['source', { row: 2, name: 'Welcome Nurture (copy)', column: 'Click rate' }],
      ['value', 0.031],
      ['confidence', 1],
      ['written', true],
    ]);
    expect(json.unmatchedPrograms).toEqual([3]);
    expect(json.unmatchedSource).toEqual([4]);
  });
});

describe('property: an import never changes a non-empty cell without overwrite', () => {
  const cell = fc.oneof(
    fc.constant<CellValue>(''),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: 1, max: 5000 }),
    fc.constantFrom<CellValue>('#N/A', 'n/a', '=x', '12,5 %'),
  );
  it('holds for any target cells and export values', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            cell,
            fc.oneof(fc.double({ min: 0, max: 2000, noNaN: true }), fc.constant('3.1%')),
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.boolean(),
        (rows, created) => {
          const grid: CellValue[][] = [
            ['Name', 'Metric', dateCell('2026-08-31', ZONE)],
            ...rows.map(([target], i): CellValue[] => [`Program ${i + 1}`, 'Leads', target]),
          ];
          const source: CellValue[][] = [
            ['Name', 'Leads'],
            ...rows.map(([, value], i): CellValue[] => [`Program ${i + 1}`, value]),
          ];
          const date = created ? TODAY : (parseIso('2026-08-31') as number);
          const plan = planImport(request({ review: grid, source, date }));
          for (const write of plan.writes) {
            expect(write.previous).toBe('');
            if (!plan.column.created) expect(grid[write.row - 1][2]).toBe('');
          }
          for (const m of plan.matched) {
            const before = grid[m.row - 1][2];
            if (!plan.column.created && before !== '') expect(m.written).toBe(false);
          }
        },
      ),
    );
  });
});

describe('metric aliases', () => {
  it.each([
    ['Click rate', 'CTR', 'click_rate'],
    ['Taux de clics', 'Click rate', 'click_rate'],
    ["Taux d'ouverture", 'Open Rate', 'open_rate'],
    ['Attendees', 'Participants', 'attendees'],
    ['Email click rate', 'Click rate', 'click_rate'],
    ['Trial conversion rate', 'Conversion rate', 'conversion_rate'],
  ])('the metric "%s" reads the export column "%s"', (metric, header, kind) => {
    expect(metricKind(metric)).toBe(kind);
    expect(metricKind(header)).toBe(kind);
  });

  it('knows no kind for "Meetings booked"', () => {
    expect(metricKind('Meetings booked')).toBeNull();
  });
});

describe('a row without a baseline', () => {
  // The issue: "Capture baselines … proposes the earliest value (or an imported value)". A row
  // whose first number comes from this import is told so in the preview.
  const rows = (): CellValue[][] =>
    review([
      ['Holiday greetings', '', 'Nurture', 'Click rate', '', ''],
      ['Spring promo', '', 'Nurture', 'Open rate', 0.31, ''],
    ]);
  const source: CellValue[][] = [
    ...HUBSPOT,
    ['Spring Promo', 2400, 2300, '33.0%', '2.0%'],
  ];

  it('is told that Capture baselines will offer the imported value when it is its first number', () => {
    const plan = planImport(request({ review: rows(), source }));
    expect(plan.writes.map((w) => [w.row, w.value])).toEqual([
      [2, 0.031],
      [5, 0.012],
      [6, 0.33],
    ]);
    const offers = plan.diagnostics.filter((d) => d.problem.code === 'baseline_offer');
    // Row 5 (Holiday greetings) gets 1.2 % as its first value; row 6 already has 0.31 on
    // 2026-05-31, its earliest value; rows 2–4 have a baseline.
    expect(offers).toEqual([
      { cell: 'G5', severity: 'info', problem: { code: 'baseline_offer', value: 0.012 } },
    ]);
    expect(importJson(plan, 'fr').diagnostics).toContainEqual({
      cell: 'G5',
      severity: 'info',
      message:
        'G5 : cette ligne n’a pas encore de référence ; une fois 0,012 écrit, « Capturer les références » le propose comme référence, en le disant importé.',
    });
  });

  it('is not told so when the sheet has no Baseline column to fill', () => {
    const noBaseline = rows().map((line) => line.filter((_, j) => j !== 1));
    const plan = planImport(request({ review: noBaseline, source }));
    expect(plan.diagnostics.filter((d) => d.problem.code === 'baseline_offer')).toEqual([]);
    expect(plan.writes.map((w) => w.row)).toContain(5);
  });
});

// An .xlsx export whose "Click rate" column holds only error cells (#DIV/0! where nothing was
// delivered, #N/A): the column is the metric's, and the diagnostic says so and names each error;
// an error cell is never a number, so nothing is written.
describe('a metric column holding only error cells', () => {
  const ERRORS: CellValue[][] = [
    ['Email name', 'Sent', 'Delivered', 'Open rate', 'Click rate'],
    ['Welcome Nurture (copy)', 4210, 0, '#DIV/0!', '#DIV/0!'],
    ['Winback series', 2500, 0, '#N/A', '#N/A'],
  ];

  it('names the column and each error cell, in English; nothing is written', () => {
    const plan = planImport(request({ source: ERRORS }));
    expect(plan.writes).toEqual([]);
    expect(importJson(plan).diagnostics).toEqual([
      {
        cell: 'G2',
        severity: 'warning',
        message: 'G2: the export’s column “Click rate” holds the error #DIV/0! in row 2, not a number: not written.',
      },
      {
        cell: 'G4',
        severity: 'warning',
        message: 'G4: the export’s column “Open rate” holds the error #N/A in row 3, not a number: not written.',
      },
    ]);
    expect(plan.matched.map((m) => [m.name, m.source.column, m.value, m.written])).toEqual([
      ['Welcome nurture', 'Click rate', null, false],
      ['Winback series', 'Open rate', null, false],
    ]);
  });

  it('in French', () => {
    const plan = planImport(request({ source: ERRORS, language: 'fr' }));
    expect(importJson(plan, 'fr').diagnostics[0].message).toBe(
      'G2 : la colonne « Click rate » de l’export contient l’erreur #DIV/0! à la ligne 2, pas un nombre : non écrit.',
    );
  });

  it('one error among numbers is named the same way, the other rows written', () => {
    const mixed = HUBSPOT.map((line, i) => (i === 1 ? [...line.slice(0, 4), '#VALUE!'] : line));
    const plan = planImport(request({ source: mixed }));
    const before = planImport(request()).writes.map((w) => w.row);
    expect(before).toContain(2);
    expect(plan.writes.map((w) => w.row)).toEqual(before.filter((row) => row !== 2));
    expect(importJson(plan).diagnostics.map((d) => d.message)).toContain(
      'G2: the export’s column “Click rate” holds the error #VALUE! in row 2, not a number: not written.',
    );
  });

  it('a column the metric names that holds only text or blanks is found too: no number in it, said per row', () => {
    const text = ERRORS.map((line, i) => (i === 0 ? line : [...line.slice(0, 3), 'n/a', i === 1 ? 'n/a' : '']));
    const plan = planImport(request({ source: text }));
    expect(importJson(plan).diagnostics.map((d) => d.message)).toEqual([
      'G2: row 2, column “Click rate” of the export holds no number.',
      'G4: row 3, column “Open rate” of the export holds no number.',
    ]);
  });
});
