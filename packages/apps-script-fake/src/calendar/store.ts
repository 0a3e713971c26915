import { dayInZone, toIso, type IsoDate, parseIso } from '../days';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { CALENDAR_CREATION_QUOTA, DailyQuota } from '../quota';
import type { World } from '../world';

/**
 * Calendar data as Google stores it. An all-day event stores calendar DATES (start inclusive, end
 * exclusive, 'YYYY-MM-DD'), not instants; CalendarApp derives them from the Date it is given using
 * the *script's* time zone (Session.getScriptTimeZone), and hands back midnight in that zone.
 */
export type EventTiming =
  | { readonly kind: 'allDay'; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'timed'; readonly start: number; readonly end: number };

export interface GuestData {
  readonly email: string;
  status: 'INVITED' | 'MAYBE' | 'NO' | 'OWNER' | 'YES';
}

export interface EventData {
  readonly id: string;
  readonly calendarId: string;
  title: string;
  description: string;
  location: string;
  timing: EventTiming;
  readonly tags: Map<string, string>;
  popupReminders: number[];
  emailReminders: number[];
  readonly guests: Map<string, GuestData>;
  color: string;
  readonly created: number;
  updated: number;
  deleted: boolean;
}

export interface CalendarData {
  readonly id: string;
  name: string;
  description: string;
  timeZone: string;
  color: string;
  hidden: boolean;
  selected: boolean;
  readonly owned: boolean;
  readonly primary: boolean;
  deleted: boolean;
  readonly events: Map<string, EventData>;
}

export interface SentInvitation {
  readonly eventId: string;
  readonly guests: readonly string[];
}

/** A read-only view of an event for assertions. */
export interface EventSnapshot {
  readonly id: string;
  readonly calendarId: string;
  readonly title: string;
  readonly description: string;
  readonly allDay: boolean;
  /** All-day events: 'YYYY-MM-DD'; timed events: ISO instants. */
  readonly start: string;
  readonly end: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly popupReminders: readonly number[];
  readonly emailReminders: readonly number[];
  readonly guests: readonly string[];
}

/** Google's limits on events, checked when StrictSettings.validation is on. */
export const EVENT_LIMITS = {
  /** CalendarEvent.addPopupReminder / addEmailReminder: 5 minutes to 4 weeks. */
  minReminderMinutes: 5,
  maxReminderMinutes: 40_320,
  /** Google Calendar's description limit, ~8,192 characters (reported by providers; _assumed_ exact). */
  maxDescription: 8_192,
  /** _assumed_: Google documents no title limit; 1,024 characters is the Calendar UI's. */
  maxTitle: 1_024,
} as const;

export class CalendarStore {
  readonly calendars = new Map<string, CalendarData>();
  readonly invitations: SentInvitation[] = [];
  /**
   * Deleted events, kept as the Calendar API keeps them (status "cancelled"): getEventById can
   * return them when StrictSettings.deletedEventById is 'cancelled'.
   */
  readonly cancelled = new Map<string, EventData>();

  /** Events created per user in a 24-hour window (quotas page). */
  readonly creations: DailyQuota;

  constructor(readonly world: World) {
    this.creations = new DailyQuota(world.clock, CALENDAR_CREATION_QUOTA[world.settings.account]);
    const email = world.settings.userEmail;
    this.calendars.set(email, newCalendarData(email, email, world.settings.timeZone, true, true));
  }

  get defaultCalendarId(): string {
    return this.world.settings.userEmail;
  }

  /** The calendar date (script time zone) an instant falls on: what createAllDayEvent stores. */
  allDayDateOf(date: { getTime(): number }): IsoDate {
    const day = dayInZone(new Date(date.getTime()), this.world.settings.scriptTimeZone);
    if (day === null) throw new Error('Invalid argument: date');
    return toIso(day);
  }

  addCalendar(name: string, timeZone?: string): CalendarData {
    const n = this.world.ids.next('calendar');
    const id = `c_${n.toString(16).padStart(16, '0')}@group.calendar.google.com`;
    const data = newCalendarData(id, name, timeZone ?? this.world.settings.timeZone, true, false);
    this.calendars.set(id, data);
    return data;
  }

