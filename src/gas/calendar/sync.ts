/**
 * Calendar sync: the core diff applied to Calendar so that a run stopped anywhere (rate limit,
 * time limit, crash) leaves a state the next run completes, never a duplicate:
 * - before creating, the creations are announced in the mapping (id ''), and each event's id is
 *   recorded right after Calendar returns it, then its fingerprint once it is complete;
 * - every event is tagged "cadence-key" = its key (which names the spreadsheet and the sheet)
 *   and carries the sheet's search marker in its description; when the mapping is lost (or a
 *   creation was announced but never recorded) the calendar is searched — one getEvents call
 *   that Calendar filters to this sheet's marker — and tagged events are adopted, duplicates
 *   deleted; an untagged event with the announced title on the announced day is the creation that
 *   stopped just before its tag, and is adopted too. An event whose key belongs to another
 *   spreadsheet or sheet is never touched;
 * - a first sync searches only when there is evidence of an earlier one (this user's mapping, or
 *   the document's "synced" mark): a never-synced sheet costs no search at all;
 * - an explicit Sync (verify) spends one search to confirm the mapped events still exist, and
 *   recreates those deleted by hand; the preview, the retry and the daily run trust the
 *   fingerprints: an unchanged sheet needs no Calendar call at all there.
 */
import { diffEvents, diffSize, type CalendarDiff } from '../../core/calendar/diff';
import {
  fingerprint,
  keyDigest,
  type MappedEvent,
  type PlannedEvent,
} from '../../core/calendar/event';
import { keyPrefix, searchMarker, type SheetScope } from '../../core/calendar/keys';
import { checkCreateQuota, dailyCreateLimit } from '../../core/calendar/quota';
import { midnightInZone, type DayNumber } from '../../core/dates';
import type { CalendarChoice } from '../../core/settings';
import { todayEventTimes } from '../../core/calendar/alert';
import { allDayArgument, allDayOf } from './all-day';
import { targetCalendar } from './calendar-target';
import { MappingStore } from './mapping-store';
import { createdToday, recordCreated } from './quota-ledger';
import { onPlannedDay, reconcile, setReminders, TAG } from './reconcile';

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

export type SyncOutcome =
  | {
      readonly kind: 'done' | 'rate_limited' | 'daily_limit';
      readonly created: number;
      readonly updated: number;
      readonly deleted: number;
      readonly kept: number;
      readonly remaining: number;
    }
  | {
      readonly kind: 'quota_refused';
      readonly creates: number;
      readonly left: number;
      readonly limit: number;
      readonly remaining: number;
    };

/** Calendar's two quota errors; anything else is a real failure and is rethrown. */
export function quotaError(error: unknown): 'rate_limited' | 'daily_limit' | null {
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (/for one day|daily/i.test(message)) return 'daily_limit';
  if (/too many|rate limit|try again later/i.test(message)) return 'rate_limited';
  return null;
}

const PREVIEW_CHANGES = 20;

/**
 * Searches reach this far around the days we know of: Calendar filters by the marker, so a wide
 * window costs nothing, and it still finds an event the user dragged to another date.
 */
const SEARCH_MARGIN_DAYS = 400;

/** Document property: some user synced this sheet before (evidence worth a search). */
function syncedKey(sheetId: string): string {
  return `cadence.cal.synced.s${sheetId}`;
}

export class CalendarSync {
  private readonly store: MappingStore;
  private readonly byDigest = new Map<string, PlannedEvent>();
  private calendar: Calendar | null = null;
  private scriptTz = '';
  private diff: CalendarDiff;
  /** Tagged events found that no entry may keep (duplicates, events of removed rows). */
  private extra: CalEvent[] = [];
  /** Set when settings moved the events to another calendar: the old one is emptied first. */
  private oldCalendarId: string | null = null;
  private createdCount = 0;

  constructor(private readonly req: SyncRequest) {
    this.store = MappingStore.load(PropertiesService.getUserProperties(), req);
    for (const e of req.desired) this.byDigest.set(keyDigest(e.key), e);
    this.diff = diffEvents(req.desired, this.store.all());
  }

  private pending(): Array<[string, MappedEvent]> {
    return [...this.store.all()].filter(([, e]) => e.id === '');
  }

  /** This user's mapping has entries, or the document says some user synced the sheet. */
  private syncedBefore(): boolean {
    if (this.store.all().size > 0) return true;
    const mark = PropertiesService.getDocumentProperties().getProperty(syncedKey(this.req.sheetId));
    return mark !== null;
  }

