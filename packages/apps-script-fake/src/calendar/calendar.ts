import { midnightInZone, parseIso, dayInZone } from '../days';
import type { Conform } from '../conform';
import { SERVICE, tag } from '../instrument';
import { isDate, makeEnum } from '../values';
import { CalendarEvent, EventType, GuestStatus, type CalendarPairs } from './event';
import {
  nextIso,
  type CalendarData,
  type CalendarStore,
  type EventData,
  type EventTiming,
} from './store';

type GasDate = GoogleAppsScript.Base.Date;
type Options = { [key: string]: unknown };

type Pairs = CalendarPairs | readonly [GoogleAppsScript.Calendar.Calendar, Calendar];

type CalendarMethods =
  | 'createAllDayEvent'
  | 'createEvent'
  | 'getDescription'
  | 'getEventById'
  | 'getEvents'
  | 'getEventsForDay'
  | 'getId'
  | 'getName'
  | 'isOwnedByMe'
  | 'setDescription'
  | 'setName';

export class Calendar implements Conform<
  GoogleAppsScript.Calendar.Calendar,
  CalendarMethods,
  Pairs
> {
  static readonly [SERVICE] = tag('CalendarApp', 'Calendar');

  constructor(
    protected readonly store: CalendarStore,
    private readonly calendarId: string,
  ) {}

  protected get data(): CalendarData {
    const c = this.store.calendars.get(this.calendarId);
    if (!c) throw new Error(`Calendar ${this.calendarId} not found`);
    return c;
  }

  getId(): string {
    return this.data.id;
  }
  getName(): string {
    return this.data.name;
  }
  setName(name: string): Calendar {
    this.data.name = name;
    return this;
  }
  getDescription(): string {
    return this.data.description;
  }
  setDescription(description: string): Calendar {
    this.data.description = description;
    return this;
  }
  isOwnedByMe(): boolean {
    return this.data.owned;
  }

  private newEvent(
    title: string,
    timing: EventTiming,
    options: Options | undefined,
  ): CalendarEvent {
    this.store.checkText('title', String(title));
    if (options?.description !== undefined)
      this.store.checkText('description', String(options.description));
    this.store.takeCreation();
    const now = this.store.world.clock.nowMs();
    const data: EventData = {
      id: this.store.newEventId(),
      calendarId: this.calendarId,
      title: String(title),
      description: options?.description === undefined ? '' : String(options.description),
      location: options?.location === undefined ? '' : String(options.location),
      timing,
      tags: new Map(),
      popupReminders: [],
      emailReminders: [],
      guests: new Map(),
      color: '',
      created: now,
      updated: now,
      deleted: false,
    };
    const guests =
      options?.guests === undefined
        ? []
        : String(options.guests)
            .split(',')
            .map((g) => g.trim())
            .filter((g) => g !== '');
    for (const email of guests) data.guests.set(email, { email, status: 'INVITED' });
    if (options?.sendInvites === true && guests.length > 0) {
      this.store.invitations.push({ eventId: data.id, guests });
    }
    this.data.events.set(data.id, data);
    return new CalendarEvent(this.store, data);
  }

  /**
   * (title, date[, options]) or (title, startDate, endDate[, options]); dates are calendar days
   * in the script's time zone, the end day exclusive.
   */
  createAllDayEvent(
    title: string,
    date: GasDate,
    endOrOptions?: GasDate | Options,
    options?: Options,
  ): CalendarEvent {
    const start = this.store.allDayDateOf(date);
    const hasEnd = isDate(endOrOptions);
    const end = hasEnd ? this.store.allDayDateOf(endOrOptions as GasDate) : nextIso(start);
    const opts = hasEnd ? options : (endOrOptions as Options | undefined);
    return this.newEvent(
      title,
      { kind: 'allDay', start, end: end > start ? end : nextIso(start) },
      opts,
    );
  }

  createEvent(
    title: string,
    startTime: GasDate,
    endTime: GasDate,
    options?: Options,
  ): CalendarEvent {
    return this.newEvent(
      title,
      { kind: 'timed', start: startTime.getTime(), end: endTime.getTime() },
      options,
    );
  }

  getEventById(iCalId: string): CalendarEvent {
    const e = this.data.events.get(iCalId);
    if (e && !e.deleted) return new CalendarEvent(this.store, e);
    const gone = this.store.cancelled.get(iCalId);
    if (
      gone?.calendarId === this.calendarId &&
      this.store.world.executions.strict.deletedEventById === 'cancelled'
    ) {
      return new CalendarEvent(this.store, gone, true);
    }
    return null as unknown as CalendarEvent;
  }

  private interval(e: EventData): [number, number] {
    const t = e.timing;
    if (t.kind === 'timed') return [t.start, t.end];
    const zone = this.data.timeZone;
    return [
      midnightInZone(parseIso(t.start) as number, zone).getTime(),
      midnightInZone(parseIso(t.end) as number, zone).getTime(),
    ];
  }

  /** Events that overlap [start, end), sorted by start; options.search: see matchesSearch. */
  getEvents(startTime: GasDate, endTime: GasDate, options?: Options): CalendarEvent[] {
    const from = startTime.getTime();
    const to = endTime.getTime();
    const search = options?.search === undefined ? null : String(options.search).toLowerCase();
    let found = [...this.data.events.values()]
      .filter((e) => !e.deleted)
      .filter((e) => {
        const [s, f] = this.interval(e);
        return (s < to && f > from) || (s === f && s >= from && s < to);
      })
      .filter((e) => search === null || matchesSearch(e, search))
      .sort((a, b) => this.interval(a)[0] - this.interval(b)[0]);
    if (typeof options?.start === 'number') found = found.slice(options.start);
    if (typeof options?.max === 'number') found = found.slice(0, options.max);
    return found.map((e) => new CalendarEvent(this.store, e));
  }

  /** The day is taken in the script's time zone, like createAllDayEvent's. */
  getEventsForDay(date: GasDate, options?: Options): CalendarEvent[] {
    const day = dayInZone(
      new Date(date.getTime()),
      this.store.world.settings.scriptTimeZone,
    ) as number;
    const zone = this.data.timeZone;
    return this.getEvents(midnightInZone(day, zone), midnightInZone(day + 1, zone), options);
  }
}