  newEventId(): string {
    return `${this.world.ids.next('event').toString(36).padStart(26, '0')}@google.com`;
  }

  findEvent(id: string): EventData | null {
    for (const c of this.calendars.values()) {
      const e = c.events.get(id);
      if (e && !e.deleted && !c.deleted) return e;
    }
    return null;
  }

  /** Live events of one calendar (default calendar when omitted), or of all calendars. */
  events(calendarId?: string | 'all'): EventSnapshot[] {
    const cals =
      calendarId === 'all'
        ? [...this.calendars.values()]
        : [this.calendars.get(calendarId ?? this.defaultCalendarId)].filter(
            (c): c is CalendarData => !!c,
          );
    return cals
      .filter((c) => !c.deleted)
      .flatMap((c) => [...c.events.values()])
      .filter((e) => !e.deleted)
      .map(snapshotEvent);
  }

  /** Deletes an event as its owner would in Calendar's own UI (uncounted). */
  deleteByHand(id: string): void {
    const e = this.findEvent(id);
    if (!e) throw new Error(`No event ${id}`);
    this.markDeleted(e);
  }

  markDeleted(e: EventData): void {
    e.deleted = true;
    this.calendars.get(e.calendarId)?.events.delete(e.id);
    this.cancelled.set(e.id, e);
  }

  /** 'confirmed', 'cancelled' (deleted) or null (never existed), as the Calendar API's status. */
  status(id: string): 'confirmed' | 'cancelled' | null {
    if (this.findEvent(id)) return 'confirmed';
    return this.cancelled.has(id) ? 'cancelled' : null;
  }

  /** Counts one event creation against the daily quota. */
  takeCreation(): void {
    this.creations.take(1, APPS_SCRIPT_ERRORS.calendarDailyQuota);
  }

  /** Throws Google's argument error for a reminder outside 5–40,320 minutes. */
  checkReminder(minutes: number): void {
    if (!this.world.executions.strict.validation) return;
    const ok =
      Number.isInteger(minutes) &&
      minutes >= EVENT_LIMITS.minReminderMinutes &&
      minutes <= EVENT_LIMITS.maxReminderMinutes;
    if (!ok) throw new Error(APPS_SCRIPT_ERRORS.invalidArgument('minutesBefore'));
  }

  /** Throws for a title or description longer than Calendar keeps. */
  checkText(field: 'title' | 'description', text: string): void {
    if (!this.world.executions.strict.validation) return;
    const max = field === 'title' ? EVENT_LIMITS.maxTitle : EVENT_LIMITS.maxDescription;
    if (text.length > max) throw new Error(APPS_SCRIPT_ERRORS.invalidArgument(field));
  }

  /** An all-day event's stored date, 'YYYY-MM-DD'. */
  allDayDate(eventOrId: string | { getId(): string }): IsoDate {
    const id = typeof eventOrId === 'string' ? eventOrId : eventOrId.getId();
    const e = this.findEvent(id);
    if (!e) throw new Error(`No event ${id}`);
    if (e.timing.kind !== 'allDay') throw new Error(`Event ${id} is not an all-day event`);
    return e.timing.start;
  }
}

function newCalendarData(
  id: string,
  name: string,
  timeZone: string,
  owned: boolean,
  primary: boolean,
): CalendarData {
  return {
    id,
    name,
    description: '',
    timeZone,
    color: '#9FC6E7',
    hidden: false,
    selected: true,
    owned,
    primary,
    deleted: false,
    events: new Map(),
  };
}

export function snapshotEvent(e: EventData): EventSnapshot {
  const t = e.timing;
  return {
    id: e.id,
    calendarId: e.calendarId,
    title: e.title,
    description: e.description,
    allDay: t.kind === 'allDay',
    start: t.kind === 'allDay' ? t.start : new Date(t.start).toISOString(),
    end: t.kind === 'allDay' ? t.end : new Date(t.end).toISOString(),
    tags: Object.fromEntries(e.tags),
    popupReminders: [...e.popupReminders],
    emailReminders: [...e.emailReminders],
    guests: [...e.guests.keys()],
  };
}

export function nextIso(date: IsoDate): IsoDate {
  return toIso((parseIso(date) as number) + 1);
}
