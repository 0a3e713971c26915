/**
 * Calendar sync: fetches what src/core/calendar/reconcile-plan.ts asks for (the mapping, one
 * marker search, the events it names) and applies its answer, writing the mapping after every
 * event so that a run stopped anywhere — rate limit, the 6-minute kill (no catch, no finally),
 * a crash — leaves a state the next run completes, never a duplicate. The reasons are in
 * reconcile-plan.ts; this file only sequences Calendar and property calls.
 */
import { diffEvents, type CalendarDiff } from '../../core/calendar/diff';
import {
  fingerprint,
  keyDigest,
  type MappedEvent,
  type PlannedEvent,
} from '../../core/calendar/event';
import { searchMarker, type SheetScope } from '../../core/calendar/keys';
import {
  checkCreateQuota,
  classifyCalendarError,
  dailyCreateLimit,
  ledgerAdd,
  ledgerResetsAt,
  ledgerUsed,
  type CalendarQuotaError,
  type CreateLedger,
} from '../../core/calendar/quota';
import {
  adoptFound,
  deletedByHand,
  lookPlan,
  missingDigests,
  moveDiff,
  outOfTime,
  searchWindow,
  stalePending,
  syncSteps,
  toAnnounce,
  updateWindow,
  type FoundEvent,
  type LookPlan,
} from '../../core/calendar/reconcile-plan';
import { midnightInZone, type DayNumber } from '../../core/dates';
import type { CalendarChoice } from '../../core/settings';
import { todayEventTimes } from '../../core/calendar/alert';
import { allDayArgument, allDayOf } from './all-day';
import { targetCalendar } from './calendar-target';
import { MappingStore } from './mapping-store';
import { ledgerFrom, ledgerProperty } from './quota-ledger';
import { gone, onPlannedDay, reconcile, setReminders, TAG } from './reconcile';

type Calendar = GoogleAppsScript.Calendar.Calendar;
type CalEvent = GoogleAppsScript.Calendar.CalendarEvent;

export interface SyncRequest extends SheetScope {
  readonly spreadsheetId: string;
  readonly sheetId: string;
  readonly desired: readonly PlannedEvent[];
  readonly choice: CalendarChoice;
  /** The spreadsheet's time zone (a dedicated calendar is created in it). */
  readonly timeZone: string;
  readonly today: DayNumber;
}

export interface PlannedChange {
  readonly action: 'create' | 'update' | 'delete';
  readonly title: string;
  readonly day: DayNumber;
}

export interface SyncPreview {
  readonly create: number;
  readonly update: number;
  readonly remove: number;
  readonly keep: number;
  readonly changes: readonly PlannedChange[];
}

export interface SyncCounts {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly kept: number;
  /** Writes left for the next run. */
  readonly remaining: number;
  /** Planned events Calendar holds exactly as planned, out of `total`. */
  readonly written: number;
  readonly total: number;
}

export type SyncOutcome =
  | ({ readonly kind: 'done' | 'time_budget' | CalendarQuotaError } & SyncCounts)
  | {
      readonly kind: 'quota_refused';
      readonly creates: number;
      readonly left: number;
      readonly limit: number;
      readonly remaining: number;
      /** Epoch ms when the 24-hour window frees up; null when nothing is counted. */
      readonly resetsAt: number | null;
    };

/** Calendar's quota errors (core classification); anything else is a real failure. */
export function quotaError(error: unknown): CalendarQuotaError | null {
  return classifyCalendarError(String((error as { message?: unknown } | null)?.message ?? error));
}

const PREVIEW_CHANGES = 20;

/** Document property: some user synced this sheet before (evidence worth a search). */
function syncedKey(sheetId: string): string {
  return `cadence.cal.synced.s${sheetId}`;
}

/** A Calendar event as reconcile-plan reads it: lazily, one call per field asked. */
function found(ev: CalEvent, scriptTz: string): FoundEvent & { readonly ev: CalEvent } {
  return {
    ev,
    tag: () => ev.getTag(TAG),
    id: () => ev.getId(),
    title: () => ev.getTitle(),
    sitsAsPlanned: (planned) => onPlannedDay(ev, planned, scriptTz),
  };
}

class Counter {
  created = 0;
  updated = 0;
  deleted = 0;
  kept = 0;
}

