/**
 * The calendar decisions, table by table: when to look at Calendar, what to search, which found
 * events to adopt or delete, what to forget, in which order writes go, when to stop.
 */
import {
  fingerprint,
  keyDigest,
  type MappedEvent,
  type PlannedEvent,
} from '../../src/core/calendar/event';
import { keyPrefix } from '../../src/core/calendar/keys';
import * as reconcile from '../../src/core/calendar/reconcile-plan';
import type { FoundEvent, MappingView } from '../../src/core/calendar/reconcile-plan';
import { diffEvents } from '../../src/core/calendar/diff';

const scope = { spreadsheetId: 'fileA', sheetId: '0' };
const other = { spreadsheetId: 'fileB', sheetId: '0' };

function planned(name: string, day: number, at = scope): PlannedEvent {
  return {
    key: `${keyPrefix(at)}row/nurture/${name}`,
    day,
    title: `Review: ${name}`,
    description: `about ${name}`,
    popupMinutes: [900],
    emailMinutes: [],
    guests: [],
    rows: [2],
    alertAt: null,
  };
}

const a = planned('a', 20_400);
const b = planned('b', 20_401);
const c = planned('c', 20_402);
const d = (e: PlannedEvent): string => keyDigest(e.key);
const done = (e: PlannedEvent, id: string): MappedEvent => ({
  id,
  hash: fingerprint(e),
  day: e.day,
});
const announced = (e: PlannedEvent): MappedEvent => ({ id: '', hash: '', day: e.day });

function mapping(
  entries: Array<[PlannedEvent, MappedEvent]>,
  calendarId: string | null = 'me@example.com',
  choice = 'default',
): MappingView {
  return { calendarId, choice, entries: new Map(entries.map(([e, m]) => [d(e), m])) };
}

describe('lookPlan: whether a sync touches Calendar, and what it searches', () => {
  const cases: Array<{
    name: string;
    view: MappingView;
    desired: PlannedEvent[];
    verify?: boolean;
    choice?: string;
    mark?: boolean;
    expected: { open: boolean; search: 'all' | 'pending' | 'verify' | null };
  }> = [
    {
      name: 'first sync of a never-synced sheet: open, no search',
      view: mapping([], null, ''),
      desired: [a, b],
      expected: { open: true, search: null },
    },
    {
      name: 'mapping lost but the document says a user synced: search everything',
      view: mapping([], null, ''),
      desired: [a],
      mark: true,
      expected: { open: true, search: 'all' },
    },
    {
      name: 'nothing desired and nothing mapped: no Calendar call',
      view: mapping([], null, ''),
      desired: [],
      mark: true,
      expected: { open: false, search: null },
    },
    {
      name: 'every fingerprint matches: no Calendar call',
      view: mapping([[a, done(a, 'ida')]]),
      desired: [a],
      expected: { open: false, search: null },
    },
    {
      name: 'every fingerprint matches, explicit Sync: one verify search',
      view: mapping([[a, done(a, 'ida')]]),
      desired: [a],
      verify: true,
      expected: { open: true, search: 'verify' },
    },
    {
      name: 'settings moved the events to another calendar: open, no search',
      view: mapping([[a, done(a, 'ida')]]),
      desired: [a],
      choice: 'dedicated',
      verify: true,
      expected: { open: true, search: null },
    },
    {
      name: 'a creation announced but never recorded: search the announced days',
      view: mapping([
        [a, done(a, 'ida')],
        [b, announced(b)],
      ]),
      desired: [a, b],
      expected: { open: true, search: 'pending' },
    },
    {
      name: 'a changed row: open, no search',
      view: mapping([[a, { id: 'ida', hash: 'old', day: a.day }]]),
      desired: [a],
      expected: { open: true, search: null },
    },
  ];
  it.each(cases)('$name', ({ view, desired, verify, choice, mark, expected }) => {
    let marks = 0;
    const plan = reconcile.lookPlan({
      mapping: view,
      desired,
      choice: choice ?? 'default',
      verify: verify ?? false,
      syncedElsewhere: () => {
        marks++;
        return mark ?? false;
      },
    });
    expect(plan).toEqual(expected);
    // The document's mark costs a property read: asked only when this user's mapping is empty.
    if (view.entries.size > 0) expect(marks).toBe(0);
  });
});

/** A found event whose reads are counted: tags always, ids of ours, titles only when needed. */
function ev(id: string, tag: string | null, title = '', allDay: number | null = null) {
  const reads = { tag: 0, id: 0, title: 0, allDay: 0 };
  const found: FoundEvent & { reads: typeof reads; name: string } = {
    name: id,
    reads,
    tag: () => (reads.tag++, tag),
    id: () => (reads.id++, id),
    title: () => (reads.title++, title),
    sitsAsPlanned: (planned: PlannedEvent) => (reads.allDay++, allDay === planned.day),
  };
  return found;
}

