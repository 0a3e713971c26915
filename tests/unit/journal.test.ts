/**
 * The review journal's core: which changes need a reason (signal per the deltas engine, urgent
 * rows), the Journal sheet rows Refresh appends — never a write over an existing row, so the
 * user's why / decision / owner / follow-up survive every Refresh — latest reasons, the Status
 * note, and the baseline capture proposals.
 */
import fc from 'fast-check';
import { midnightInZone, parseIso, type DayNumber } from '../../src/core/dates';
import { baselineProposals, captureNote } from '../../src/core/journal/baseline';
import { planEntryEdit } from '../../src/core/journal/entry-edit';
import { latestReasons, reasonFor } from '../../src/core/journal/latest';
import { journalAppend, readJournal } from '../../src/core/journal/sheet';
import { decodeJournaled, encodeJournaled } from '../../src/core/journal/dismissed';
import { statusNote } from '../../src/core/journal/status-note';
import { changesToExplain } from '../../src/core/journal/to-explain';
import { reviewReport } from '../../src/core/review/report';
import { diagnosticText } from '../../src/core/i18n/diagnostics';
import type { CellValue, Grid } from '../../src/core/types';

const ZONE = 'Europe/Paris';
const day = (iso: string) => parseIso(iso) as DayNumber;
const date = (iso: string) => midnightInZone(day(iso), ZONE);
const TODAY = day('2026-11-22');

/** Three programs: a real drop (45/120 → 20/118), noise, and an urgent MQL acceptance. */
const REVIEW: CellValue[][] = [
  ['Name', 'Baseline', 'Type', 'Metric', 'Owner', 'Set up on', date('2026-06-01'), date('2026-09-01')],
  ['Welcome nurture', '', 'nurture', 'Click rate', 'Ana', date('2026-03-01'), '45/120', '20/118'],
  ['Spring webinar', 100, 'content', 'Attendees', 'Bob', date('2026-01-10'), 102, 101],
  ['Lead scoring', 0.62, 'scoring rule', 'MQL acceptance rate', 'Chloé', date('2026-02-01'), 0.58, 0.41],
  ['=Launch', '', 'nurture', 'Opens', '', date('2026-06-15'), 300, 310],
];
const report = reviewReport(REVIEW, { timeZone: ZONE, today: TODAY });

describe('which changes need a reason', () => {
  it('a signal (45/120 → 20/118, two-proportion test) and an urgent row (41 % MQL acceptance); noise (102 → 101) does not', () => {
    const list = changesToExplain(report);
    expect(list.map((c) => [c.row, c.program, c.causes])).toEqual([
      [2, 'Welcome nurture', ['signal']],
      [4, 'Lead scoring', ['urgent']],
    ]);
    // The change in its unit: 37.5 % → 16.9 % is −20.55 points.
    expect(list[0].change?.abs).toBeCloseTo(20 / 118 - 45 / 120, 10);
    expect(list[0].isRate).toBe(true);
    expect(list[0].day).toBe(day('2026-09-01'));
  });
});