  /**
   * Decides what to do. Touches Calendar only when something may need doing: an unchanged sheet
   * returns here with no Calendar call, unless `verify` asks to confirm the events still exist.
   */
  prepare(create: boolean, verify: boolean): void {
    const lost = this.store.calendarId === null;
    const moved = !lost && this.store.choice !== this.req.choice;
    const pending = this.pending().length > 0;
    const findLost = lost && this.req.desired.length > 0 && this.syncedBefore();
    const check = verify && !lost && !moved && [...this.store.all().values()].some((e) => e.id);
    const mustLook = findLost || moved || pending || check;
    if (!mustLook && diffSize(this.diff) === 0) return;
    const target = targetCalendar(this.req.choice, this.req.timeZone, create);
    this.calendar = target.calendar;
    this.scriptTz = Session.getScriptTimeZone();
    const id = this.calendar === null ? null : this.calendar.getId();
    if (this.store.calendarId !== null && id !== this.store.calendarId) {
      this.oldCalendarId = this.store.calendarId;
      const toOld = [...this.store.all()]
        .filter(([, e]) => e.id !== '')
        .map(([digest, e]) => ({ digest, id: e.id, day: e.day }));
      this.diff = { create: this.req.desired, update: [], remove: toOld, keep: [] };
      return;
    }
    if (this.calendar !== null && !target.fresh) {
      if (findLost || pending) this.search(this.calendar, lost);
      else if (check) this.verify(this.calendar);
    }
    for (const [digest, e] of this.pending()) {
      if (!this.byDigest.has(digest) && e.id === '') this.store.delete(digest);
    }
    this.diff = diffEvents(this.req.desired, this.store.all());
  }

  /** One Calendar call: this sheet's events (those carrying its marker) around `days`. */
  private find(calendar: Calendar, days: readonly DayNumber[]): CalEvent[] {
    if (days.length === 0) return [];
    const from = midnightInZone(Math.min(...days) - SEARCH_MARGIN_DAYS, 'UTC');
    const to = midnightInZone(Math.max(...days) + SEARCH_MARGIN_DAYS + 1, 'UTC');
    return calendar.getEvents(from, to, { search: searchMarker(this.req) });
  }

  /**
   * Mapped events deleted by hand in Calendar are forgotten, so this sync creates them again.
   * One search, whatever the number of events (plus reading each found event's id).
   */
  private verify(calendar: Calendar): void {
    const mapped = [...this.store.all()].filter(([, e]) => e.id !== '');
    const found = new Set(
      this.find(
        calendar,
        mapped.map(([, e]) => e.day),
      ).map((ev) => ev.getId()),
    );
    for (const [digest, e] of mapped) if (!found.has(e.id)) this.store.delete(digest);
  }

  /** Finds our tagged events (all of them when the mapping was lost, else the announced days). */
  private search(calendar: Calendar, everything: boolean): void {
    const pending = this.pending();
    const days = everything
      ? [
          this.req.today,
          ...this.req.desired.map((e) => e.day),
          ...[...this.store.all().values()].map((e) => e.day),
        ]
      : pending.map(([, e]) => e.day);
    // Only keys of this spreadsheet and sheet are ours to adopt or delete.
    const prefix = keyPrefix(this.req);
    const adopted = new Set<string>();
    const untagged: CalEvent[] = [];
    for (const ev of this.find(calendar, days)) {
      const tag = ev.getTag(TAG);
      if (tag === null || tag === undefined || tag === '') {
        untagged.push(ev);
        continue;
      }
      if (!tag.startsWith(prefix)) continue;
      const digest = keyDigest(tag);
      const id = ev.getId();
      const entry = this.store.get(digest);
      if (entry && entry.id === id) continue;
      const wanted = this.byDigest.get(digest);
      if ((!entry || entry.id === '') && wanted && !adopted.has(digest)) {
        this.store.set(digest, { id, hash: '', day: wanted.day });
        adopted.add(digest);
      } else this.extra.push(ev);
    }
    const waiting = this.pending().filter(([digest]) => this.byDigest.has(digest));
    if (waiting.length === 0) return;
    for (const ev of untagged) {
      const title = ev.getTitle();
      const match = waiting.find(
        ([digest]) => !adopted.has(digest) && this.byDigest.get(digest)?.title === title,
      );
      if (!match) continue;
      // On its planned day: all-day, or timed on today (an event whose popup is still ahead).
      const planned = this.byDigest.get(match[0]) as PlannedEvent;
      if (planned.day !== match[1].day || !onPlannedDay(ev, planned, this.scriptTz)) continue;
      this.store.set(match[0], { id: ev.getId(), hash: '', day: match[1].day });
      adopted.add(match[0]);
    }
  }

