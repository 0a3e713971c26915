/**
 * The journal's events in the calendar sync, on the strict in-memory Apps Script: the reminder
 * to capture a baseline before go-live and each follow-up date join the same plan, so a second
 * sync makes no Calendar write, and the baseline reminders can be turned off.
 */
import { applyCalendarSync } from '../../src/gas/calendar/entrypoints';
import { saveSettings } from '../../src/gas/actions/entrypoints';
import { dateCell, harness, type Harness } from './calendar-fixtures';

let h: Harness;
afterEach(() => h.restore());

const ZONE = 'Europe/Paris';
const d = (iso: string) => dateCell(iso, ZONE);

/** Today 2026-11-22: Spring launch goes live on 2026-12-01 with no baseline; Welcome nurture is reviewed. */
function world(): Harness {
  const harnessed = harness(
    [
      ['Name', 'Baseline', 'Type', 'Owner', 'Set up on', d('2026-09-01'), d('2026-10-01')],
      ['Welcome nurture', 0.3, 'nurture', 'ana@example.com', d('2026-03-01'), 0.31, 0.32],
      ['Spring launch', '', 'nurture', 'bob@example.com', d('2026-12-01'), '', ''],
      ['Old program', 10, 'nurture', '', d('2026-01-05'), 11, 12],
    ],
    { now: '2026-11-22T10:00:00Z' },
  );
  const journal = harnessed.env.spreadsheet.addSheetFromGrid('Journal', [
    ['Date', 'Program', 'Metric', 'Change', 'Signal', 'Why', 'Decision', 'Owner', 'Follow-up'],
    [d('2026-10-01'), 'Welcome nurture', 'Click rate', '▲ 1.0 pt', 'Signal (not noise)', 'New subject lines', 'Keep', 'Ana', d('2026-12-10')],
    [d('2026-09-01'), 'Old program', '', '', '', 'Holiday dip', 'Investigate', '', d('2026-11-01')],
  ]);
  harnessed.env.spreadsheet.setActiveSheet(harnessed.env.spreadsheet.getSheetByName('Review')!);
  void journal;
  return harnessed;
}

const titles = () =>
  h.env.calendarStore
    .events()
    .map((e) => [e.title, e.start.slice(0, 10)])
    .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

describe('journal events in the calendar sync', () => {
  it('a baseline reminder the day before go-live and a future follow-up; a past follow-up gets none', () => {
    h = world();
    expect(applyCalendarSync()).toMatchObject({ ok: true });
    const all = titles();
    expect(all).toContainEqual(['Capture the baseline of Spring launch before it goes live', '2026-11-30']);
    expect(all).toContainEqual(['Follow up: Welcome nurture · Keep', '2026-12-10']);
    expect(all.filter(([t]) => t.includes('Old program') && t.startsWith('Follow'))).toEqual([]);
    const followUp = h.env.calendarStore.events().find((e) => e.title.startsWith('Follow up'))!;
    expect(followUp.description).toContain('Change of 2026-10-01: ▲ 1.0 pt (Click rate).');
    expect(followUp.description).toContain('Why (2026-10-01): New subject lines');
    expect(followUp.popupReminders).toEqual([900]);
  });

  it('a second sync makes no Calendar write; moving the follow-up moves its event, no duplicate', () => {
    h = world();
    applyCalendarSync();
    const count = h.env.calendarStore.events().length;
    h.env.calls.reset();
    expect(applyCalendarSync()).toMatchObject({ ok: true });
    expect(h.env.calls.writes('CalendarApp')).toBe(0);
    h.env.spreadsheet.getSheetByName('Journal')!.getRange('I2').setValue(d('2026-12-20'));
    applyCalendarSync();
    expect(h.env.calendarStore.events()).toHaveLength(count);
    expect(titles()).toContainEqual(['Follow up: Welcome nurture · Keep', '2026-12-20']);
  });

  it('turned off in the settings: the baseline reminder is removed at the next sync', () => {
    h = world();
    applyCalendarSync();
    expect(saveSettings({ baselineReminders: false })).toMatchObject({ ok: true });
    applyCalendarSync();
    expect(titles().filter(([t]) => t.startsWith('Capture'))).toEqual([]);
  });

  it('in French', () => {
    h = world();
    h.env.spreadsheet.getSheetByName('Review')!.getRange('A1:E1').setValues([['Nom', 'Référence', 'Type', 'Responsable', 'Mis en place le']]);
    expect(saveSettings({ language: 'fr' })).toMatchObject({ ok: true });
    applyCalendarSync();
    expect(titles()).toContainEqual(['Capturer la référence de Spring launch avant la mise en service', '2026-11-30']);
    expect(titles()).toContainEqual(['Suivi : Welcome nurture · Garder', '2026-12-10']);
  });
});
