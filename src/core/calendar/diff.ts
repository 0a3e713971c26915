/**
 * Desired events against what the last syncs recorded (key digest → Calendar id, fingerprint).
 * An event whose fingerprint matches is kept without asking Calendar anything; one recorded
 * without an id (a creation that stopped half-way) is created again unless the adapter finds and
 * adopts it first; one recorded without a fingerprint is compared field by field.
 */
import { fingerprint, keyDigest, type MappedEvent, type PlannedEvent } from './event';

export interface EventUpdate {
  readonly event: PlannedEvent;
  readonly id: string;
  /** True when only a field-by-field comparison can tell (adopted or half-written events). */
  readonly unverified: boolean;
}

/** A recorded event (its Calendar id and day) the sheet no longer wants, under its key digest. */
export interface EventRemoval extends Pick<MappedEvent, 'id' | 'day'> {
  readonly digest: string;
}

export interface CalendarDiff {
  readonly create: readonly PlannedEvent[];
  readonly update: readonly EventUpdate[];
  readonly remove: readonly EventRemoval[];
  readonly keep: readonly PlannedEvent[];
}

export function diffEvents(
  desired: readonly PlannedEvent[],
  mapped: ReadonlyMap<string, MappedEvent>,
): CalendarDiff {
  const create: PlannedEvent[] = [];
  const update: EventUpdate[] = [];
  const keep: PlannedEvent[] = [];
  const wanted = new Set<string>();
  for (const event of desired) {
    const digest = keyDigest(event.key);
    wanted.add(digest);
    const m = mapped.get(digest);
    if (!m || m.id === '') create.push(event);
    else if (m.hash === '') update.push({ event, id: m.id, unverified: true });
    else if (m.hash !== fingerprint(event)) update.push({ event, id: m.id, unverified: false });
    else keep.push(event);
  }
  const remove: EventRemoval[] = [];
  for (const [digest, m] of mapped) {
    if (!wanted.has(digest) && m.id !== '') remove.push({ digest, id: m.id, day: m.day });
  }
  return { create, update, remove, keep };
}

/** Writes a diff needs: what a rate-limit stop leaves for the next sync. */
export function diffSize(diff: CalendarDiff): number {
  return diff.create.length + diff.update.length + diff.remove.length;
}