  /** The diff for the sidebar; reads only. Adopted events that are already right count as kept. */
  preview(): SyncPreview {
    this.prepare(false, false);
    const changes: PlannedChange[] = [];
    let update = 0;
    let keep = this.diff.keep.length;
    for (const u of this.diff.update) {
      const ev = u.unverified && this.calendar ? this.calendar.getEventById(u.id) : null;
      if (u.unverified && ev && reconcile(ev, u.event, this.scriptTz, false) === 0) keep++;
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
      const ev = r.ev ?? (r.id !== null && here ? here.getEventById(r.id) : null);
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
   * Applies the diff; see the class comment for why a stop anywhere is safe. `verify`: an
   * explicit Sync, which also recreates events deleted by hand.
   */
  apply(verify = false): SyncOutcome {
    const counts = { created: 0, updated: 0, deleted: 0, kept: 0 };
    let remaining = diffSize(this.diff);
    try {
      this.prepare(true, verify);
      if (this.oldCalendarId !== null) {
        remaining = diffSize(this.diff);
        this.emptyOldCalendar(this.oldCalendarId, counts, () => remaining--);
        this.store.setCalendar(null);
        this.store.flush();
        this.oldCalendarId = null;
        this.prepare(true, false);
      }
      const calendar = this.calendar;
      remaining = this.extra.length + diffSize(this.diff);
      if (calendar === null || remaining === 0) {
        if (calendar !== null) this.recordCalendar(calendar);
        counts.kept = this.diff.keep.length;
        return { kind: 'done', ...counts, remaining: 0 };
      }
      const quota = checkCreateQuota(
        this.diff.create.length,
        createdToday(this.req.today),
        dailyCreateLimit(userEmail()),
      );
      if (!quota.ok) {
        return {
          kind: 'quota_refused',
          creates: this.diff.create.length,
          left: quota.left,
          limit: quota.limit,
          remaining,
        };
      }
      this.recordCalendar(calendar, false);
      for (const e of this.diff.create) {
        const digest = keyDigest(e.key);
        if (!this.store.get(digest)) this.store.set(digest, { id: '', hash: '', day: e.day });
      }
      this.store.flush();
      for (const ev of this.extra) {
        ev.deleteEvent();
        counts.deleted++;
        remaining--;
      }
      for (const r of this.diff.remove) {
        calendar.getEventById(r.id)?.deleteEvent();
        this.store.delete(r.digest);
        this.store.flush();
        counts.deleted++;
        remaining--;
      }
      for (const u of this.diff.update) {
        const ev = calendar.getEventById(u.id);
        if (ev === null) this.create(calendar, u.event);
        const changed = ev === null ? 1 : reconcile(ev, u.event, this.scriptTz, true);
        if (ev !== null) this.record(u.event, u.id);
        if (ev === null) counts.created++;
        else if (changed > 0) counts.updated++;
        else counts.kept++;
        remaining--;
      }
      for (const e of this.diff.create) {
        this.create(calendar, e);
        counts.created++;
        remaining--;
      }
      counts.kept += this.diff.keep.length;
      return { kind: 'done', ...counts, remaining: 0 };
    } catch (error) {
      this.store.flush();
      const kind = quotaError(error);
      if (kind === null) throw error;
      return { kind, ...counts, remaining };
    } finally {
      recordCreated(this.req.today, this.createdCount);
    }
  }

  /** The calendar the mapping speaks of; the first time, the document is marked as synced. */
  private recordCalendar(calendar: Calendar, flush = true): void {
    if (this.store.calendarId === null) {
      PropertiesService.getDocumentProperties().setProperty(syncedKey(this.req.sheetId), '1');
    }
    this.store.setCalendar(calendar.getId(), this.req.choice);
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
      this.store.set(digest, { id: '', hash: '', day: e.day });
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
    this.createdCount++;
    const id = ev.getId();
    this.store.set(digest, { id, hash: '', day: e.day });
    this.store.flush();
    ev.setTag(TAG, e.key);
    setReminders(ev, e);
    this.record(e, id);
  }

  private emptyOldCalendar(oldId: string, counts: { deleted: number }, done: () => void): void {
    const old = CalendarApp.getCalendarById(oldId);
    for (const r of this.diff.remove) {
      if (old) old.getEventById(r.id)?.deleteEvent();
      this.store.delete(r.digest);
      this.store.flush();
      counts.deleted++;
      done();
    }
  }
}

/** The account's address when Apps Script reveals it ('' otherwise). */
function userEmail(): string | null {
  try {
    return Session.getEffectiveUser().getEmail() || null;
  } catch {
    return null;
  }
}