describe('no baseline', () => {
  it('a row reviewed with a blank baseline gets the warning in English and French; a row with one does not', () => {
    const warnings = report.result.diagnostics.filter((d) => d.code === 'no_baseline');
    expect(warnings.map((d) => d.cell)).toEqual(['B2', 'B5']);
    expect(warnings[0].message).toBe(
      'B2: no baseline: the gain since automation cannot be measured. Use "Capture baselines" to propose one.',
    );
    expect(diagnosticText(warnings[0], 'fr')).toBe(
      'B2 : pas de référence : le gain depuis l’automatisation ne peut pas être mesuré. « Capturer les références » en propose une.',
    );
  });

  it('proposes the earliest review value, labelled before/after go-live, and the note says when and from what', () => {
    const proposals = baselineProposals(report, REVIEW);
    expect(proposals.map((p) => [p.cell, p.raw, p.from.cell, p.goLive])).toEqual([
      ['B2', '45/120', 'G2', 'after'],
      ['B5', 300, 'G5', 'before'],
    ]);
    expect(captureNote(proposals[0], TODAY, 'en')).toBe(
      'Cadence: baseline captured on 2026-11-22 from the review of 2026-06-01 (G2).\nCaptured after go-live (set up on 2026-03-01): vs baseline understates the gain since automation.',
    );
    expect(captureNote(proposals[0], TODAY, 'fr')).toContain('Capturée après la mise en service');
  });

  it('proposes an imported earliest value as imported: the note names the export and the day of the import', () => {
    const notes: string[][] = [];
    notes[1] = [];
    notes[1][6] = 'Cadence import: hubspot.csv, row 12, column “Click rate”, on 2026-06-02.';
    notes[4] = [];
    notes[4][6] = 'Checked by Ana';
    const proposals = baselineProposals(report, REVIEW, notes);
    expect(proposals.map((p) => [p.cell, p.raw, p.imported])).toEqual([
      ['B2', '45/120', { source: 'hubspot.csv', row: 12, column: 'Click rate', day: day('2026-06-02') }],
      ['B5', 300, null],
    ]);
    expect(captureNote(proposals[0], TODAY, 'en')).toBe(
      'Cadence: baseline captured on 2026-11-22 from hubspot.csv imported on 2026-06-02 (G2).\nCaptured after go-live (set up on 2026-03-01): vs baseline understates the gain since automation.',
    );
    expect(captureNote(proposals[0], TODAY, 'fr')).toBe(
      'Cadence : référence capturée le 2026-11-22 depuis hubspot.csv importé le 2026-06-02 (G2).\nCapturée après la mise en service (mis en place le 2026-03-01) : vs Référence sous-estime le gain depuis l’automatisation.',
    );
  });

  it('a review dated on or before Set up on is a true baseline (before go-live); no Set up on is unknown', () => {
    const grid = REVIEW.map((line) => [...line]);
    grid[1][5] = date('2026-06-01');
    grid[4][5] = '';
    const proposals = baselineProposals(reviewReport(grid, { timeZone: ZONE, today: TODAY }), grid);
    expect(proposals.map((p) => p.goLive)).toEqual(['before', 'unknown']);
  });
});

const JOURNAL_HEAD = ['Date', 'Program', 'Metric', 'Change', 'Signal', 'Why', 'Decision', 'Owner', 'Follow-up'];

describe('the Journal sheet', () => {
  it('an empty sheet gets the header and one row per change to explain, the change in points', () => {
    const plan = journalAppend([['']], changesToExplain(report), 'en', ZONE);
    expect(plan.header).toEqual(JOURNAL_HEAD);
    expect(plan.startRow).toBe(2);
    expect(plan.rows).toEqual([
      [date('2026-09-01'), "'Welcome nurture", "'Click rate", "'▼ 20.55\u00a0pt", 'Signal (not noise)', '', '', "'Ana", ''],
      [date('2026-09-01'), "'Lead scoring", "'MQL acceptance rate", "'▼ 17.0\u00a0pt", 'Urgent', '', '', "'Chloé", ''],
    ]);
  });

  it('in French: French headers and words', () => {
    const plan = journalAppend([['']], changesToExplain(report), 'fr', ZONE);
    expect(plan.header).toEqual(['Date', 'Programme', 'Indicateur', 'Variation', 'Signal', 'Pourquoi', 'Décision', 'Responsable', 'Suivi le']);
    expect(plan.rows[0][3]).toBe("'▼ 20,55\u00a0pt");
    expect(plan.rows[0][4]).toBe('Signal (pas du bruit)');
  });

  it('a change already journaled (same program and review date) is not added again, whatever its cells hold', () => {
    const grid: Grid = [
      JOURNAL_HEAD,
      [date('2026-09-01'), 'Welcome nurture', 'Click rate', 'edited', '', 'Sender domain change', 'Investigate', 'Dana', date('2026-12-15')],
    ];
    const plan = journalAppend(grid, changesToExplain(report), 'en', ZONE);
    expect(plan.header).toBeNull();
    expect(plan.startRow).toBe(3);
    expect(plan.rows.map((r) => r[1])).toEqual(["'Lead scoring"]);
  });

  it('columns moved by the user (French headers, reordered) are found by their header', () => {
    const grid: Grid = [
      ['Pourquoi', 'Programme', 'Date', 'Notes à moi'],
      ['Fête des mères', 'Lead scoring', date('2026-09-01'), 'x'],
    ];
    const read = readJournal(grid, ZONE);
    expect(read.entries[0]).toMatchObject({ program: 'Lead scoring', why: 'Fête des mères', day: day('2026-09-01') });
    const plan = journalAppend(grid, changesToExplain(report), 'en', ZONE);
    // Only Welcome nurture is new; its fields go to their columns, the missing ones after "Notes à moi".
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0][1]).toBe("'Welcome nurture");
    expect(plan.rows[0][3]).toBe('');
    expect(plan.width).toBe(10);
  });

  it('a program whose name starts with "=" is written as text, never as a formula', () => {
    const change = { ...changesToExplain(report)[0], program: '=IMPORTXML("http://x")' };
    expect(journalAppend([['']], [change], 'en', ZONE).rows[0][1]).toBe('\'=IMPORTXML("http://x")');
  });
});