export const CalendarColor = makeEnum([
  'BLUE',
  'BROWN',
  'CHARCOAL',
  'CHESTNUT',
  'GRAY',
  'GREEN',
  'INDIGO',
  'LIME',
  'MUSTARD',
  'OLIVE',
  'ORANGE',
  'PINK',
  'PLUM',
  'PURPLE',
  'RED',
  'RED_ORANGE',
  'SEA_BLUE',
  'SLATE',
  'TEAL',
  'TURQOISE',
  'YELLOW',
]) as unknown as typeof GoogleAppsScript.Calendar.Color;
export const EventColor = makeEnum([
  'PALE_BLUE',
  'PALE_GREEN',
  'MAUVE',
  'PALE_RED',
  'YELLOW',
  'ORANGE',
  'CYAN',
  'GRAY',
  'BLUE',
  'GREEN',
  'RED',
]) as unknown as typeof GoogleAppsScript.Calendar.EventColor;
export const Visibility = makeEnum([
  'CONFIDENTIAL',
  'DEFAULT',
  'PRIVATE',
  'PUBLIC',
]) as unknown as typeof GoogleAppsScript.Calendar.Visibility;
export const EventTransparency = makeEnum([
  'OPAQUE',
  'TRANSPARENT',
]) as unknown as typeof GoogleAppsScript.Calendar.EventTransparency;

type AppMethods =
  | CalendarMethods
  | 'Color'
  | 'EventColor'
  | 'EventType'
  | 'EventTransparency'
  | 'GuestStatus'
  | 'Visibility'
  | 'createCalendar'
  | 'getAllOwnedCalendars'
  | 'getCalendarById'
  | 'getCalendarsByName'
  | 'getDefaultCalendar'
  | 'getOwnedCalendarsByName';

/** The CalendarApp global: acts as the default calendar, and finds or creates the others. */
export class CalendarApp
  extends Calendar
  implements
    Conform<
      GoogleAppsScript.Calendar.CalendarApp,
      Extract<AppMethods, keyof GoogleAppsScript.Calendar.CalendarApp>,
      Pairs
    >
{
  static override readonly [SERVICE] = tag('CalendarApp', 'CalendarApp');
  readonly Color = CalendarColor;
  readonly EventColor = EventColor;
  readonly EventType = EventType;
  readonly EventTransparency = EventTransparency;
  readonly GuestStatus = GuestStatus;
  readonly Visibility = Visibility;

  constructor(store: CalendarStore) {
    super(store, store.defaultCalendarId);
  }

  private live(): CalendarData[] {
    return [...this.store.calendars.values()].filter((c) => !c.deleted);
  }

  getDefaultCalendar(): Calendar {
    return new Calendar(this.store, this.store.defaultCalendarId);
  }
  createCalendar(name: string, options?: Options): Calendar {
    const tz = options?.timeZone === undefined ? undefined : String(options.timeZone);
    const data = this.store.addCalendar(name, tz);
    if (options?.summary !== undefined) data.description = String(options.summary);
    if (options?.color !== undefined) data.color = String(options.color);
    if (options?.hidden !== undefined) data.hidden = Boolean(options.hidden);
    if (options?.selected !== undefined) data.selected = Boolean(options.selected);
    return new Calendar(this.store, data.id);
  }
  getCalendarById(id: string): Calendar {
    const c = this.store.calendars.get(id);
    return c && !c.deleted ? new Calendar(this.store, id) : (null as unknown as Calendar);
  }
  /** Names match case-insensitively, as Google documents. */
  getCalendarsByName(name: string): Calendar[] {
    const n = name.toLowerCase();
    return this.live()
      .filter((c) => c.name.toLowerCase() === n)
      .map((c) => new Calendar(this.store, c.id));
  }
  getOwnedCalendarsByName(name: string): Calendar[] {
    return this.getCalendarsByName(name).filter((c) => c.isOwnedByMe());
  }
  getAllOwnedCalendars(): Calendar[] {
    return this.live()
      .filter((c) => c.owned)
      .map((c) => new Calendar(this.store, c.id));
  }
}

/**
 * Calendar's full-text search (_assumed_ simplification of Google's): every word of the query
 * appears, case-insensitively, in the title, description, location or a guest's address.
 */
function matchesSearch(e: EventData, search: string): boolean {
  const text = [e.title, e.description, e.location, ...e.guests.keys()].join('\n').toLowerCase();
  return search
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => text.includes(w));
}
