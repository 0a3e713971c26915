import { dayInZone, toIso, type IsoDate, parseIso } from '../../../core/dates';
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

export class CalendarStore {
  readonly calendars = new Map<string, CalendarData>();
  readonly invitations: SentInvitation[] = [];

  constructor(readonly world: World) {
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
