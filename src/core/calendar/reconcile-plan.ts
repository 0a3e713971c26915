/**
 * Every decision Calendar sync makes, without touching Calendar: whether to look at Calendar at
 * all, what to search, which found events to adopt and which to delete (duplicates, events of
 * removed rows, creations that stopped before their tag), what to forget, in which order the
 * writes go, and when a run must stop to stay inside Apps Script's execution limit.
 * src/gas/calendar/sync.ts only fetches what these functions ask for and applies their answer.
 *
 * Why a sync can stop anywhere and be completed by the next run, never duplicating:
 * - creations are announced in the mapping (id '') before Calendar is asked, and each event's id
 *   is recorded right after Calendar returns it;
 * - every event carries its key as the "cadence-key" tag; a later run that finds an announced but
 *   unrecorded creation searches the sheet's marker and adopts the tagged event, or an untagged
 *   all-day event with the planned title on the planned day (a creation stopped just before its
 *   tag);
 * - a tagged event no entry may keep (a second copy, a removed row) is deleted; an event whose
 *   key belongs to another spreadsheet or sheet is never touched.
 */
import type { DayNumber } from '../dates';
import { diffEvents, type CalendarDiff } from './diff';
import { keyDigest, type MappedEvent, type PlannedEvent } from './event';
import { keyPrefix, type SheetScope } from './keys';

/** What the mapping of this sheet says (user properties). */
export interface MappingView {
  /** The calendar the entries live in; null when never synced or the mapping was lost. */
  readonly calendarId: string | null;
  /** The settings choice the calendar came from. */
  readonly choice: string | null;
  readonly entries: ReadonlyMap<string, MappedEvent>;
}

export interface LookInput {
  readonly mapping: MappingView;
  readonly desired: readonly PlannedEvent[];
  readonly choice: string;
  /** An explicit Sync: confirm the mapped events still exist (recreate those deleted by hand). */
  readonly verify: boolean;
  /** The document's mark that some user synced this sheet; read only when it matters. */
  readonly syncedElsewhere: () => boolean;
}

/**
 * - open: the calendar must be opened (something may need doing);
 * - search: 'all' (the mapping is lost, with evidence of an earlier sync), 'pending' (announced
 *   creations whose ids were never recorded), 'verify' (explicit Sync), or null.
 */
export interface LookPlan {
  readonly open: boolean;
  readonly search: 'all' | 'pending' | 'verify' | null;
}

export function pendingDigests(entries: ReadonlyMap<string, MappedEvent>): string[] {
  return [...entries].filter(([, e]) => e.id === '').map(([digest]) => digest);
}

/**
 * An unchanged sheet costs no Calendar call (the fingerprints vouch for it), unless an explicit
 * Sync asks to confirm the events exist. A never-synced sheet costs no search at all.
 */
export function lookPlan(input: LookInput): LookPlan {
  const { mapping, desired } = input;
  const lost = mapping.calendarId === null;
  const moved = !lost && mapping.choice !== input.choice;
  const pending = pendingDigests(mapping.entries).length > 0;
  const findLost =
    lost && desired.length > 0 && (mapping.entries.size > 0 || input.syncedElsewhere());
  const check = input.verify && !lost && !moved && [...mapping.entries.values()].some((e) => e.id);
  const changes = diffEvents(desired, mapping.entries);
  const quiet = changes.create.length + changes.update.length + changes.remove.length === 0;
  if (!findLost && !moved && !pending && !check && quiet) return { open: false, search: null };
  if (moved) return { open: true, search: null };
  if (findLost) return { open: true, search: 'all' };
  if (pending) return { open: true, search: 'pending' };
  return { open: true, search: check ? 'verify' : null };
}

/**
 * The settings moved the events to another calendar: every mapped event is deleted from the old
 * one, every desired event created in the new one.
 */
export function moveDiff(
  desired: readonly PlannedEvent[],
  entries: ReadonlyMap<string, MappedEvent>,
): CalendarDiff {
  const remove = [...entries]
    .filter(([, e]) => e.id !== '')
    .map(([digest, e]) => ({ digest, id: e.id, day: e.day }));
  return { create: desired, update: [], remove, keep: [] };
}