export class CalendarSync {
  private readonly store: MappingStore;
  private calendar: Calendar | null = null;
  private calendarId: string | null = null;
  private scriptTz = '';
  private diff: CalendarDiff;
  /** Tagged events found that no entry may keep (duplicates, events of removed rows). */
  private extra: CalEvent[] = [];
  /** Set when settings moved the events to another calendar: the old one is emptied first. */
  private oldCalendarId: string | null = null;
  private ledger: CreateLedger | null = null;
  /** This run's verify search already forgot the events deleted by hand. */
  private verified = false;

  constructor(
    private readonly req: SyncRequest,
    /** The execution's clock: Apps Script's Date reads the real time of the execution. */
    private readonly now: () => number = () => Date.now(),
  ) {
    const props = PropertiesService.getUserProperties();
    const all = props.getProperties();
    this.store = MappingStore.load(props, req, all);
    this.ledger = ledgerFrom(all);
    this.diff = diffEvents(req.desired, this.store.all());
  }

  private look(verify: boolean): LookPlan {
    return lookPlan({
      mapping: {
        calendarId: this.store.calendarId,
        choice: this.store.choice,
        entries: this.store.all(),
      },
      desired: this.req.desired,
      choice: this.req.choice,
      verify,
      syncedElsewhere: () =>
        PropertiesService.getDocumentProperties().getProperty(syncedKey(this.req.sheetId)) !== null,
    });
  }

  /**
   * Decides what to do. Touches Calendar only when something may need doing: an unchanged sheet
   * returns here with no Calendar call, unless `verify` asks to confirm the events still exist.
   */
  prepare(create: boolean, verify: boolean): void {
    const plan = this.look(verify);
    if (!plan.open) return;
    const target = targetCalendar(this.req.choice, this.req.timeZone, create);
    this.calendar = target.calendar;
    this.scriptTz = Session.getScriptTimeZone();
    this.calendarId = this.calendar === null ? null : this.calendar.getId();
    if (this.store.calendarId !== null && this.calendarId !== this.store.calendarId) {
      this.oldCalendarId = this.store.calendarId;
      this.diff = moveDiff(this.req.desired, this.store.all());
      return;
    }
    if (this.calendar !== null && !target.fresh && plan.search !== null) {
      this.search(this.calendar, plan.search);
    }
    for (const digest of stalePending(this.store.all(), this.req.desired)) {
      this.store.delete(digest);
    }
    this.diff = diffEvents(this.req.desired, this.store.all());
  }

  /** One Calendar call: this sheet's events (those carrying its marker) around the known days. */
  private search(calendar: Calendar, kind: 'all' | 'pending' | 'verify'): void {
    const window = searchWindow(kind, this.req.today, this.req.desired, this.store.all());
    if (window === null) return;
    const events = calendar.getEvents(
      midnightInZone(window.from, 'UTC'),
      midnightInZone(window.to, 'UTC'),
      { search: searchMarker(this.req) },
    );
    if (kind === 'verify') {
      this.verified = true;
      // Mapped events deleted by hand are forgotten, so this sync creates them again.
      const ids = new Set(events.map((ev) => ev.getId()));
      for (const digest of missingDigests(this.store.all(), ids)) this.store.delete(digest);
      return;
    }
    const result = adoptFound(
      events.map((ev) => found(ev, this.scriptTz)),
      this.req,
      this.store.all(),
      this.req.desired,
    );
    for (const [digest, entry] of result.adopt) this.store.set(digest, entry);
    this.extra = result.extra.map((f) => f.ev);
  }

