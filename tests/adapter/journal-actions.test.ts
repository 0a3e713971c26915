/**
 * Capture baselines and the sidebar's journal calls, through dist/Code.js on the strict
 * in-memory Apps Script: proposals first, a write only on confirmation and only into blank
 * baseline cells, a note saying when and from what; a reason saved from the sidebar lands in
 * the entry's own cells and in the Status note.
 */
import { midnightInZone, parseIso, type DayNumber } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';
import { worldWith, ZONE, type World } from './review-env';

const date = (iso: string) => midnightInZone(parseIso(iso) as DayNumber, ZONE);

function reviewGrid(rows = 3): CellValue[][] {
  const grid: CellValue[][] = [
    ['Name', 'Baseline', 'Type', 'Metric', 'Owner', 'Set up on', date('2026-06-01'), date('2026-09-01')],
    ['Welcome nurture', '', 'nurture', 'Click rate', 'Ana', date('2026-03-01'), '45/120', '20/118'],
    ['Spring webinar', '', 'content', 'Attendees', 'Bob', date('2026-06-15'), 102, 101],
    ['Lead scoring', 0.62, 'scoring rule', 'MQL acceptance rate', 'Chloé', date('2026-02-01'), 0.58, 0.41],
  ];
  for (let i = grid.length; i <= rows; i++)
    grid.push([`Program ${i}`, 100 + i, 'nurture', 'Leads', '', date('2026-01-01'), 100 + i, 101 + i]);
  return grid;
}

const review = (w: World) => w.env.spreadsheet.getSheetByName('Review')!;

describe('Capture baselines', () => {
  it('offers a value an import wrote as imported, and the captured note names the export and its day', () => {
    // A program set up last week, never reviewed: today's import gives its first number.
    const grid = reviewGrid();
    grid.push(['Winter nurture', '', 'nurture', 'Click rate', 'Eve', date('2026-11-16'), '', '']);
    const world = worldWith('Review', grid);
    const request = {
      source: {
        kind: 'rows',
        name: 'hubspot.csv',
        rows: [
          ['Email name', 'Click rate'],
          ['Winter Nurture (copy)', '3.4%'],
        ],
      },
    };
    // The import's preview says it first.
    expect((world.addOn.call('previewImport', request) as { diagnostics: unknown[] }).diagnostics).toEqual([
      {
        cell: 'I5',
        severity: 'info',
        message:
          'I5: this row has no baseline yet; once 0.034 is written, “Capture baselines” offers it as the baseline, named as imported.',
      },
    ]);
    const applied = world.addOn.call('applyImport', request);
    expect(applied).toMatchObject({ ok: true, written: 1 });
    const preview = world.addOn.call('previewBaselines') as { proposals: Array<Record<string, unknown>> };
    expect(preview.proposals.find((p) => p.row === 5)).toEqual({
      row: 5, name: 'Winter nurture', cell: 'B5', value: 0.034, text: '0.034', isRate: true,
      from: '2026-11-22', fromCell: 'I5', goLive: 'after',
      imported: { source: 'hubspot.csv', date: '2026-11-22' },
    });
    expect(world.addOn.call('captureBaselines', [5])).toMatchObject({ ok: true });
    const sheet = review(world);
    expect(sheet.getRange('B5').getValue()).toBe(0.034);
    expect(sheet.getRange('B5').getNote()).toBe(
      'Cadence: baseline captured on 2026-11-22 from hubspot.csv imported on 2026-11-22 (I5).\nCaptured after go-live (set up on 2026-11-16): vs baseline understates the gain since automation.',
    );
  });

  it('proposes the earliest review value of each row without a baseline, with its go-live label', () => {
    const world = worldWith('Review', reviewGrid());
    const before = review(world).snapshot();
    expect(world.addOn.call('previewBaselines')).toEqual({
      ok: true,
      message: '',
      proposals: [
        { row: 2, name: 'Welcome nurture', cell: 'B2', value: 0.375, text: '45/120', isRate: true, from: '2026-06-01', fromCell: 'G2', goLive: 'after', imported: null },
        { row: 3, name: 'Spring webinar', cell: 'B3', value: 102, text: '102', isRate: false, from: '2026-06-01', fromCell: 'G3', goLive: 'before', imported: null },
      ],
    });
    // A preview writes nothing.
    expect(review(world).snapshot()).toEqual(before);
  });

  it('writes only the confirmed rows, into blank cells, with a note; the Status note says a late baseline understates the gain', () => {
    const world = worldWith('Review', reviewGrid());
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    expect(world.addOn.call('captureBaselines', [2])).toEqual({
      ok: true,
      message: '1 baseline captured; your other cells are unchanged.',
    });
    const sheet = review(world);
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['45/120'], ['']]);
    expect(sheet.getRange('B2').getNote()).toBe(
      'Cadence: baseline captured on 2026-11-22 from the review of 2026-06-01 (G2).\nCaptured after go-live (set up on 2026-03-01): vs baseline understates the gain since automation.',
    );
    // The Status column (J): the no-baseline warning is gone, the late capture is said.
    expect(sheet.getRange('J2').getNote()).toBe(
      'Cadence: Baseline captured after go-live: vs baseline understates the gain since automation.',
    );
    expect(sheet.getRange('J3').getNote()).toBe(
      'Cadence: No baseline: the gain since automation cannot be measured.',
    );
  });

  it('a cell the user filled after the preview is theirs: not written', () => {
    const world = worldWith('Review', reviewGrid());
    review(world).getRange('B3').setValue(99);
    expect(world.addOn.call('captureBaselines', [2, 3])).toMatchObject({ ok: true });
    expect(review(world).getRange('B3').getValue()).toBe(99);
    expect(review(world).getRange('B3').getNote()).toBe('');
  });

  it('costs the same Sheets calls for 10 and 1,000 rows (one read, one write per run of adjacent rows)', () => {
    const counts = [10, 1000].map((rows) => {
      const world = worldWith('Review', reviewGrid(rows));
      world.addOn.call('refreshSheet');
      world.env.calls.reset();
      world.addOn.call('previewBaselines');
      const preview = world.env.calls.count('SpreadsheetApp');
      world.env.calls.reset();
      expect(world.addOn.call('captureBaselines', [2, 3])).toMatchObject({ ok: true });
      return [preview, world.env.calls.count('SpreadsheetApp')];
    });
    expect(counts[0]).toEqual(counts[1]);
  });

  it('from the menu: a Yes/No dialog lists the proposals; No writes nothing, Yes writes them', () => {
    const world = worldWith('Review', reviewGrid());
    const before = review(world).snapshot();
    world.env.ui.answerNextAlert('NO');
    world.addOn.call('captureBaselinesFromMenu');
    expect(review(world).snapshot()).toEqual(before);
    const alert = world.env.ui.alerts[0];
    expect(JSON.stringify(alert)).toContain('B2 Welcome nurture: 45/120 (G2, 2026-06-01)');
    world.env.ui.answerNextAlert('YES');
    world.addOn.call('captureBaselinesFromMenu');
    expect(review(world).getRange('B2:B3').getValues()).toEqual([['45/120'], [102]]);
  });

  it('in French: the note and the result', () => {
    const grid = reviewGrid();
    grid[0] = ['Nom', 'Référence', 'Type', 'Indicateur', 'Responsable', 'Mis en place le', date('2026-06-01'), date('2026-09-01')];
    const world = worldWith('Review', grid, 'fr');
    expect(world.addOn.call('captureBaselines', [3])).toEqual({
      ok: true,
      message: '1 référence capturée ; vos autres cellules sont inchangées.',
    });
    expect(review(world).getRange('B3').getNote()).toBe(
      'Cadence : référence capturée le 2026-11-22 depuis la revue du 2026-06-01 (G3).\nCapturée avant la mise en service (mis en place le 2026-06-15).',
    );
  });
});