describe('adoptFound: which found events become the mapping, which are deleted', () => {
  const cases: Array<{
    name: string;
    entries: Array<[PlannedEvent, MappedEvent]>;
    desired: PlannedEvent[];
    found: Array<ReturnType<typeof ev>>;
    adopt: Array<[PlannedEvent, MappedEvent]>;
    extra: string[];
  }> = [
    {
      name: 'a lost mapping: each tagged event adopted, to be compared field by field',
      entries: [],
      desired: [a, b],
      found: [ev('ida', a.key), ev('idb', b.key)],
      adopt: [
        [a, { id: 'ida', hash: '', day: a.day }],
        [b, { id: 'idb', hash: '', day: b.day }],
      ],
      extra: [],
    },
    {
      name: 'two events with one tag: the first adopted, the second deleted',
      entries: [],
      desired: [a],
      found: [ev('ida1', a.key), ev('ida2', a.key)],
      adopt: [[a, { id: 'ida1', hash: '', day: a.day }]],
      extra: ['ida2'],
    },
    {
      name: "another file's event (same sheet id) is never touched",
      entries: [],
      desired: [a],
      found: [ev('theirs', planned('a', 20_400, other).key)],
      adopt: [],
      extra: [],
    },
    {
      name: 'the mapped event itself is kept; a second copy is deleted',
      entries: [[a, done(a, 'ida')]],
      desired: [a],
      found: [ev('ida', a.key), ev('copy', a.key)],
      adopt: [],
      extra: ['copy'],
    },
    {
      name: "a removed row's tagged event is deleted",
      entries: [],
      desired: [a],
      found: [ev('idc', c.key)],
      adopt: [],
      extra: ['idc'],
    },
    {
      name: 'an untagged all-day event with the announced title on the announced day is the creation stopped before its tag',
      entries: [[b, announced(b)]],
      desired: [b],
      found: [ev('meeting', null, 'Team sync', null), ev('idb', null, b.title, b.day)],
      adopt: [[b, { id: 'idb', hash: '', day: b.day }]],
      extra: [],
    },
    {
      name: "an untagged event on another day, or not all-day, is the user's own: left alone",
      entries: [[b, announced(b)]],
      desired: [b],
      found: [ev('x', null, b.title, b.day + 1), ev('y', null, b.title, null)],
      adopt: [],
      extra: [],
    },
  ];
  it.each(cases)('$name', ({ entries, desired, found, adopt, extra }) => {
    const map = new Map(entries.map(([e, m]) => [d(e), m]));
    const result = reconcile.adoptFound(found, scope, map, desired);
    expect([...result.adopt]).toEqual(adopt.map(([e, m]) => [d(e), m]));
    expect(result.extra.map((f) => f.name)).toEqual(extra);
  });

  it('reads no title while no creation waits, and no id of an event that is not ours', () => {
    const mine = ev('ida', a.key);
    const untagged = ev('meeting', null, 'Team sync', a.day);
    const theirs = ev('theirs', planned('a', a.day, other).key);
    reconcile.adoptFound([mine, untagged, theirs], scope, new Map(), [a]);
    expect(untagged.reads).toEqual({ tag: 1, id: 0, title: 0, allDay: 0 });
    expect(theirs.reads).toEqual({ tag: 1, id: 0, title: 0, allDay: 0 });
    expect(mine.reads).toEqual({ tag: 1, id: 1, title: 0, allDay: 0 });
  });
});

describe('what a sync forgets, announces and writes, in order', () => {
  it('forgets mapped events the verify search did not find (deleted by hand)', () => {
    const map = new Map([
      [d(a), done(a, 'ida')],
      [d(b), done(b, 'idb')],
      [d(c), announced(c)],
    ]);
    expect(reconcile.missingDigests(map, new Set(['ida']))).toEqual([d(b)]);
  });

  it('forgets announced creations the sheet no longer wants', () => {
    const map = new Map([
      [d(a), announced(a)],
      [d(b), announced(b)],
    ]);
    expect(reconcile.stalePending(map, [a])).toEqual([d(b)]);
  });

  it('deletes duplicates first, then removals, updates, creations; announces only new creations', () => {
    const map = new Map([
      [d(a), { id: 'ida', hash: 'old', day: a.day }],
      [d(c), done(c, 'idc')],
      [d(b), announced(b)],
    ]);
    const diff = diffEvents([a, b, planned('e', 20_410)], map);
    expect(reconcile.syncSteps(diff, 2).map((s) => s.kind)).toEqual([
      'delete_extra',
      'delete_extra',
      'remove',
      'update',
      'create',
      'create',
    ]);
    // b is announced already; only e is announced before the first creation.
    expect(reconcile.toAnnounce(diff, map).map(([digest]) => digest)).toEqual([
      d(planned('e', 20_410)),
    ]);
  });

  it('moves every event when the calendar changes: delete all mapped, create all desired', () => {
    const map = new Map([
      [d(a), done(a, 'ida')],
      [d(b), announced(b)],
    ]);
    expect(reconcile.moveDiff([a, c], map)).toEqual({
      create: [a, c],
      update: [],
      remove: [{ digest: d(a), id: 'ida', day: a.day }],
      keep: [],
    });
  });

  it('searches 400 days around the days it knows (Calendar filters by the marker)', () => {
    const map = new Map([
      [d(a), done(a, 'ida')],
      [d(b), announced(b)],
    ]);
    expect(reconcile.searchWindow('pending', 20_000, [a, b, c], map)).toEqual({
      from: b.day - 400,
      to: b.day + 401,
    });
    expect(reconcile.searchWindow('all', 20_000, [a, b, c], map)).toEqual({
      from: 19_600,
      to: c.day + 401,
    });
    expect(reconcile.searchWindow('verify', 20_000, [], new Map())).toBeNull();
  });

  // Apps Script quotas page: "Script runtime 6 min / execution"; a sync stops itself at 4.5 min.
  it('stops between two events once 270 of the 360 seconds are spent', () => {
    expect(reconcile.outOfTime(0, 269_999)).toBe(false);
    expect(reconcile.outOfTime(0, 270_000)).toBe(true);
  });
});