  /** The diff for the sidebar; reads only. Adopted events that are already right count as kept. */
  preview(): SyncPreview {
    this.prepare(false, false);
    const changes: PlannedChange[] = [];
    let update = 0;
    let keep = this.diff.keep.length;
    for (const u of this.diff.update) {
      const ev = u.unverified && this.calendar ? this.calendar.getEventById(u.id) : null;
      if (u.unverified && !gone(ev) && reconcile(ev, u.event, this.scriptTz, false) === 0) keep++;
      else {
        update++;
        changes.push({ action: 'update', title: u.event.title, day: u.event.day });
      }
    }
    for (const e of this.diff.create)
      changes.push({ action: 'create', title: e.title, day: e.day });
    const removals: Array<{ ev: CalEvent | null; id: string | null; day: DayNumber | null }> = [
      ...this.extra.map((ev) => ({ ev, id: null, day: null })),
      ...this.diff.remove.map((r) => ({ ev: null, id: r.id, day: r.day })),
    ];
    // Titles of deleted events are read from Calendar, for the first few only.
    for (const r of removals.slice(0, PREVIEW_CHANGES)) {
      const here = this.oldCalendarId === null ? this.calendar : null;
      const fetched = r.ev ?? (r.id !== null && here ? here.getEventById(r.id) : null);
      const ev = gone(fetched) ? null : fetched;
      const day =
        r.day ??
        (ev && ev.isAllDayEvent() ? allDayOf(ev.getAllDayStartDate(), this.scriptTz) : null);
      changes.push({
        action: 'delete',
        title: ev ? ev.getTitle() : '',
        day: day ?? this.req.today,
      });
    }
    return {
      create: this.diff.create.length,
      update,
      remove: removals.length,
      keep,
      changes: changes.slice(0, PREVIEW_CHANGES),
    };
  }

  /**
   * One marker search over the days of the events to update (reconcile-plan.ts, updateWindow):
   * an event it does not return but getEventById still reads there was deleted by hand.
   */
  private deletedCheck(calendar: Calendar): (ev: CalEvent) => boolean {
    if (this.verified) return () => false;
    const window = updateWindow(this.diff.update, this.store.all());
    if (window === null) return () => false;
    const present = new Set(
      calendar
        .getEvents(midnightInZone(window.from - 1, 'UTC'), midnightInZone(window.to + 1, 'UTC'), {
          search: searchMarker(this.req),
        })
        .map((ev) => ev.getId()),
    );
    return (ev) => {
      const id = ev.getId();
      if (present.has(id)) return false;
      const day = ev.isAllDayEvent() ? allDayOf(ev.getAllDayStartDate(), this.scriptTz) : null;
      return deletedByHand(window, present, id, day);
    };
  }

  /** Planned events the mapping vouches for (right fingerprint): what the user has in Calendar. */
  private written(): number {
    return this.req.desired.filter((e) => this.store.get(keyDigest(e.key))?.hash === fingerprint(e))
      .length;
  }

  private counts(c: Counter, remaining: number): SyncCounts {
    return { ...c, remaining, written: this.written(), total: this.req.desired.length };
  }

  /**
   * Applies the diff, one event at a time, each saved before the next; stops between two events
   * when the execution's time budget is spent (the next run, a continuation trigger, resumes).
   * `verify`: an explicit Sync, which also recreates events deleted by hand.
   */
  apply(
    verify = false,
    startedMs = this.now(),
    /** Called once before the first write, with the number of writes planned. */
    beforeWrites: (steps: number) => void = () => undefined,
  ): SyncOutcome {
    const c = new Counter();
    let remaining = this.extra.length + this.diff.create.length + this.diff.update.length;
    remaining += this.diff.remove.length;
    try {
      this.prepare(true, verify);
      if (this.oldCalendarId !== null) {
        const old = CalendarApp.getCalendarById(this.oldCalendarId);
        remaining = this.diff.create.length + this.diff.remove.length;
        for (const r of this.diff.remove) {
          if (outOfTime(startedMs, this.now())) {
            return { kind: 'time_budget', ...this.counts(c, remaining) };
          }
          const ev = old ? old.getEventById(r.id) : null;
          if (!gone(ev)) ev.deleteEvent();
          this.store.delete(r.digest);
          this.store.flush();
          c.deleted++;
          remaining--;
        }
        this.store.setCalendar(null);
        this.store.flush();
        this.oldCalendarId = null;
        this.prepare(true, false);
      }
      const calendar = this.calendar;
      const steps = syncSteps(this.diff, this.extra.length);
      remaining = steps.length;
      if (calendar === null || remaining === 0) {
        if (calendar !== null) this.recordCalendar(calendar);
        c.kept = this.diff.keep.length;
        return { kind: 'done', ...this.counts(c, 0) };
      }
      if (this.diff.create.length > 0) {
        const nowMs = this.now();
        const quota = checkCreateQuota(
          this.diff.create.length,
          ledgerUsed(this.ledger, nowMs),
          dailyCreateLimit(this.accountAddress()),
        );
        if (!quota.ok) {
          return {
            kind: 'quota_refused',
            creates: this.diff.create.length,
            left: quota.left,
            limit: quota.limit,
            remaining,
            resetsAt: ledgerResetsAt(this.ledger, nowMs),
          };
        }
      }
      this.recordCalendar(calendar, false);
      for (const [digest, entry] of toAnnounce(this.diff, this.store.all())) {
        this.store.set(digest, entry);
      }
      this.store.flush();
      const isDeleted = this.deletedCheck(calendar);
      beforeWrites(steps.length);
      for (const step of steps) {
        if (outOfTime(startedMs, this.now())) {
          c.kept += this.diff.keep.length;
          return { kind: 'time_budget', ...this.counts(c, remaining) };
        }
        if (step.kind === 'delete_extra') {
          this.extra[step.index].deleteEvent();
          c.deleted++;
        } else if (step.kind === 'remove') {
          const ev = calendar.getEventById(step.id);
          // Deleted by hand already (null, or a cancelled event): nothing to delete.
          if (!gone(ev)) ev.deleteEvent();
          this.store.delete(step.digest);
          this.store.flush();
          c.deleted++;
        } else if (step.kind === 'update') {
          const ev = calendar.getEventById(step.id);
          if (gone(ev) || isDeleted(ev)) {
            // Deleted by hand: a cancelled event is never "reconciled" back; a new one is made.
            this.create(calendar, step.event);
            c.created++;
          } else {
            const changed = reconcile(ev, step.event, this.scriptTz, true);
            this.record(step.event, step.id);
            if (changed > 0) c.updated++;
            else c.kept++;
          }
        } else {
          this.create(calendar, step.event);
          c.created++;
        }
        remaining--;
      }
      c.kept += this.diff.keep.length;
      return { kind: 'done', ...this.counts(c, 0) };
    } catch (error) {
      const kind = quotaError(error);
      if (kind === null) throw error;
      this.store.flush();
      return { kind, ...this.counts(c, remaining) };
    }
  }