describe('the sidebar’s journal', () => {
  it('lists the changes that need a reason, saves one into its own cells, and the Status note shows it', () => {
    const world = worldWith('Review', reviewGrid());
    const view = world.addOn.call('getJournal') as { needReason: number; items: Array<Record<string, unknown>> };
    expect(view.needReason).toBe(2);
    expect(view.items.map((i) => [i.program, i.date, i.change, i.reviewRow])).toEqual([
      ['Welcome nurture', '2026-09-01', '▼ 20.55\u00a0pt', 2],
      ['Lead scoring', '2026-09-01', '▼ 17.0\u00a0pt', 4],
    ]);
    const result = world.addOn.call('saveJournalEntry', {
      program: 'Lead scoring',
      date: '2026-09-01',
      why: 'Sales changed the MQL definition',
      decision: 'change',
      owner: 'Chloé',
      followUp: '2026-12-15',
    });
    expect(result).toEqual({ ok: true, message: 'Reason saved for Lead scoring.' });
    const journal = world.env.spreadsheet.getSheetByName('Journal')!;
    expect(journal.getRange('F3:I3').getDisplayValues()[0].slice(0, 3)).toEqual([
      'Sales changed the MQL definition',
      'Change',
      'Chloé',
    ]);
    expect((journal.getRange('I3').getValue() as Date).getTime()).toBe(date('2026-12-15').getTime());
    // Row 2 (Welcome nurture) untouched.
    expect(journal.getRange('F2:I2').getValues()).toEqual([['', '', 'Ana', '']]);
    expect(review(world).getRange('J4').getNote()).toContain('Why (2026-09-01): Sales changed the MQL definition');
    expect((world.addOn.call('getJournal') as { needReason: number }).needReason).toBe(1);
  });

  it('refuses a follow-up that is not a day, in one sentence', () => {
    const world = worldWith('Review', reviewGrid());
    world.addOn.call('getJournal');
    expect(
      world.addOn.call('saveJournalEntry', { program: 'Lead scoring', date: '2026-09-01', followUp: 'next week' }),
    ).toEqual({ ok: false, message: 'The follow-up date must be a day such as 2026-12-15.' });
  });
});
