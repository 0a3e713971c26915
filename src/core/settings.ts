/**
 * The add-on's settings, as stored in document properties (JSON) and edited in the sidebar.
 * Stored text is never trusted: `readSettings` validates every field, keeps what is valid and
 * falls back to the playbook default for the rest, so a damaged property can never break a refresh.
 */
import { MARKOV_ORDERS, MAX_REPLICATES, type MarkovOrder } from './attribution/vocabulary';
import { PLAYBOOK } from './review/schedule';
import { PROGRAM_TYPES, type Locale, type ProgramType } from './types';

export type CalendarChoice = 'default' | 'dedicated';
export type EventGrouping = 'per_row' | 'per_day';

export interface Reminders {
  /** Minutes before the all-day event; null = no reminder of that kind. */
  readonly popupMinutes: number | null;
  readonly emailMinutes: number | null;
}

export type CreditKey = 'campaign' | 'channel';

/** How the campaign influence report counts (the influence report's own settings). */
export interface InfluenceSettings {
  /** Touches older than this many days before the conversion do not count. */
  readonly windowDays: number;
  readonly halfLifeDays: number;
  /** Touches on the conversion's last touch day share the last-touch credit. */
  readonly sameDay: boolean;
  readonly by: CreditKey;
  /** Markov states are the last N steps of a journey (ChannelAttribution's `order`). */
  readonly markovOrder: MarkovOrder;
  /** Bootstrap resamples behind each credit's 95 % interval; 0 leaves the intervals out. */
  readonly replicates: number;
}

export interface Settings {
  readonly dueSoonDays: number;
  readonly cadenceOverrides: Readonly<Partial<Record<ProgramType, number>>>;
  /** Colour flags (row colours, column headers); words and icons always stay. */
  readonly colours: boolean;
  readonly calendar: CalendarChoice;
  readonly grouping: EventGrouping;
  readonly reminders: Reminders;
  /** Invite the Owner column's addresses to the review events. */
  readonly invitations: boolean;
  /** "Capture the baseline of X before it goes live" events in the calendar sync (opt-out). */
  readonly baselineReminders: boolean;
  readonly digest: { readonly enabled: boolean; readonly hour: number };
  /** The user's explicit language choice; null = follow the Google account's locale. */
  readonly language: Locale | null;
  readonly influence: InfluenceSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  dueSoonDays: PLAYBOOK.dueSoonDays,
  cadenceOverrides: {},
  colours: true,
  calendar: 'default',
  grouping: 'per_row',
  // An all-day event starts at midnight: 900 minutes before is 09:00 on the day before,
  // a reminder during working hours rather than at midnight.
  reminders: { popupMinutes: 900, emailMinutes: null },
  invitations: false,
  baselineReminders: true,
  digest: { enabled: false, hour: 8 },
  language: null,
  influence: { windowDays: 90, halfLifeDays: 7, sameDay: true, by: 'campaign', markovOrder: 1, replicates: 200 },
};

/** A field that could not be used, for a message next to it in the sidebar. */
export interface SettingsProblem {
  readonly field: string;
  readonly code: 'not_a_whole_number' | 'out_of_range' | 'not_a_choice' | 'not_a_boolean';
  readonly min?: number;
  readonly max?: number;
  /** A number found out of range, and the value used instead when it was clamped. */
  readonly value?: number;
  readonly used?: number;
}

export interface SettingsRead {
  readonly settings: Settings;
  readonly problems: readonly SettingsProblem[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  readonly problems: SettingsProblem[] = [];

  int(value: unknown, field: string, min: number, max: number, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.problems.push({ field, code: 'not_a_whole_number' });
      return fallback;
    }
    if (value < min || value > max) {
      this.problems.push({ field, code: 'out_of_range', min, max });
      return fallback;
    }
    return value;
  }

  bool(value: unknown, field: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.problems.push({ field, code: 'not_a_boolean' });
      return fallback;
    }
    return value;
  }

  choice<T extends string>(value: unknown, field: string, choices: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
      this.problems.push({ field, code: 'not_a_choice' });
      return fallback;
    }
    return value as T;
  }
}