/**
 * Searches reach this far around the days we know of: Calendar filters by the marker, so a wide
 * window costs nothing, and it still finds an event the user dragged to another date.
 */
export const SEARCH_MARGIN_DAYS = 400;

/** The days (first, last + 1) one marker search covers; null when there is nothing to look for. */
export function searchWindow(
  search: 'all' | 'pending' | 'verify',
  today: DayNumber,
  desired: readonly PlannedEvent[],
  entries: ReadonlyMap<string, MappedEvent>,
): { from: DayNumber; to: DayNumber } | null {
  const all = [...entries.values()];
  const days =
    search === 'all'
      ? [today, ...desired.map((e) => e.day), ...all.map((e) => e.day)]
      : search === 'pending'
        ? all.filter((e) => e.id === '').map((e) => e.day)
        : all.filter((e) => e.id !== '').map((e) => e.day);
  if (days.length === 0) return null;
  return {
    from: Math.min(...days) - SEARCH_MARGIN_DAYS,
    to: Math.max(...days) + SEARCH_MARGIN_DAYS + 1,
  };
}

/**
 * The days one marker search covers to tell which events an update is about to touch were deleted
 * by hand. Calendar's events.get returns deleted events ("cancelled") and CalendarApp exposes no
 * status: a deleted event only shows by its absence from searches. So an event to update that the
 * search over its own day does not return, while getEventById still reads it on that day, was
 * deleted: it is created anew, never "reconciled" back to life.
 */
export function updateWindow(
  updates: readonly { readonly id: string }[],
  entries: ReadonlyMap<string, MappedEvent>,
): { from: DayNumber; to: DayNumber } | null {
  const ids = new Set(updates.map((u) => u.id));
  const days = [...entries.values()].filter((e) => ids.has(e.id)).map((e) => e.day);
  if (days.length === 0) return null;
  return { from: Math.min(...days), to: Math.max(...days) + 1 };
}

/** An event read by id is deleted when the search over its day did not return it. */
export function deletedByHand(
  window: { from: DayNumber; to: DayNumber } | null,
  present: ReadonlySet<string>,
  id: string,
  day: DayNumber | null,
): boolean {
  if (window === null || present.has(id)) return false;
  return day !== null && day >= window.from && day < window.to;
}

/** Mapped events the explicit Sync did not find (deleted by hand): forgotten, so recreated. */
export function missingDigests(
  entries: ReadonlyMap<string, MappedEvent>,
  foundIds: ReadonlySet<string>,
): string[] {
  return [...entries].filter(([, e]) => e.id !== '' && !foundIds.has(e.id)).map(([d]) => d);
}

/**
 * An event the marker search returned. Read lazily: a tag is read for every found event, an id
 * only for ours, a title and date only for untagged events while creations wait to be found.
 */
export interface FoundEvent {
  tag(): string | null;
  id(): string;
  title(): string;
  /**
   * Whether it sits where `planned` goes: all-day on its day, or — an event on today, timed so
   * that its popup can still fire — timed, starting that day.
   */
  sitsAsPlanned(planned: PlannedEvent): boolean;
}

export interface Adoption<E extends FoundEvent> {
  /** Digest → the found event's mapping entry (hash '' = compare it field by field). */
  readonly adopt: ReadonlyMap<string, MappedEvent>;
  /** Our tagged events no entry may keep: second copies, events of removed rows. */
  readonly extra: readonly E[];
}

/**
 * Which found events become the mapping's and which are deleted. A tagged event of this sheet is
 * adopted when its entry is missing or still announced and the sheet wants it, once; an event
 * already mapped under its own id is kept; any other copy is extra. An untagged event with a
 * waiting creation's title, sitting as planned on its day, is that creation, stopped before its
 * tag.
 */
