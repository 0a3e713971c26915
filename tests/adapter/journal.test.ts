/**
 * The review journal through the real dist/Code.js on the strict in-memory Apps Script: Refresh
 * adds one Journal row per change that needs a reason, never writes over what the user typed
 * there, shows the latest reason and a missing baseline in the program's Status note, and stays
 * within the steady-state budget of 25 Sheets calls.
 */
import { midnightInZone, parseIso, type DayNumber } from '../../src/core/dates';
import type { CellValue } from '../../src/core/types';
import { worldWith, ZONE, type World } from './review-env';

const date = (iso: string) => midnightInZone(parseIso(iso) as DayNumber, ZONE);

/** A real drop (45/120 → 20/118), noise, an urgent MQL acceptance, and a row with no baseline. */
function reviewGrid(): CellValue[][] {
  return [
    ['Name', 'Baseline', 'Type', 'Metric', 'Owner', 'Set up on', date('2026-06-01'), date('2026-09-01')],
    ['Welcome nurture', '', 'nurture', 'Click rate', 'Ana', date('2026-03-01'), '45/120', '20/118'],
    ['Spring webinar', 100, 'content', 'Attendees', 'Bob', date('2026-01-10'), 102, 101],
    ['Lead scoring', 0.62, 'scoring rule', 'MQL acceptance rate', 'Chloé', date('2026-02-01'), 0.58, 0.41],
  ];
}

const journal = (w: World) => w.env.spreadsheet.getSheetByName('Journal');
const review = (w: World) => w.env.spreadsheet.getSheetByName('Review')!;
/** The Status column is the second owned column, after Next review: J (8 user columns). */
const statusNote = (w: World, row: number) => review(w).getRange(`J${row}`).getNote();

describe('Refresh and the Journal sheet', () => {
  let world: World;
  beforeAll(() => {
    world = worldWith('Review', reviewGrid());
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
  });

  it('adds one row per signal or urgent row, with the change in its unit; noise gets none', () => {
    expect(review(world).getRange('J1').getValue()).toBe('Status');
    const values = journal(world)!.getDataRange().getDisplayValues();
    expect(values[0]).toEqual(['Date', 'Program', 'Metric', 'Change', 'Signal', 'Why', 'Decision', 'Owner', 'Follow-up']);
    expect(values.slice(1).map((r) => r.slice(1, 5))).toEqual([
      ['Welcome nurture', 'Click rate', '▼ 20.55\u00a0pt', 'Signal (not noise)'],
      ['Lead scoring', 'MQL acceptance rate', '▼ 17.0\u00a0pt', 'Urgent'],
    ]);
    // The review sheet stays the active sheet.
    expect(world.env.spreadsheet.getActiveSheet().getName()).toBe('Review');
  });

  it('the Status note names the missing baseline', () => {
    expect(statusNote(world, 2)).toBe(
      'Cadence: No baseline: the gain since automation cannot be measured.',
    );
    expect(statusNote(world, 3)).toBe('');
  });

  it('what the user types in the Journal survives Refresh, and the latest reason reaches the Status note', () => {
    const sheet = journal(world)!;
    sheet.getRange('F2:I2').setValues([['Sender domain changed', 'Investigate', 'Dana', date('2026-12-15')]]);
    sheet.getRange('D3').setValue('my own words');
    const before = sheet.snapshot();
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    expect(sheet.snapshot()).toEqual(before);
    expect(statusNote(world, 2)).toBe(
      'Cadence: No baseline: the gain since automation cannot be measured.\nWhy (2026-09-01): Sender domain changed\nDecision: Investigate · Owner: Dana · Follow-up: 2026-12-15',
    );
  });

  it('a steady-state Refresh reads the Journal and writes nothing: within 25 Sheets calls, nothing changes', () => {
    const sheets = () => world.env.spreadsheet.getSheets().map((s) => s.snapshot());
    const before = sheets();
    world.env.calls.reset();
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    expect(world.env.calls.count('SpreadsheetApp')).toBeLessThanOrEqual(25);
    expect(world.env.calls.count('SpreadsheetApp', 'Spreadsheet.insertSheet')).toBe(0)
    expect(world.env.calls.count('SpreadsheetApp', 'Range.setNotes')).toBe(0);
    expect(sheets()).toEqual(before);
  });

  it('a new review of a row still urgent (40 % MQL acceptance) adds its row after the user’s rows', () => {
    const sheet = review(world);
    // A new review column dated 2026-11-01.
    sheet.insertColumnBefore(9);
    sheet.getRange('I1').setValue(date('2026-11-01'));
    sheet.getRange('I2:I4').setValues([['22/119'], [40], [0.40]]);
    const before = journal(world)!.getRange('A1:I3').getValues();
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    const after = journal(world)!.getDataRange().getValues();
    expect(after.slice(0, 3)).toEqual(before);
    expect(after.slice(3).map((r) => [r[0], r[1]])).toEqual([[date('2026-11-01'), 'Lead scoring']]);
  });
});

