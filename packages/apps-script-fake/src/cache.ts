import type { Conform } from './conform';
import { APPS_SCRIPT_ERRORS } from './errors';
import { SERVICE, tag } from './instrument';
import { utf8Bytes } from './values';
import type { Clock } from './world';

/** CacheService limits: 100 KB values, 250-character keys, 10 minutes default, 6 hours max. */
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21_600;

export class CacheStore {
  readonly entries = new Map<string, { value: string; expiresAt: number }>();
  constructor(readonly clock: Clock) {}

  get(key: string): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (this.clock.nowMs() >= e.expiresAt) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }
  put(key: string, value: string, ttlSeconds?: number): void {
    if (key.length > CACHE_KEY_LIMIT) throw new Error(APPS_SCRIPT_ERRORS.argumentTooLarge('key'));
    const v = String(value);
    if (utf8Bytes(v) > CACHE_VALUE_LIMIT)
      throw new Error(APPS_SCRIPT_ERRORS.argumentTooLarge('value'));
    const ttl = Math.min(MAX_TTL_SECONDS, ttlSeconds ?? DEFAULT_TTL_SECONDS);
    this.entries.set(key, { value: v, expiresAt: this.clock.nowMs() + ttl * 1000 });
  }
}

type Pairs = readonly [GoogleAppsScript.Cache.Cache, Cache];

export class Cache implements Conform<
  GoogleAppsScript.Cache.Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll',
  Pairs
> {
  static readonly [SERVICE] = tag('CacheService', 'Cache');
  constructor(private readonly store: CacheStore) {}

  get(key: string): string | null {
    return this.store.get(key);
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const k of keys) {
      const v = this.store.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.store.put(key, value, expirationInSeconds);
  }
  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.store.put(k, String(v), expirationInSeconds);
  }
  remove(key: string): void {
    this.store.entries.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.entries.delete(k);
  }
}

export class CacheService implements Conform<
  GoogleAppsScript.Cache.CacheService,
  'getScriptCache' | 'getUserCache',
  Pairs
> {
  static readonly [SERVICE] = tag('CacheService', 'CacheService');
  readonly script: CacheStore;
  readonly user: CacheStore;
  constructor(clock: Clock) {
    this.script = new CacheStore(clock);
    this.user = new CacheStore(clock);
  }
  getScriptCache(): Cache {
    return new Cache(this.script);
  }
  getUserCache(): Cache {
    return new Cache(this.user);
  }
}
