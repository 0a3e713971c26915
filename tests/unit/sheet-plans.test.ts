import { dayNumber, midnightInZone } from '../../src/core/dates';
import { reviewReport } from '../../src/core/review/report';
import { companionBlock } from '../../src/core/sheet-plans/companion';
import { flagRules, headerNotes, isCadenceRule } from '../../src/core/sheet-plans/flags';
import { CHANGE_FORMAT } from '../../src/core/sheet-plans/formats';
import { ownedLayout, ownedRuns } from '../../src/core/sheet-plans/layout';
import { ownedBlocks, sparklineFormula } from '../../src/core/sheet-plans/owned-values';
import { textPx } from '../../src/core/sheet-plans/widths';
import { asText } from '../../src/core/text-cell';
import type { CellValue } from '../../src/core/types';

const Z = 'Europe/Paris';
const d = (y: number, m: number, day: number) => midnightInZone(dayNumber(y, m, day), Z);
const TODAY = dayNumber(2026, 11, 22);

// Welcome nurture: baseline 100, reviews 2026-03-02 → 110 and 2026-06-01 → 99.
// Unsubscribes: lower is better, 0.5 % → 0.4 %.
const grid: CellValue[][] = [
  ['Name', 'Baseline', 'Type', 'Metric', d(2026, 3, 2), d(2026, 6, 1), 'Notes'],
  ['Welcome nurture', 100, 'Nurture', 'Leads', 110, 99, 'keep me'],
  ['', '', '', '', '', '', ''],
  ['Newsletter', 0.005, 'Email', 'Unsubscribe rate', 0.0045, 0.004, ''],
];
const report = reviewReport(grid, { timeZone: Z, today: TODAY });
const byRow = new Map(report.rows.map((r) => [r.schedule.row.row, r]));