  /**
   * The account's address decides the creation quota (Workspace or consumer). The default
   * calendar's id is the account's address (Calendar reference: "The ID for a user's default
   * calendar is their email address"), readable with the calendar scope we already hold:
   * Session.getEffectiveUser().getEmail() would need userinfo.email, which Cadence does not ask.
   */
  private accountAddress(): string | null {
    const id =
      this.req.choice === 'default' ? this.calendarId : CalendarApp.getDefaultCalendar().getId();
    return id !== null && id.includes('@') ? id : null;
  }

  /** The calendar the mapping speaks of; the first time, the document is marked as synced. */
  private recordCalendar(calendar: Calendar, flush = true): void {
    if (this.store.calendarId === null) {
      PropertiesService.getDocumentProperties().setProperty(syncedKey(this.req.sheetId), '1');
    }
    this.store.setCalendar(this.calendarId ?? calendar.getId(), this.req.choice);
    if (flush) this.store.flush();
  }

  private record(e: PlannedEvent, id: string): void {
    this.store.set(keyDigest(e.key), { id, hash: fingerprint(e), day: e.day });
    this.store.flush();
  }

  private create(calendar: Calendar, e: PlannedEvent): void {
    const digest = keyDigest(e.key);
    // Announce the creation first, so a stop before its id is recorded is found, not repeated.
    if (this.store.get(digest)?.id !== '') {
      this.store.set(digest, { id: '', hash: '', day: e.day } satisfies MappedEvent);
      this.store.flush();
    }
    const options = {
      description: e.description,
      ...(e.guests.length > 0 ? { guests: e.guests.join(','), sendInvites: true } : {}),
    };
    // An event on today is timed, so its popup fires at a time still ahead (core/calendar/alert).
    const times = e.alertAt === null ? null : todayEventTimes(e.alertAt);
    const ev = times
      ? calendar.createEvent(e.title, times.start, times.end, options)
      : calendar.createAllDayEvent(e.title, allDayArgument(e.day, this.scriptTz), options);
    const id = ev.getId();
    this.store.set(digest, { id, hash: '', day: e.day });
    // The creation is counted in the same write that records it: a kill cannot split them.
    this.ledger = ledgerAdd(this.ledger, this.now(), 1);
    this.store.flush(ledgerProperty(this.ledger));
    ev.setTag(TAG, e.key);
    setReminders(ev, e);
    this.record(e, id);
  }
}
