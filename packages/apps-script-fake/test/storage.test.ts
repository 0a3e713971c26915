import { createAppsScript, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from '../src';

describe('PropertiesService quotas', () => {
  test('9 KB per property: key "k" + 9,215 bytes fits (9,216 = 9 × 1024), one byte more does not', () => {
    const env = createAppsScript();
    const props = env.globals.PropertiesService.getDocumentProperties();
    props.setProperty('k', 'x'.repeat(PROPERTY_VALUE_LIMIT - 1));
    expect(() => props.setProperty('k', 'x'.repeat(PROPERTY_VALUE_LIMIT))).toThrow(
      'Argument too large: value',
    );
    expect(props.getProperty('k')!.length).toBe(9_215);
  });

  test('multi-byte characters count as UTF-8 bytes: 4,608 "é" are 9,216 bytes, too many with a key', () => {
    const env = createAppsScript();
    const props = env.globals.PropertiesService.getUserProperties();
    expect(() => props.setProperty('k', 'é'.repeat(4_608))).toThrow('Argument too large: value');
  });

  test('500 KB per store: 56 properties of 9,200 bytes (515,200) exceed it; nothing is written', () => {
    const env = createAppsScript();
    const props = env.globals.PropertiesService.getScriptProperties();
    const big: Record<string, string> = {};
    for (let i = 0; i < 56; i++) big[`p${String(i).padStart(2, '0')}`] = 'x'.repeat(9_197); // 3 + 9,197 = 9,200
    expect(56 * 9_200).toBeGreaterThan(PROPERTY_STORE_LIMIT);
    expect(() => props.setProperties(big)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toEqual([]);
  });

  test('stores are shared between handles, values are strings, deleteAllOthers replaces', () => {
    const env = createAppsScript();
    const svc = env.globals.PropertiesService;
    svc.getDocumentProperties().setProperties({ a: '1', b: '2' });
    svc.getDocumentProperties().setProperties({ c: '3' }, true);
    expect(svc.getDocumentProperties().getProperties()).toEqual({ c: '3' });
    expect(svc.getDocumentProperties().getProperty('a')).toBeNull();
    expect(env.properties.document.toObject()).toEqual({ c: '3' });
    expect(svc.getUserProperties().getKeys()).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/properties/properties#deleteAllProperties()
  // "Deletes all properties in the current Properties store."
  test('deleteAllProperties empties its own store only, and chains', () => {
    const env = createAppsScript();
    const svc = env.globals.PropertiesService;
    svc.getUserProperties().setProperties({ a: '1', b: '2' });
    svc.getDocumentProperties().setProperty('c', '3');
    const user = svc.getUserProperties();
    expect(user.deleteAllProperties()).toBe(user);
    expect(svc.getUserProperties().getKeys()).toEqual([]);
    expect(env.properties.document.toObject()).toEqual({ c: '3' });
  });
});

describe('LockService', () => {
  test('waitLock throws the timeout message while another process holds the lock', () => {
    const env = createAppsScript();
    env.locks.holdElsewhere('document');
    const lock = env.globals.LockService.getDocumentLock();
    expect(() => lock.waitLock(10_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(0)).toBe(false);
  });

  test('a holder that lets go after 2 s: tryLock(5000) succeeds after 2 s of virtual time', () => {
    const env = createAppsScript({ now: new Date('2026-01-01T00:00:00Z') });
    env.locks.holdElsewhere('script', { releaseAfterMs: 2_000 });
    const lock = env.globals.LockService.getScriptLock();
    expect(lock.tryLock(5_000)).toBe(true);
    // 2 s of waiting, then the tryLock call's own 0.05 s round trip (latency.ts).
    expect(env.clock.now().toISOString()).toBe('2026-01-01T00:00:02.050Z');
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(env.locks.holder('script')).toBe('none');
  });

  test('fault preset: the first waitLock times out even when the lock is free', () => {
    const env = createAppsScript();
    env.faults.lockTimeout();
    const lock = env.globals.LockService.getUserLock();
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout');
    lock.waitLock(1000);
    expect(lock.hasLock()).toBe(true);
  });
});

describe('CacheService', () => {
  test('values expire after their TTL on the virtual clock', () => {
    const env = createAppsScript();
    const cache = env.globals.CacheService.getScriptCache();
    cache.put('findings', '{"n":3}', 60);
    env.clock.advance(59_000);
    expect(cache.get('findings')).toBe('{"n":3}');
    env.clock.advance(1_000);
    expect(cache.get('findings')).toBeNull();
  });

  test('100 KB value limit; getAll/putAll/removeAll', () => {
    const env = createAppsScript();
    const cache = env.globals.CacheService.getUserCache();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    cache.putAll({ a: '1', b: '2' });
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    cache.removeAll(['a']);
    expect(cache.get('a')).toBeNull();
  });
});
