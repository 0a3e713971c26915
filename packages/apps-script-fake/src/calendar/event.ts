import { midnightInZone, parseIso, type IsoDate } from '../days';
import type { Conform } from '../conform';
import { APPS_SCRIPT_ERRORS } from '../errors';
import { SERVICE, tag } from '../instrument';
import { enumName, makeEnum } from '../values';
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
  'getAdditionalGuests' | 'getEmail' | 'getGuestStatus' | 'getName',
  CalendarPairs
> {
  static readonly [SERVICE] = tag('CalendarApp', 'EventGuest');
  constructor(private readonly guest: GuestData) {}
  getAdditionalGuests(): number {
    return 0;
  }
  getEmail(): string {
    return this.guest.email;
  }
  getGuestStatus(): GoogleAppsScript.Calendar.GuestStatus {
    return GuestStatus[this.guest.status];
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
  | 'deleteTag'
  | 'getAllDayEndDate'
  | 'getAllDayStartDate'
  | 'getAllTagKeys'
  | 'getColor'
  | 'getDateCreated'
  | 'getDescription'
  | 'getEmailReminders'
  | 'getEndTime'
  | 'getEventType'
  | 'getGuestByEmail'
  | 'getGuestList'
  | 'getId'
  | 'getLastUpdated'
  | 'getLocation'
  | 'getOriginalCalendarId'
  | 'getPopupReminders'
  | 'getStartTime'
  | 'getTag'
  | 'getTitle'
  | 'isAllDayEvent'
  | 'isOwnedByMe'
  | 'isRecurringEvent'
  | 'removeAllReminders'
  | 'removeGuest'
  | 'resetRemindersToDefault'
  | 'setAllDayDate'
  | 'setAllDayDates'
  | 'setColor'
  | 'setDescription'
  | 'setLocation'
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
  getOriginalCalendarId(): string {
    return this.data.calendarId;
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
  setLocation(location: string): CalendarEvent {
    this.touch().data.location = String(location);
    return this;
  }
  getColor(): string {
    return this.data.color;
  }
  setColor(color: string | GoogleAppsScript.Calendar.EventColor): CalendarEvent {
    this.touch().data.color = enumName(color);
    return this;
  }
  getEventType(): GoogleAppsScript.Calendar.EventType {
    return EventType.DEFAULT;
  }
  isOwnedByMe(): boolean {
    return true;
  }
  isRecurringEvent(): boolean {
    return false;
  }
  getDateCreated(): Date {
    return new Date(this.data.created);
  }
  getLastUpdated(): Date {
    return new Date(this.data.updated);
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
  getEndTime(): Date {
    const t = this.data.timing;
    return t.kind === 'allDay' ? this.midnight(t.end, this.calendarZone) : new Date(t.end);
  }
  setAllDayDate(date: GasDate): CalendarEvent {
    const start = this.store.allDayDateOf(date);
    this.touch().data.timing = { kind: 'allDay', start, end: nextIso(start) };
    return this;
  }
  setAllDayDates(startDate: GasDate, endDate: GasDate): CalendarEvent {
    const start = this.store.allDayDateOf(startDate);
    const end = this.store.allDayDateOf(endDate);
    this.touch().data.timing = { kind: 'allDay', start, end: end > start ? end : nextIso(start) };
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
  deleteTag(key: string): CalendarEvent {
    this.touch().data.tags.delete(key);
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
  resetRemindersToDefault(): CalendarEvent {
    return this.removeAllReminders();
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
  getGuestByEmail(email: string): EventGuest {
    const g = this.data.guests.get(email);
    return g ? new EventGuest(g) : (null as unknown as EventGuest);
  }

  deleteEvent(): void {
    this.touch();
    if (!this.data.deleted) this.store.markDeleted(this.data);
  }
}