// A user who deletes a Journal row means "not worth journaling": the next Refresh must not add
// it back, while a later review of the same program is still a new entry.
describe('a Journal row the user deleted', () => {
  const toExplain = changesToExplain(report);
  const first = journalAppend([['']], toExplain, 'en', ZONE);
  const journal = applied([['']], first);
  const withoutLeadScoring = journal.filter((line) => line[1] !== 'Lead scoring');

  it('is not added back by the next Refresh, and is named as dismissed', () => {
    expect(journal.map((line) => line[1])).toEqual(['Program', 'Welcome nurture', 'Lead scoring']);
    const next = journalAppend(withoutLeadScoring, toExplain, 'en', ZONE, new Set(first.journaled));
    expect(next.rows).toEqual([]);
    expect(next.dismissed.map((c) => [c.program, c.day])).toEqual([['Lead scoring', day('2026-09-01')]]);
    // Still remembered: it stays dismissed at the Refresh after.
    expect(next.journaled).toEqual(first.journaled);
  });

  it('a later review of the same program (2026-11-01, still urgent) is a new entry', () => {
    const later = toExplain.map((c) => (c.program === 'Lead scoring' ? { ...c, day: day('2026-11-01') } : c));
    const next = journalAppend(withoutLeadScoring, later, 'en', ZONE, new Set(first.journaled));
    expect(next.rows.map((r) => [r[0], r[1]])).toEqual([[date('2026-11-01'), "'Lead scoring"]]);
    expect(next.dismissed).toEqual([]);
  });

  it('comes back when nothing is remembered (Restore): appended after the user’s rows', () => {
    const next = journalAppend(withoutLeadScoring, toExplain, 'en', ZONE, new Set());
    expect(next.startRow).toBe(3);
    expect(next.rows.map((r) => r[1])).toEqual(["'Lead scoring"]);
  });

  it('a change that never reached the Journal is added, whatever is remembered of others', () => {
    const next = journalAppend([['']], toExplain, 'en', ZONE, new Set(['unrelated0000id']));
    expect(next.rows).toHaveLength(2);
  });
});

describe('what Cadence remembers of the journaled changes (fast-check)', () => {
  it('reads back as the same set of ids', () => {
    const id = fc.stringMatching(/^[0-9a-z]{14}$/);
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 1500 }), (ids) => {
        expect([...decodeJournaled(encodeJournaled(ids))].sort()).toEqual([...ids].sort());
      }),
      { numRuns: 30 },
    );
  });

  it('reads nothing from a missing or empty value', () => {
    expect(decodeJournaled(null).size).toBe(0);
    expect(decodeJournaled('').size).toBe(0);
  });
});

/** Applies an append plan the way the adapter does: header in row 1, rows from startRow. */
function applied(grid: CellValue[][], plan: ReturnType<typeof journalAppend>): CellValue[][] {
  const out = grid.map((line) => [...line]);
  const put = (r: number, line: CellValue[]) => {
    while (out.length < r) out.push([]);
    out[r - 1] = line.map((v, j) => (v === '' && out[r - 1][j] !== undefined ? out[r - 1][j] : v));
  };
  if (plan.header) put(1, plan.header);
  plan.rows.forEach((line, i) => put(plan.startRow + i, line.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v))));
  return out;
}