describe('in French', () => {
  it('the Journal has French headers and words', () => {
    const grid = reviewGrid();
    grid[0] = ['Nom', 'Référence', 'Type', 'Indicateur', 'Responsable', 'Mis en place le', date('2026-06-01'), date('2026-09-01')];
    const world = worldWith('Revue', grid, 'fr');
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    const values = journal(world)!.getDataRange().getDisplayValues();
    expect(values[0]).toEqual(['Date', 'Programme', 'Indicateur', 'Variation', 'Signal', 'Pourquoi', 'Décision', 'Responsable', 'Suivi le']);
    expect(values[1][3]).toBe('▼ 20,55\u00a0pt');
    expect(values[1][4]).toBe('Signal (pas du bruit)');
    expect(world.env.spreadsheet.getSheetByName('Revue')!.getRange('J2').getNote()).toBe(
      'Cadence : Pas de référence : le gain depuis l’automatisation ne peut pas être mesuré.',
    );
  });
});

describe('a Journal sheet the user narrowed', () => {
  it('is still read whole: Refresh appends after its rows, never a header over them', () => {
    const world = worldWith('Review', reviewGrid());
    world.addOn.call('refreshSheet');
    const sheet = journal(world)!;
    sheet.deleteColumns(10, sheet.getMaxColumns() - 9);
    sheet.getRange('F2').setValue('Sender domain changed');
    sheet.deleteRow(3);
    const before = sheet.getDataRange().getValues();
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    // The deleted row stays out (dismissed); Restore puts it back after the user's rows.
    expect(sheet.getDataRange().getValues()).toEqual(before);
    expect(world.addOn.call('restoreJournalEntries')).toMatchObject({ ok: true });
    const after = sheet.getDataRange().getValues();
    expect(after.slice(0, 2)).toEqual(before);
    expect(after.slice(2).map((r) => r[1])).toEqual(['Lead scoring']);
  });
});

// A user who deletes a Journal row means "not worth journaling": Refresh must not add it back,
// and says so; a later review of the same program is a new entry; Restore undoes the dismissal.
describe('a Journal row the user deleted', () => {
  let world: World;
  beforeAll(() => {
    world = worldWith('Review', reviewGrid());
    world.addOn.call('refreshSheet');
  });
  const programs = () => journal(world)!.getDataRange().getValues().slice(1).map((r) => r[1]);

  it('is not added back by Refresh, which says so; the user’s other rows stay as they are', () => {
    const sheet = journal(world)!;
    expect(programs()).toEqual(['Welcome nurture', 'Lead scoring']);
    sheet.getRange('F2').setValue('Sender domain changed');
    sheet.deleteRow(3); // Lead scoring: "not worth journaling"
    const before = sheet.snapshot();
    expect(world.addOn.call('refreshSheet')).toEqual({
      ok: true,
      message:
        'Refreshed 3 programs: 1 urgent, 0 overdue, 0 due soon. Not added back to the Journal: 1 entry you deleted (Restore is in the sidebar’s Journal tab).',
    });
    expect(sheet.snapshot()).toEqual(before);
    // Twice: still out, and the steady state writes nothing to the Journal.
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    expect(sheet.snapshot()).toEqual(before);
    expect(world.addOn.call('getJournal')).toMatchObject({ ok: true, dismissed: 1, needReason: 0 });
  });

  it('is remembered in Cadence’s document properties, never in a cell of the user', () => {
    const keys = [...world.env.properties.document.entries.keys()];
    // One pieced value: its count of pieces and its one piece.
    expect(keys.filter((k) => k.startsWith('cadence.journaled.'))).toHaveLength(2);
  });

  it('a new review of the same program (2026-11-01, still urgent at 40 %) is a new entry', () => {
    const sheet = review(world);
    sheet.insertColumnBefore(9);
    sheet.getRange('I1').setValue(date('2026-11-01'));
    sheet.getRange('I2:I4').setValues([['22/119'], [40], [0.4]]);
    expect(world.addOn.call('refreshSheet')).toMatchObject({ ok: true });
    const rows = journal(world)!.getDataRange().getValues().slice(1);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      [date('2026-09-01'), 'Welcome nurture'],
      [date('2026-11-01'), 'Lead scoring'],
    ]);
  });

  it('Restore adds back what was dismissed, once; in French the messages are French', () => {
    const grid = reviewGrid();
    grid[0] = ['Nom', 'Référence', 'Type', 'Indicateur', 'Responsable', 'Mis en place le', date('2026-06-01'), date('2026-09-01')];
    const fr = worldWith('Revue', grid, 'fr');
    fr.addOn.call('refreshSheet');
    const sheet = fr.env.spreadsheet.getSheetByName('Journal')!;
    sheet.deleteRow(2);
    expect((fr.addOn.call('refreshSheet') as { message: string }).message).toContain(
      'Non rajoutée au Journal : 1 entrée que vous avez supprimée',
    );
    expect(fr.addOn.call('restoreJournalEntries')).toEqual({
      ok: true,
      message: '1 entrée supprimée rajoutée au Journal.',
    });
    expect(sheet.getDataRange().getValues().slice(1).map((r) => r[1])).toEqual(['Lead scoring', 'Welcome nurture']);
    expect(fr.addOn.call('getJournal')).toMatchObject({ ok: true, dismissed: 0 });
    expect((fr.addOn.call('refreshSheet') as { message: string }).message).not.toContain('Journal');
  });
});
