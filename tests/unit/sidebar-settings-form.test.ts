/**
 * The sidebar's settings form: what the user typed (strings) becomes the raw object saveSettings
 * validates, and the same core validator names each bad field before the round trip.
 */
import fc from 'fast-check';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../src/core/settings';
import { draftOf, fieldId, rawOf, validate } from '../../sidebar/settings-form';

describe('draftOf: the saved settings as the form shows them', () => {
  it('shows the defaults as text, blanks for "none" and for the playbook cadences', () => {
    const draft = draftOf(DEFAULT_SETTINGS);
    expect(draft).toMatchObject({
      dueSoonDays: String(DEFAULT_SETTINGS.dueSoonDays),
      popupMinutes: '900',
      emailMinutes: '',
      digestHour: '8',
      influenceWindow: '90',
      influenceHalfLife: '7',
      influenceOrder: '1',
      calendar: 'default',
      grouping: 'per_row',
      language: null,
    });
    expect(Object.values(draft.cadence).every((v) => v === '')).toBe(true);
  });

  it('round-trips: saving an untouched form changes nothing', () => {
    const custom: Settings = {
      ...DEFAULT_SETTINGS,
      dueSoonDays: 14,
      cadenceOverrides: { nurture: 60 },
      reminders: { popupMinutes: null, emailMinutes: 2880 },
      invitations: true,
      digest: { enabled: true, hour: 7 },
      language: 'fr',
      influence: {
        windowDays: 30,
        halfLifeDays: 3,
        sameDay: false,
        by: 'channel',
        markovOrder: 3,
        replicates: 500,
      },
    };
    for (const settings of [DEFAULT_SETTINGS, custom])
      expect(readSettings(rawOf(draftOf(settings)))).toEqual({ settings, problems: [] });
  });
});

describe('validate: a bad value is named on its field before the round trip', () => {
  const typed = (change: Partial<ReturnType<typeof draftOf>>) => ({
    ...draftOf(DEFAULT_SETTINGS),
    ...change,
  });

  it('reads " 12 " as 12 and a blank reminder as no reminder', () => {
    const raw = rawOf(typed({ dueSoonDays: ' 12 ', popupMinutes: '  ' }));
    expect(raw).toMatchObject({ dueSoonDays: 12, reminders: { popupMinutes: null } });
    expect(validate(typed({ dueSoonDays: ' 12 ', popupMinutes: '  ' }))).toEqual([]);
  });

  it.each([
    [{ dueSoonDays: '7.5' }, { field: 'dueSoonDays', code: 'not_a_whole_number' }],
    [{ dueSoonDays: '' }, { field: 'dueSoonDays', code: 'not_a_whole_number' }],
    [{ dueSoonDays: 'abc' }, { field: 'dueSoonDays', code: 'not_a_whole_number' }],
    [{ dueSoonDays: '91' }, { field: 'dueSoonDays', code: 'out_of_range', min: 0, max: 90 }],
    [{ digestHour: '24' }, { field: 'digest.hour', code: 'out_of_range', min: 0, max: 23 }],
    // Google Calendar's limit: a reminder 5 minutes to four weeks (40,320 minutes) before; the
    // form says which value it would use.
    [
      { popupMinutes: '50000' },
      {
        field: 'reminders.popupMinutes',
        code: 'out_of_range',
        min: 5,
        max: 40320,
        value: 50000,
        used: 40320,
      },
    ],
    [{ grouping: 'weekly' }, { field: 'grouping', code: 'not_a_choice' }],
    // ChannelAttribution's markov_model takes any order; the add-on offers 1 to 4.
    [
      { influenceOrder: '5' },
      { field: 'influence.markovOrder', code: 'out_of_range', min: 1, max: 4 },
    ],
    // The bootstrap behind each credit's interval: 0 (no intervals) to 2,000 resamples.
    [
      { influenceReplicates: '2001' },
      { field: 'influence.replicates', code: 'out_of_range', min: 0, max: 2000 },
    ],
    [
      { influenceReplicates: '-1' },
      { field: 'influence.replicates', code: 'out_of_range', min: 0, max: 2000 },
    ],
  ])('%j → %j', (change, problem) => {
    expect(validate(typed(change))).toEqual([problem]);
  });

  it('names a bad cadence on its program type', () => {
    const draft = typed({});
    draft.cadence = { ...draft.cadence, nurture: '0', scoring_rule: '45' };
    expect(rawOf(draft)).toMatchObject({ cadenceOverrides: { nurture: 0, scoring_rule: 45 } });
    expect(validate(draft)).toEqual([
      { field: 'cadenceOverrides.nurture', code: 'out_of_range', min: 1, max: 3660 },
    ]);
  });

  it('whatever is typed in "due soon", the form either accepts a whole 0-90 or names that field', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer({ min: -200, max: 200 }).map(String)),
        (text) => {
          const problems = validate(typed({ dueSoonDays: text }));
          const n = Number(text.trim());
          const accepted = /^-?\d+$/.test(text.trim()) && n >= 0 && n <= 90;
          expect(problems.map((p) => p.field)).toEqual(accepted ? [] : ['dueSoonDays']);
        },
      ),
    );
  });
});

describe('fieldId', () => {
  it('makes CSS-friendly element ids from dotted field names', () => {
    expect(fieldId('digest.hour')).toBe('f-digest-hour');
    expect(fieldId('cadenceOverrides.scoring_rule')).toBe('f-cadenceOverrides-scoring_rule');
    expect(fieldId('dueSoonDays')).toBe('f-dueSoonDays');
  });
});