describe('Refresh never overwrites the user’s journal cells (fast-check)', () => {
  const text = fc.string({ maxLength: 12 });
  const userRow = fc.tuple(
    fc.constantFrom('2026-06-01', '2026-09-01', 'n/a', ''),
    fc.constantFrom('Welcome nurture', 'Lead scoring', 'welcome NURTURE', 'Other', ''),
    text, text, text, text, text, text, text,
  );
  it('every existing cell is unchanged after the append, and a second append adds nothing', () => {
    fc.assert(
      fc.property(fc.array(userRow, { maxLength: 8 }), (rows) => {
        const grid: CellValue[][] = [
          JOURNAL_HEAD,
          ...rows.map(([d, ...rest]) => [/^\d/.test(d) ? date(d) : d, ...rest] as CellValue[]),
        ];
        const toExplain = changesToExplain(report);
        const plan = journalAppend(grid, toExplain, 'en', ZONE);
        expect(plan.startRow).toBe(grid.length + 1);
        const after = applied(grid, plan);
        for (let i = 0; i < grid.length; i++) expect(after[i]).toEqual(grid[i]);
        expect(journalAppend(after, toExplain, 'en', ZONE).rows).toEqual([]);
      }),
    );
  });
});

describe('latest reason and the Status note', () => {
  const grid: Grid = [
    JOURNAL_HEAD,
    [date('2026-06-01'), 'Welcome nurture', '', '', '', 'Summer lull', 'Keep', 'Ana', ''],
    [date('2026-09-01'), 'welcome nurture', '', '', '', 'Sender domain changed', 'enquêter', 'Dana', date('2026-12-15')],
    [date('2026-10-01'), 'Welcome nurture', '', '', '', '', '', '', ''],
  ];
  const reasons = latestReasons(readJournal(grid, ZONE).entries);

  it('the newest entry with a why or a decision wins (an empty later row does not)', () => {
    expect(reasonFor(reasons, 'Welcome Nurture')).toEqual({
      day: '2026-09-01',
      why: 'Sender domain changed',
      decision: 'investigate',
      decisionText: '',
      owner: 'Dana',
      followUp: '2026-12-15',
    });
  });

  it('the note says the reason, the decision, the owner and the follow-up; and the missing baseline', () => {
    const reason = reasonFor(reasons, 'Welcome nurture');
    expect(statusNote({ noBaseline: true, lateBaseline: false, reason }, 'en')).toBe(
      'Cadence: No baseline: the gain since automation cannot be measured.\nWhy (2026-09-01): Sender domain changed\nDecision: Investigate · Owner: Dana · Follow-up: 2026-12-15',
    );
    expect(statusNote({ noBaseline: false, lateBaseline: true, reason }, 'fr')).toBe(
      'Cadence : Référence capturée après la mise en service : vs Référence sous-estime le gain depuis l’automatisation.\nPourquoi (2026-09-01) : Sender domain changed\nDécision : Enquêter · Responsable : Dana · Suivi le : 2026-12-15',
    );
    expect(statusNote({ noBaseline: false, lateBaseline: false, reason: null }, 'en')).toBe('');
  });
});

describe('the sidebar edit of one entry', () => {
  const grid: Grid = [JOURNAL_HEAD, [date('2026-09-01'), 'Welcome nurture', '', '', '', '', '', '', '']];
  it('writes the four free-text cells of the entry found by program and date', () => {
    const plan = planEntryEdit(grid, { program: 'Welcome nurture', date: '2026-09-01', why: '=1+1', decision: 'change', owner: 'Ana', followUp: '2026-12-15' }, ZONE, 'fr');
    expect(plan).toEqual({
      ok: true,
      sheetRow: 2,
      cells: [
        { column: 5, value: "'=1+1" },
        { column: 6, value: 'Modifier' },
        { column: 7, value: "'Ana" },
        { column: 8, value: date('2026-12-15') },
      ],
    });
  });
  it('refuses an unknown entry, a decision outside the four and a follow-up that is not a day', () => {
    const base = { program: 'Welcome nurture', date: '2026-09-01', why: '', decision: '', owner: '', followUp: '' };
    expect(planEntryEdit(grid, { ...base, program: 'Gone' }, ZONE, 'en')).toEqual({ ok: false, problem: 'no_entry' });
    expect(planEntryEdit(grid, { ...base, decision: 'maybe' }, ZONE, 'en')).toEqual({ ok: false, problem: 'bad_decision' });
    expect(planEntryEdit(grid, { ...base, followUp: '2026-02-30' }, ZONE, 'en')).toEqual({ ok: false, problem: 'bad_follow_up' });
  });
});
