/**
 * What earlier syncs created: key digest → { Calendar event id, fingerprint, day }, per review
 * sheet, in the USER's properties under "cadence.cal.<spreadsheet id>.s<sheet id>.": the events
 * live in this user's calendar, so another user syncing the same sheet to their own calendar
 * keeps their own mapping (a mapping in document properties would be shared, and each user's
 * sync would undo the other's). The user store holds 500 KB for all the user's spreadsheets:
 * ~6,000 events. A sheet with 1,000 events needs ~75 KB, more than one property
 * may hold (9 KB), so entries live in shards of at most SHARD_BYTES; a checkpoint writes only the
 * shards that changed, in one all-or-nothing setProperties. Emptied shards are deleted, and new
 * entries fill the first shard with room, so the store stays compact as rows come and go.
 */
import type { MappedEvent } from '../../core/calendar/event';
import { mappingPrefix, type SheetScope } from '../../core/calendar/keys';
import { utf8Bytes as utf8 } from '../../core/text';

export const SHARD_BYTES = 8000;

/**
 * The user store holds 500 KB for all of the user's spreadsheets (Apps Script quotas page); a
 * checkpoint that would take it past 450 KB stops the sync with everything so far saved and says
 * how to make room, instead of meeting Google's quota error half-way through a write.
 */
export const STORE_BUDGET_BYTES = 450 * 1024;

export class StoreFullError extends Error {
  constructor(readonly usedKb: number) {
    super(`property store nearly full: ${usedKb} KB`);
  }
}
const GOOGLE_SUFFIX = '@google.com';

type Row = [string, string, string, number];

/** Event ids are "<base32>@google.com": the suffix is dropped ("!" marks an id without it). */
function packId(id: string): string {
  if (id === '') return '';
  return id.endsWith(GOOGLE_SUFFIX) ? id.slice(0, -GOOGLE_SUFFIX.length) : `!${id}`;
}

function unpackId(text: string): string {
  if (text === '') return '';
  return text.startsWith('!') ? text.slice(1) : text + GOOGLE_SUFFIX;
}

function rowOf(digest: string, e: MappedEvent): Row {
  return [digest, packId(e.id), e.hash, e.day];
}

function rowBytes(row: Row): number {
  return utf8(JSON.stringify(row)) + 1;
}

export function propertyBytes(key: string, value: string): number {
  return utf8(key) + utf8(value);
}

interface Meta {
  readonly calendarId: string;
  /** The setting the calendar came from: a changed setting means moving the events. */
  readonly choice: string;
}

export class MappingStore {
  private readonly entries = new Map<string, MappedEvent>();
  private readonly shardOf = new Map<string, number>();
  private shards: Array<Map<string, Row>> = [];
  private readonly dirty = new Set<number>();
  private meta: Meta | null = null;
  private metaDirty = false;
  /** Bytes per shard (its rows, as size() counts them), kept up to date on every change. */
  private bytes: number[] = [];
  /** Bytes of every user property that is not this mapping's, as read. */
  private readonly others = new Map<string, number>();
  /** The store's size after the last write (or as read). */
  private committed = 0;

  private constructor(
    private readonly props: GoogleAppsScript.Properties.Properties,
    private readonly prefix: string,
  ) {}

  /** One getProperties call reads every shard. */
  static load(
    props: GoogleAppsScript.Properties.Properties,
    scope: SheetScope,
    all: Readonly<Record<string, string>> = props.getProperties(),
  ): MappingStore {
    const store = new MappingStore(props, mappingPrefix(scope));
    for (const [name, text] of Object.entries(all)) {
      if (!name.startsWith(store.prefix)) store.others.set(name, propertyBytes(name, text));
    }
    const metaText = all[`${store.prefix}meta`];
    try {
      const parsed: unknown = metaText === undefined ? null : JSON.parse(metaText);
      if (parsed && typeof (parsed as Meta).calendarId === 'string') {
        store.meta = {
          calendarId: (parsed as Meta).calendarId,
          choice: String((parsed as Meta).choice ?? ''),
        };
      }
    } catch {
      store.meta = null;
    }
    for (const [name, text] of Object.entries(all)) {
      const m = new RegExp(`^${store.prefix.replace(/\./g, '\\.')}map\\.(\\d+)$`).exec(name);
      if (!m) continue;
      const index = Number(m[1]);
      const shard = new Map<string, Row>();
      try {
        const rows: unknown = JSON.parse(text);
        for (const row of Array.isArray(rows) ? rows : []) {
          if (!Array.isArray(row) || row.length !== 4) continue;
          const [digest, id, hash, day] = row as Row;
          if (typeof digest !== 'string' || typeof id !== 'string') continue;
          if (typeof hash !== 'string' || typeof day !== 'number') continue;
          shard.set(digest, row as Row);
          store.entries.set(digest, { id: unpackId(id), hash, day });
          store.shardOf.set(digest, index);
        }
      } catch {
        // A damaged shard is forgotten; its events are found again by their tags.
        store.meta = null;
      }
      store.shards[index] = shard;
    }
    for (let i = 0; i < store.shards.length; i++) store.shards[i] ??= new Map();
    store.bytes = store.shards.map((shard) => {
      let n = 2;
      for (const row of shard.values()) n += rowBytes(row);
      return n;
    });
    store.committed = store.total();
    return store;
  }

