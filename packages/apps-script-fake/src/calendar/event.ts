import { midnightInZone, parseIso, type IsoDate } from '../days';
import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import { makeEnum } from '../values';
import { nextIso, type CalendarStore, type EventData, type GuestData } from './store';

export const GuestStatus = makeEnum([
  'INVITED',
  'MAYBE',
  'NO',
  'OWNER',
  'YES',
]) as unknown as typeof GoogleAppsScript.Calendar.GuestStatus;
export const EventType = makeEnum([
  'DEFAULT',
  'BIRTHDAY',
  'FOCUS_TIME',
  'FROM_GMAIL',
  'OUT_OF_OFFICE',
  'WORKING_LOCATION',
]) as unknown as typeof GoogleAppsScript.Calendar.EventType;

type GasDate = GoogleAppsScript.Base.Date;

export type CalendarPairs =
  | readonly [GoogleAppsScript.Calendar.CalendarEvent, CalendarEvent]
  | readonly [GoogleAppsScript.Calendar.EventGuest, EventGuest];

export class EventGuest implements Conform<
  GoogleAppsScript.Calendar.EventGuest,
  'getEmail' | 'getName',
  CalendarPairs
> {
  static readonly [SERVICE] = tag('CalendarApp', 'EventGuest');
  constructor(private readonly guest: GuestData) {}
  getEmail(): string {
    return this.guest.email;
  }
  getName(): string {
    return this.guest.email;
  }
}

type EventMethods =
  | 'addEmailReminder'
  | 'addGuest'
  | 'addPopupReminder'
  | 'deleteEvent'
  | 'getAllDayEndDate'
  | 'getAllDayStartDate'
  | 'getAllTagKeys'
  | 'getDescription'
  | 'getEmailReminders'
  | 'getGuestList'
  | 'getId'
  | 'getLocation'
  | 'getPopupReminders'
  | 'getStartTime'
  | 'getTag'
  | 'getTitle'
  | 'isAllDayEvent'
  | 'removeAllReminders'
  | 'removeGuest'
  | 'setAllDayDate'
  | 'setDescription'
  | 'setTag'
  | 'setTime'
  | 'setTitle';

/** A handle on a stored event; every setter writes through to the store. */
export class CalendarEvent implements Conform<
  GoogleAppsScript.Calendar.CalendarEvent,
  EventMethods,
  CalendarPairs
> {
  static readonly [SERVICE] = tag('CalendarApp', 'CalendarEvent');

  /**
   * `cancelled`: a deleted event read back by id (StrictSettings.deletedEventById 'cancelled').
   * It reads its last state and its setters succeed without anyone seeing a change.
   */
  constructor(
    private readonly store: CalendarStore,
    readonly data: EventData,
    private readonly cancelled = false,
  ) {}

  private get calendarZone(): string {
    return (
      this.store.calendars.get(this.data.calendarId)?.timeZone ?? this.store.world.settings.timeZone
    );
  }
  private get scriptZone(): string {
    return this.store.world.settings.scriptTimeZone;
  }
  private midnight(date: IsoDate, zone: string): Date {
    return midnightInZone(parseIso(date) as number, zone);
  }
  private touch(): CalendarEvent {
    if (this.data.deleted && !this.cancelled) throw new Error(APPS_SCRIPT_ERRORS.eventDeleted);
    this.data.updated = this.store.world.clock.nowMs();
    return this;
  }

  getId(): string {
    return this.data.id;
  }
  getTitle(): string {
    return this.data.title;
  }
  setTitle(title: string): CalendarEvent {
    this.store.checkText('title', String(title));
    this.touch().data.title = String(title);
    return this;
  }
  getDescription(): string {
    return this.data.description;
  }
  setDescription(description: string): CalendarEvent {
    this.store.checkText('description', String(description));
    this.touch().data.description = String(description);
    return this;
  }
  getLocation(): string {
    return this.data.location;
  }

  // ---- timing ----

  isAllDayEvent(): boolean {
    return this.data.timing.kind === 'allDay';
  }
  /** Midnight, in the script's time zone, of the first day. Throws for timed events. */
  getAllDayStartDate(): Date {
    const t = this.data.timing;
    if (t.kind !== 'allDay') throw new Error('This is not an all-day event.');
    return this.midnight(t.start, this.scriptZone);
  }
  /** Midnight, in the script's time zone, of the day after the last day. */
  getAllDayEndDate(): Date {
    const t = this.data.timing;
    if (t.kind !== 'allDay') throw new Error('This is not an all-day event.');
    return this.midnight(t.end, this.scriptZone);
  }
  /** All-day events: midnight of the first day in the calendar's time zone. */
  getStartTime(): Date {
    const t = this.data.timing;
    return t.kind === 'allDay' ? this.midnight(t.start, this.calendarZone) : new Date(t.start);
  }
  setAllDayDate(date: GasDate): CalendarEvent {
    const start = this.store.allDayDateOf(date);
    this.touch().data.timing = { kind: 'allDay', start, end: nextIso(start) };
    return this;
  }
  setTime(startTime: GasDate, endTime: GasDate): CalendarEvent {
    this.touch().data.timing = {
      kind: 'timed',
      start: startTime.getTime(),
      end: endTime.getTime(),
    };
    return this;
  }

  // ---- tags ----

  getTag(key: string): string {
    return this.data.tags.get(key) ?? (null as unknown as string);
  }
  setTag(key: string, value: string): CalendarEvent {
    this.touch().data.tags.set(key, String(value));
    return this;
  }
  getAllTagKeys(): string[] {
    return [...this.data.tags.keys()];
  }

  // ---- reminders ----

  addPopupReminder(minutesBefore: number): CalendarEvent {
    this.store.checkReminder(minutesBefore);
    this.touch().data.popupReminders.push(minutesBefore);
    return this;
  }
  addEmailReminder(minutesBefore: number): CalendarEvent {
    this.store.checkReminder(minutesBefore);
    this.touch().data.emailReminders.push(minutesBefore);
    return this;
  }
  getPopupReminders(): number[] {
    return [...this.data.popupReminders];
  }
  getEmailReminders(): number[] {
    return [...this.data.emailReminders];
  }
  removeAllReminders(): CalendarEvent {
    this.touch();
    this.data.popupReminders = [];
    this.data.emailReminders = [];
    return this;
  }

  // ---- guests ----

  addGuest(email: string): CalendarEvent {
    this.touch().data.guests.set(email, { email, status: 'INVITED' });
    return this;
  }
  removeGuest(email: string): CalendarEvent {
    this.touch().data.guests.delete(email);
    return this;
  }
  getGuestList(includeOwner?: boolean): EventGuest[] {
    const guests = [...this.data.guests.values()].map((g) => new EventGuest(g));
    if (includeOwner)
      guests.unshift(
        new EventGuest({ email: this.store.world.settings.userEmail, status: 'OWNER' }),
      );
    return guests;
  }

  deleteEvent(): void {
    this.touch();
    if (!this.data.deleted) this.store.markDeleted(this.data);
  }
}
