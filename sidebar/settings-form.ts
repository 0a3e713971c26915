/**
 * The settings form as the user typed it (strings), and its translation into the raw object
 * saveSettings validates. The same core validator runs here first, so a bad value is caught
 * before the round trip; the server checks again and its problems land on the same fields.
 */
import { readSettings, type Settings, type SettingsProblem } from '../src/core/settings';
import { PROGRAM_TYPES, type Locale, type ProgramType } from '../src/core/types';

export interface SettingsDraft {
  dueSoonDays: string;
  cadence: Record<ProgramType, string>;
  calendar: string;
  grouping: string;
  popupMinutes: string;
  emailMinutes: string;
  invitations: boolean;
  baselineReminders: boolean;
  digestEnabled: boolean;
  digestHour: string;
  colours: boolean;
  language: Locale | null;
  influenceWindow: string;
  influenceHalfLife: string;
  influenceSameDay: boolean;
  influenceBy: string;
  influenceOrder: string;
  influenceReplicates: string;
}

const text = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : String(n);

export function draftOf(s: Settings): SettingsDraft {
  const cadence = {} as Record<ProgramType, string>;
  for (const type of PROGRAM_TYPES) cadence[type] = text(s.cadenceOverrides[type]);
  return {
    dueSoonDays: text(s.dueSoonDays),
    cadence,
    calendar: s.calendar,
    grouping: s.grouping,
    popupMinutes: text(s.reminders.popupMinutes),
    emailMinutes: text(s.reminders.emailMinutes),
    invitations: s.invitations,
    baselineReminders: s.baselineReminders,
    digestEnabled: s.digest.enabled,
    digestHour: text(s.digest.hour),
    colours: s.colours,
    language: s.language,
    influenceWindow: text(s.influence.windowDays),
    influenceHalfLife: text(s.influence.halfLifeDays),
    influenceSameDay: s.influence.sameDay,
    influenceBy: s.influence.by,
    influenceOrder: text(s.influence.markovOrder),
    influenceReplicates: text(s.influence.replicates),
  };
}

/** '12' → 12; anything else stays text so the validator names the problem ("7.5", "", "abc"). */
function numberOrText(value: string): number | string {
  const trimmed = value.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Blank means "none" for reminders and "playbook" for cadences. */
function optional(value: string): number | string | null {
  return value.trim() === '' ? null : numberOrText(value);
}

export function rawOf(d: SettingsDraft): Record<string, unknown> {
  const cadenceOverrides: Record<string, unknown> = {};
  for (const type of PROGRAM_TYPES) {
    const v = optional(d.cadence[type]);
    if (v !== null) cadenceOverrides[type] = v;
  }
  return {
    dueSoonDays: numberOrText(d.dueSoonDays),
    cadenceOverrides,
    colours: d.colours,
    calendar: d.calendar,
    grouping: d.grouping,
    reminders: { popupMinutes: optional(d.popupMinutes), emailMinutes: optional(d.emailMinutes) },
    invitations: d.invitations,
    baselineReminders: d.baselineReminders,
    digest: { enabled: d.digestEnabled, hour: numberOrText(d.digestHour) },
    language: d.language,
    influence: {
      windowDays: numberOrText(d.influenceWindow),
      halfLifeDays: numberOrText(d.influenceHalfLife),
      sameDay: d.influenceSameDay,
      by: d.influenceBy,
      markovOrder: numberOrText(d.influenceOrder),
      replicates: numberOrText(d.influenceReplicates),
    },
  };
}

export function validate(d: SettingsDraft): readonly SettingsProblem[] {
  return readSettings(rawOf(d)).problems;
}

/** Element ids must stay CSS-friendly: 'digest.hour' → 'f-digest-hour'. */
export function fieldId(field: string): string {
  return `f-${field.replace(/\./g, '-')}`;
}