describe('where the owned columns go', () => {
  it('appends missing owned columns after the last used column, keeping every user column in place', () => {
    const layout = ownedLayout(report.result.sheet.columns, 7);
    expect(layout.missing.map((m) => m.column)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(ownedRuns(layout.positions)).toEqual([
      {
        start: 7,
        keys: [
          'next_review',
          'status',
          'last_change',
          'last_change_pct',
          'vs_baseline',
          'trend',
          'sparkline',
        ],
      },
    ]);
  });

  it('keeps owned columns the user moved apart, one write run per contiguous block', () => {
    const layout = ownedLayout({ owned: { status: 2, trend: 9 } }, 10);
    expect(layout.positions.status).toBe(2);
    // Trend at J and the five appended after it (K…O) are adjacent: two runs in all.
    expect(ownedRuns(layout.positions).map((r) => r.start)).toEqual([2, 9]);
  });
});

describe('owned cells', () => {
  const blocks = ownedBlocks(byRow, 3, Z, 'en');

  it('writes next review, status and the latest change: 110 → 99 is −11, −10 %', () => {
    // Last reviewed 2026-06-01 → next 2026-08-30 (+90 days): overdue on 2026-11-22.
    expect((blocks.next_review.values[0] as Date).getTime()).toBe(d(2026, 8, 30).getTime());
    expect(blocks.status.values[0]).toBe('● Overdue');
    expect(blocks.last_change.values[0]).toBe(-11);
    expect(blocks.last_change_pct.values[0]).toBeCloseTo(-0.1, 12);
    // vs baseline: 99 − 100 = −1 → −1 %.
    expect(blocks.vs_baseline.values[0]).toBeCloseTo(-0.01, 12);
    expect(blocks.sparkline.values[0]).toBe('=SPARKLINE({100,110,99})');
  });

  it('leaves blank rows blank, so a deleted program keeps no stale status', () => {
    expect([
      blocks.status.values[1],
      blocks.next_review.values[1],
      blocks.sparkline.values[1],
    ]).toEqual(['', '', '']);
  });

  it('colours a falling unsubscribe rate green (lower is better) and falling leads red', () => {
    // Newsletter: 0.45 % → 0.40 %, an improvement; Welcome nurture: 110 → 99, a loss.
    expect(blocks.last_change_pct.formats[2]).toBe(CHANGE_FORMAT);
    expect(blocks.last_change_pct.colours[2]).toBe('#137333');
    expect(blocks.last_change_pct.colours[0]).toBe('#c5221f');
    expect(blocks.last_change.colours[0]).toBe('#c5221f');
  });

  it('writes a rate’s last change in percentage points, never "%" next to the relative ▲ %', () => {
    // Newsletter unsubscribes 0.45 % → 0.40 %: −0.05 points, −11.1 % relative.
    expect(blocks.last_change.values[2]).toBeCloseTo(-0.05, 12);
    expect(blocks.last_change.formats[2]).toBe('+0.0#" pt";-0.0#" pt";0.0" pt"');
    expect(blocks.last_change_pct.values[2]).toBeCloseTo(-1 / 9, 12);
    // A count keeps its own unit: Welcome nurture −11 leads.
    expect(blocks.last_change.formats[0]).toBe('+#,##0.##;-#,##0.##;0');
  });

  it('writes French statuses for French users', () => {
    expect(ownedBlocks(byRow, 3, Z, 'fr').status.values[0]).toBe('● En retard');
  });

  it('spells sparkline numbers without exponents', () => {
    expect(sparklineFormula([1e-7, 0.5])).toBe('=SPARKLINE({0.0000001,0.5})');
    expect(sparklineFormula([3])).toBe('');
  });
});

describe('flags', () => {
  it('tags every rule so refresh replaces only its own', () => {
    const rules = flagRules(0, 8, 3, report.result.columns, 14);
    expect(rules.every((r) => isCadenceRule(r.formula))).toBe(true);
    expect(rules[1].formula).toBe('=AND(N("cadence")=0,LEFT($I2,1)="●")');
    expect(isCadenceRule('=$B2>10')).toBe(false);
  });

  it('keeps the user’s own header notes and lists missing rows in its own', () => {
    const notes = headerNotes(
      ['', 'mine', '', '', '', '', ''],
      7,
      { sparkline: 6 },
      [
        {
          column: { index: 4, letter: 'E', day: dayNumber(2026, 3, 2) },
          status: 'incomplete',
          dueRows: [2, 4],
          missingRows: [4],
        },
        {
          column: { index: 1, letter: 'B', day: dayNumber(2026, 6, 1) },
          status: 'incomplete',
          dueRows: [2],
          missingRows: [2],
        },
      ],
      'en',
    );
    expect(notes[1]).toBe('mine');
    expect(notes[4]).toBe('Cadence: review incomplete. Rows still missing a value: 4.');
    expect(notes[6]).toMatch(/^Cadence: computed by the add-on/);
  });

  it('explains arrows, colours and points in the change columns’ header notes', () => {
    const notes = headerNotes(
      ['', '', '', ''],
      4,
      { next_review: 0, last_change: 1, trend: 3 },
      [],
      'fr',
    );
    expect(notes[1]).toMatch(/^Cadence : calculé/);
    expect(notes[1]).toContain('▲ hausse, ▼ baisse');
    expect(notes[1]).toContain('points de pourcentage (pt)');
    expect(notes[3]).toContain('▲ hausse, ▼ baisse');
    expect(notes[0]).not.toContain('▲');
  });
});

describe('the companion Δ sheet', () => {
  it('keeps the review sheet’s rows and puts each period’s change in its column', () => {
    const block = companionBlock(report, grid.length, 'en');
    expect(block.values[0]).toEqual(['Name', 'Δ 2026-03-02', 'Δ 2026-06-01', 'vs baseline']);
    expect(block.values[1][0]).toBe("'Welcome nurture"); // Sheets' text mark: stored as Welcome nurture;
    // 100 → 110 is +10 %; 110 → 99 is −10 %.
    expect(block.values[1][1]).toBeCloseTo(0.1, 12);
    expect(block.values[1][2]).toBeCloseTo(-0.1, 12);
    expect(block.values[2]).toEqual(['', '', '', '']);
    expect(block.values[3][0]).toBe("'Newsletter");
  });

  it('shows a rate’s period changes in points, like the review sheet, with a legend below', () => {
    const block = companionBlock(report, grid.length, 'en');
    // Newsletter 0.50 % → 0.45 % → 0.40 %: −0.05 points each period.
    expect(block.values[3][1]).toBeCloseTo(-0.05, 12);
    expect(block.formats[3][1]).toBe('"▲ "0.0#" pt";"▼ "0.0#" pt";"= "0.0" pt"');
    // Welcome nurture stays relative: +10 %.
    expect(block.formats[1][1]).toBe('"▲ "0.0%;"▼ "0.0%;"= "0.0%');
    const legend = block.values[block.values.length - 1];
    expect(legend[1]).toMatch(/^▲ up, ▼ down/);
  });

  it('makes the name column wide enough for the longest name', () => {
    const long = 'Webinar: Attribution demystified for enterprise marketing teams';
    const g: CellValue[][] = [grid[0], [long, 100, 'Nurture', 'Leads', 110, 99, '']];
    const block = companionBlock(reviewReport(g, { timeZone: Z, today: TODAY }), 2, 'en');
    // ~63 characters of Arial 10 need well over Sheets' default 100 px.
    expect(block.nameWidth).toBeGreaterThanOrEqual(textPx(long));
    expect(block.nameWidth).toBeGreaterThan(350);
  });
});

describe('text from the sheet stays text', () => {
  it.each(['=HYPERLINK("x")', '+33 1 23', '-5 leads', '@mention', "'quoted"])(
    '%s gets Sheets’ text apostrophe',
    (name) => {
      expect(asText(name)).toBe(`'${name}`);
    },
  );
  it('marks every name, so "12" or "2026-05-01" stay text too, and leaves blanks blank', () => {
    expect(asText('2026-05-01')).toBe("'2026-05-01");
    expect(asText('')).toBe('');
  });
});
