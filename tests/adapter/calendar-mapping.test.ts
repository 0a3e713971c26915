import { createAppsScript, PROPERTY_VALUE_LIMIT } from '@cadence/apps-script-fake';
import { MappingStore } from '../../src/gas/calendar/mapping-store';

describe('the key → event mapping in user properties', () => {
  it('shards 2,000 entries under the 9 KB per-value limit, round-trips, and drops emptied shards', () => {
    const env = createAppsScript();
    const props = env.globals.PropertiesService.getUserProperties();
    const scope = { spreadsheetId: 'sheetA', sheetId: '0' };
    const store = MappingStore.load(props, scope);
    expect(store.calendarId).toBeNull();
    for (let i = 0; i < 2000; i++) {
      store.set(`digest${i}`, {
        id: `${'e'.repeat(20)}${i}@google.com`,
        hash: 'abcdefghijklmn',
        day: 20700 + i,
      });
    }
    store.setCalendar('me@example.com', 'default');
    const before = env.calls.snapshot();
    store.flush();
    // One all-or-nothing write for every shard.
    expect(env.calls.since(before).count('PropertiesService', 'setProperties')).toBe(1);
    const shards = [...env.properties.user.entries].filter(([k]) =>
      k.startsWith('cadence.cal.sheetA.s0.map.'),
    );
    expect(shards.length).toBeGreaterThan(15);
    for (const [k, v] of shards)
      expect(Buffer.byteLength(k + v)).toBeLessThan(PROPERTY_VALUE_LIMIT);

    const again = MappingStore.load(props, scope);
    expect(again.calendarId).toBe('me@example.com');
    expect(again.get('digest1234')).toEqual({
      id: `${'e'.repeat(20)}1234@google.com`,
      hash: 'abcdefghijklmn',
      day: 21934,
    });
    for (let i = 0; i < 200; i++) again.delete(`digest${i}`);
    again.flush();
    const after = [...env.properties.user.entries.keys()].filter((k) =>
      k.startsWith('cadence.cal.sheetA.s0.map.'),
    );
    expect(after.length).toBeLessThan(shards.length);
    expect(MappingStore.load(props, scope).all().size).toBe(1800);
    // Another spreadsheet's sheet with the same id (gid 0) has its own, empty mapping.
    expect(MappingStore.load(props, { spreadsheetId: 'sheetB', sheetId: '0' }).all().size).toBe(0);
    // Writing one entry rewrites one shard only.
    const one = env.calls.snapshot();
    const third = MappingStore.load(props, scope);
    third.set('digest1500', { id: 'x@google.com', hash: 'h', day: 1 });
    third.flush();
    expect(env.calls.since(one).count('PropertiesService', 'setProperties')).toBe(1);
  });
});