  /** The calendar the entries live in; null when never synced or the mapping was lost. */
  get calendarId(): string | null {
    return this.meta?.calendarId ?? null;
  }

  get choice(): string | null {
    return this.meta?.choice ?? null;
  }

  /** null forgets the calendar: the next sync searches it for tagged events again. */
  setCalendar(calendarId: string | null, choice = ''): void {
    if ((this.meta?.calendarId ?? null) === calendarId && (this.meta?.choice ?? '') === choice) {
      return;
    }
    this.meta = calendarId === null ? null : { calendarId, choice };
    this.metaDirty = true;
  }

  all(): ReadonlyMap<string, MappedEvent> {
    return this.entries;
  }

  get(digest: string): MappedEvent | undefined {
    return this.entries.get(digest);
  }

  private size(index: number): number {
    return this.bytes[index];
  }

  private put(index: number, digest: string, row: Row): void {
    const before = this.shards[index].get(digest);
    if (before !== undefined) this.bytes[index] -= rowBytes(before);
    this.shards[index].set(digest, row);
    this.bytes[index] += rowBytes(row);
  }

  private drop(index: number, digest: string): void {
    const before = this.shards[index].get(digest);
    if (before === undefined) return;
    this.bytes[index] -= rowBytes(before);
    this.shards[index].delete(digest);
  }

  private place(digest: string, row: Row): void {
    const need = rowBytes(row);
    let index = this.shards.findIndex(
      (s, i) => s.has(digest) || this.size(i) + need <= SHARD_BYTES,
    );
    if (index < 0) {
      index = this.shards.length;
      this.shards.push(new Map());
      this.bytes.push(2);
    }
    this.put(index, digest, row);
    this.shardOf.set(digest, index);
    this.dirty.add(index);
  }

  set(digest: string, entry: MappedEvent): void {
    this.entries.set(digest, entry);
    const row = rowOf(digest, entry);
    const current = this.shardOf.get(digest);
    if (current !== undefined) {
      const shard = this.shards[current];
      const before = shard.get(digest) as Row;
      if (this.size(current) - rowBytes(before) + rowBytes(row) <= SHARD_BYTES) {
        this.put(current, digest, row);
        this.dirty.add(current);
        return;
      }
      this.drop(current, digest);
      this.dirty.add(current);
      this.shardOf.delete(digest);
    }
    this.place(digest, row);
  }

  delete(digest: string): void {
    const index = this.shardOf.get(digest);
    this.entries.delete(digest);
    if (index === undefined) return;
    this.drop(index, digest);
    this.shardOf.delete(digest);
    this.dirty.add(index);
  }

  /**
   * Writes the changed shards (and meta) in one call; deletes shards left empty. `also`: other
   * user properties written in the same all-or-nothing call (the creation ledger), so a run killed
   * right after cannot record one without the other.
   */
  flush(also: Readonly<Record<string, string>> = {}): void {
    if (this.dirty.size === 0 && !this.metaDirty && Object.keys(also).length === 0) return;
    this.checkBudget(also);
    const out: Record<string, string> = { ...also };
    const emptied: string[] = [];
    for (const index of this.dirty) {
      const name = `${this.prefix}map.${index}`;
      const rows = [...this.shards[index].values()];
      if (rows.length === 0) emptied.push(name);
      else out[name] = JSON.stringify(rows);
    }
    if (this.metaDirty && this.meta) out[`${this.prefix}meta`] = JSON.stringify(this.meta);
    if (this.metaDirty && !this.meta) emptied.push(`${this.prefix}meta`);
    if (Object.keys(out).length > 0) this.props.setProperties(out);
    for (const [name, value] of Object.entries(also))
      this.others.set(name, propertyBytes(name, value));
    for (const name of emptied) this.props.deleteProperty(name);
    this.dirty.clear();
    this.metaDirty = false;
  }

  /** The user store's size (bytes) once `also` and this mapping's pending changes are written. */
  private total(also: Readonly<Record<string, string>> = {}): number {
    let total = 0;
    for (const [name, n] of this.others) if (!(name in also)) total += n;
    for (const [name, value] of Object.entries(also)) total += propertyBytes(name, value);
    this.shards.forEach((shard, i) => {
      if (shard.size > 0) total += utf8(`${this.prefix}map.${i}`) + this.bytes[i];
    });
    if (this.meta) total += utf8(`${this.prefix}meta`) + utf8(JSON.stringify(this.meta));
    return total;
  }

  /** A checkpoint that grows the store past the budget is refused (shrinking ones never are). */
  private checkBudget(also: Readonly<Record<string, string>>): void {
    const next = this.total(also);
    if (next > STORE_BUDGET_BYTES && next > this.committed) {
      throw new StoreFullError(Math.ceil(next / 1024));
    }
    this.committed = next;
  }
}