/** Validates settings from any JSON value (stored or typed by the user). */
export function readSettings(raw: unknown): SettingsRead {
  const r = new Reader();
  const o: Obj = isObj(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  const overrides: Partial<Record<ProgramType, number>> = {};
  if (isObj(o.cadenceOverrides)) {
    for (const type of PROGRAM_TYPES) {
      const v = o.cadenceOverrides[type];
      if (v === undefined || v === null || v === '') continue;
      const days = r.int(v, `cadenceOverrides.${type}`, 1, 3660, -1);
      if (days > 0) overrides[type] = days;
    }
  }
  const rem = isObj(o.reminders) ? o.reminders : {};
  const digest = isObj(o.digest) ? o.digest : {};
  const influence = isObj(o.influence) ? o.influence : {};
  const di = d.influence;
  const language =
    o.language === null || o.language === undefined
      ? null
      : r.choice<Locale>(o.language, 'language', ['en', 'fr'], 'en');
  return {
    settings: {
      dueSoonDays: r.int(o.dueSoonDays, 'dueSoonDays', 0, 90, d.dueSoonDays),
      cadenceOverrides: overrides,
      colours: r.bool(o.colours, 'colours', d.colours),
      calendar: r.choice<CalendarChoice>(
        o.calendar,
        'calendar',
        ['default', 'dedicated'],
        d.calendar,
      ),
      grouping: r.choice<EventGrouping>(o.grouping, 'grouping', ['per_row', 'per_day'], d.grouping),
      reminders: {
        popupMinutes: minutes(
          r,
          rem.popupMinutes,
          'reminders.popupMinutes',
          d.reminders.popupMinutes,
        ),
        emailMinutes: minutes(
          r,
          rem.emailMinutes,
          'reminders.emailMinutes',
          d.reminders.emailMinutes,
        ),
      },
      invitations: r.bool(o.invitations, 'invitations', d.invitations),
      baselineReminders: r.bool(o.baselineReminders, 'baselineReminders', d.baselineReminders),
      digest: {
        enabled: r.bool(digest.enabled, 'digest.enabled', d.digest.enabled),
        hour: r.int(digest.hour, 'digest.hour', 0, 23, d.digest.hour),
      },
      language,
      influence: {
        windowDays: r.int(influence.windowDays, 'influence.windowDays', 1, 3650, di.windowDays),
        halfLifeDays: r.int(
          influence.halfLifeDays,
          'influence.halfLifeDays',
          1,
          365,
          di.halfLifeDays,
        ),
        sameDay: r.bool(influence.sameDay, 'influence.sameDay', di.sameDay),
        by: r.choice<CreditKey>(influence.by, 'influence.by', ['campaign', 'channel'], di.by),
        markovOrder: markovOrder(r, influence.markovOrder, di.markovOrder),
        replicates: r.int(
          influence.replicates,
          'influence.replicates',
          0,
          MAX_REPLICATES,
          di.replicates,
        ),
      },
    },
    problems: r.problems,
  };
}

function markovOrder(r: Reader, value: unknown, fallback: MarkovOrder): MarkovOrder {
  const order = r.int(value, 'influence.markovOrder', 1, MARKOV_ORDERS.length, fallback);
  return MARKOV_ORDERS.find((o) => o === order) ?? fallback;
}

/**
 * Calendar accepts reminders from 5 to 40,320 minutes (four weeks) before the event
 * (CalendarEvent.addPopupReminder / addEmailReminder reference:
 * https://developers.google.com/apps-script/reference/calendar/calendar-event#addPopupReminder(Integer)).
 */
export const REMINDER_MIN_MINUTES = 5;
export const REMINDER_MAX_MINUTES = 40320;

/**
 * A reminder outside Calendar's range is a problem (so the sidebar refuses to save it), and the
 * value read is clamped into the range rather than dropped: a value stored by an older version
 * (which accepted 0) must never make a sync fail on every event. The problem carries the value
 * found and the value used, for the message.
 */
function minutes(r: Reader, value: unknown, field: string, fallback: number | null): number | null {
  if (value === null) return null;
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value)) {
    const used = Math.min(REMINDER_MAX_MINUTES, Math.max(REMINDER_MIN_MINUTES, value));
    if (used !== value) {
      r.problems.push({
        field,
        code: 'out_of_range',
        min: REMINDER_MIN_MINUTES,
        max: REMINDER_MAX_MINUTES,
        value,
        used,
      });
    }
    return used;
  }
  const sentinel = -1;
  const read = r.int(value, field, REMINDER_MIN_MINUTES, REMINDER_MAX_MINUTES, sentinel);
  return read === sentinel ? fallback : read;
}