export function adoptFound<E extends FoundEvent>(
  found: readonly E[],
  scope: SheetScope,
  entries: ReadonlyMap<string, MappedEvent>,
  desired: readonly PlannedEvent[],
): Adoption<E> {
  const byDigest = new Map(desired.map((e) => [keyDigest(e.key), e]));
  const prefix = keyPrefix(scope);
  const adopt = new Map<string, MappedEvent>();
  const extra: E[] = [];
  const untagged: E[] = [];
  for (const ev of found) {
    const tag = ev.tag();
    if (tag === null || tag === '') {
      untagged.push(ev);
      continue;
    }
    // Only keys of this spreadsheet and sheet are ours to adopt or delete.
    if (!tag.startsWith(prefix)) continue;
    const digest = keyDigest(tag);
    const id = ev.id();
    const entry = entries.get(digest);
    if (entry && entry.id === id) continue;
    const wanted = byDigest.get(digest);
    if ((!entry || entry.id === '') && wanted && !adopt.has(digest)) {
      adopt.set(digest, { id, hash: '', day: wanted.day });
    } else extra.push(ev);
  }
  const waiting = pendingDigests(entries).filter((d) => byDigest.has(d) && !adopt.has(d));
  if (waiting.length === 0) return { adopt, extra };
  for (const ev of untagged) {
    const title = ev.title();
    const match = waiting.find((d) => !adopt.has(d) && byDigest.get(d)?.title === title);
    if (match === undefined) continue;
    const day = (entries.get(match) as MappedEvent).day;
    const planned = byDigest.get(match) as PlannedEvent;
    if (planned.day !== day || !ev.sitsAsPlanned(planned)) continue;
    adopt.set(match, { id: ev.id(), hash: '', day });
  }
  return { adopt, extra };
}

/** Announced creations the sheet no longer wants and nobody found: forgotten. */
export function stalePending(
  entries: ReadonlyMap<string, MappedEvent>,
  desired: readonly PlannedEvent[],
): string[] {
  const wanted = new Set(desired.map((e) => keyDigest(e.key)));
  return pendingDigests(entries).filter((d) => !wanted.has(d));
}

/**
 * One write of a sync, in the order they run: extra copies first (so a duplicate never outlives
 * a run), then removals, updates, creations. `id` is Calendar's; `index` points into `extra`.
 */
export type SyncStep =
  | { readonly kind: 'delete_extra'; readonly index: number }
  | { readonly kind: 'remove'; readonly digest: string; readonly id: string }
  | { readonly kind: 'update'; readonly event: PlannedEvent; readonly id: string }
  | { readonly kind: 'create'; readonly event: PlannedEvent };

export function syncSteps(diff: CalendarDiff, extraCount: number): SyncStep[] {
  return [
    ...Array.from({ length: extraCount }, (_, index) => ({ kind: 'delete_extra' as const, index })),
    ...diff.remove.map((r) => ({ kind: 'remove' as const, digest: r.digest, id: r.id })),
    ...diff.update.map((u) => ({ kind: 'update' as const, event: u.event, id: u.id })),
    ...diff.create.map((event) => ({ kind: 'create' as const, event })),
  ];
}

/** Creations to announce (id '') before the first one is asked of Calendar. */
export function toAnnounce(
  diff: CalendarDiff,
  entries: ReadonlyMap<string, MappedEvent>,
): Array<[string, MappedEvent]> {
  return diff.create
    .map((e): [string, MappedEvent] => [keyDigest(e.key), { id: '', hash: '', day: e.day }])
    .filter(([digest]) => !entries.has(digest));
}

/**
 * Apps Script stops an execution at 6 minutes (Apps Script quotas page,
 * https://developers.google.com/apps-script/guides/services/quotas) with no catch and no finally.
 * A sync stops itself at 4.5 minutes, between two events, with its progress saved: the slowest
 * single step (a creation with guests, reminders and two property writes) takes seconds, so the
 * margin leaves room for the stop itself and the continuation's trigger.
 */
export const EXECUTION_LIMIT_SECONDS = 360;
export const SYNC_BUDGET_SECONDS = 270;

/** True when the next step must wait for the next execution. */
export function outOfTime(startedMs: number, nowMs: number): boolean {
  return nowMs - startedMs >= SYNC_BUDGET_SECONDS * 1000;
}
