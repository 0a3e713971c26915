import fc from 'fast-check';
import { DEFAULT_SETTINGS, readSettings } from '../../src/core/settings';

describe('settings read from document properties', () => {
  it('defaults to the playbook: due soon within 7 days, colours on, default calendar, no digest', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({
      dueSoonDays: 7,
      colours: true,
      calendar: 'default',
      digest: { enabled: false, hour: 8 },
    });
  });

  it('keeps valid fields and reports each invalid one by field, falling back to its default', () => {
    const read = readSettings({
      dueSoonDays: 14,
      cadenceOverrides: { nurture: 60, content: 0, scoring_rule: 'x' },
      grouping: 'per_week',
      digest: { enabled: true, hour: 25 },
    });
    expect(read.settings).toMatchObject({
      dueSoonDays: 14,
      cadenceOverrides: { nurture: 60 },
      grouping: 'per_row',
      digest: { enabled: true, hour: 8 },
    });
    expect(read.problems).toEqual([
      { field: 'cadenceOverrides.scoring_rule', code: 'not_a_whole_number' },
      { field: 'cadenceOverrides.content', code: 'out_of_range', min: 1, max: 3660 },
      { field: 'grouping', code: 'not_a_choice' },
      { field: 'digest.hour', code: 'out_of_range', min: 0, max: 23 },
    ]);
  });

  // Calendar accepts 5 to 40,320 minutes (CalendarEvent.addPopupReminder reference,
  // https://developers.google.com/apps-script/reference/calendar/calendar-event#addPopupReminder(Integer)).
  it('accepts no reminder (null) and 5 to 40,320 minutes; clamps 0-4 and 40,321 with a problem', () => {
    expect(
      readSettings({ reminders: { popupMinutes: null, emailMinutes: 40_320 } }).settings.reminders,
    ).toEqual({ popupMinutes: null, emailMinutes: 40_320 });
    expect(readSettings({ reminders: { popupMinutes: 5 } }).problems).toEqual([]);
    const over = readSettings({ reminders: { popupMinutes: 40_321, emailMinutes: 0 } });
    // A value stored by an older version (which accepted 0) is used clamped, never dropped, and
    // reported: saveSettings refuses to save it, a sync uses 5 and says so.
    expect(over.settings.reminders).toEqual({ popupMinutes: 40_320, emailMinutes: 5 });
    expect(over.problems).toEqual([
      {
        field: 'reminders.popupMinutes',
        code: 'out_of_range',
        min: 5,
        max: 40_320,
        value: 40_321,
        used: 40_320,
      },
      {
        field: 'reminders.emailMinutes',
        code: 'out_of_range',
        min: 5,
        max: 40_320,
        value: 0,
        used: 5,
      },
    ]);
  });

  it('never yields a reminder Calendar would refuse, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)), (m) => {
        const { popupMinutes, emailMinutes } = readSettings({
          reminders: { popupMinutes: m, emailMinutes: m },
        }).settings.reminders;
        for (const v of [popupMinutes, emailMinutes]) {
          if (v !== null) expect(Number.isInteger(v) && v >= 5 && v <= 40_320).toBe(true);
        }
      }),
    );
  });

  it('never throws and always yields usable settings, whatever JSON is stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const { settings } = readSettings(raw);
        expect(
          Number.isInteger(settings.dueSoonDays) &&
            settings.dueSoonDays >= 0 &&
            settings.dueSoonDays <= 90,
        ).toBe(true);
        expect(['default', 'dedicated']).toContain(settings.calendar);
        expect(settings.digest.hour >= 0 && settings.digest.hour <= 23).toBe(true);
      }),
    );
  });
});
