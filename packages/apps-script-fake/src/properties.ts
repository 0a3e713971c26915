import type { Conform } from './conform';
import { APPS_SCRIPT_ERRORS } from './errors';
import { SERVICE, tag } from './instrument';
import { utf8Bytes } from './values';

/** Apps Script quotas: 9 KB per property (key + value) and 500 KB per store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

/** One property store (document, user or script); shared by every Properties handle on it. */
export class PropertyStore {
  readonly entries = new Map<string, string>();

  usedBytes(map: ReadonlyMap<string, string> = this.entries): number {
    let n = 0;
    for (const [k, v] of map) n += utf8Bytes(k) + utf8Bytes(v);
    return n;
  }

  /** Applies a change all-or-nothing, enforcing the quotas on the result. */
  commit(next: Map<string, string>, changed: Iterable<string>): void {
    for (const key of changed) {
      const v = next.get(key);
      if (v !== undefined && utf8Bytes(key) + utf8Bytes(v) > PROPERTY_VALUE_LIMIT) {
        throw new Error(APPS_SCRIPT_ERRORS.argumentTooLarge('value'));
      }
    }
    if (this.usedBytes(next) > PROPERTY_STORE_LIMIT)
      throw new Error(APPS_SCRIPT_ERRORS.propertyQuota);
    this.entries.clear();
    for (const [k, v] of next) this.entries.set(k, v);
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }
}

type Pairs = readonly [GoogleAppsScript.Properties.Properties, Properties];

type PropertiesMethods =
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty';

export class Properties implements Conform<
  GoogleAppsScript.Properties.Properties,
  PropertiesMethods,
  Pairs
> {
  static readonly [SERVICE] = tag('PropertiesService', 'Properties');
  constructor(private readonly store: PropertyStore) {}

  getProperty(key: string): string | null {
    return this.store.entries.get(key) ?? null;
  }
  getProperties(): { [key: string]: string } {
    return this.store.toObject();
  }
  getKeys(): string[] {
    return [...this.store.entries.keys()];
  }
  setProperty(key: string, value: string): Properties {
    const next = new Map(this.store.entries);
    next.set(String(key), String(value));
    this.store.commit(next, [String(key)]);
    return this;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store.entries);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.store.commit(next, Object.keys(properties));
    return this;
  }
  deleteProperty(key: string): Properties {
    this.store.entries.delete(key);
    return this;
  }
  /**
   * Kept although the add-on never calls it: Cadence hands this class to code typed with the full
   * Properties interface (MappingStore in the calendar tests), which requires it.
   */
  deleteAllProperties(): Properties {
    this.store.entries.clear();
    return this;
  }
}

export class PropertiesService implements Conform<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties',
  Pairs
> {
  static readonly [SERVICE] = tag('PropertiesService', 'PropertiesService');
  readonly document = new PropertyStore();

  /**
   * `user` is per user per script, shared by every document the add-on runs in; `script` is per
   * script. Environments made with `sharedWith` pass the same stores.
   */
  constructor(
    readonly user: PropertyStore = new PropertyStore(),
    readonly script: PropertyStore = new PropertyStore(),
    private readonly documentless: () => boolean = () => false,
  ) {}

  /** Null in a time-driven run with no document (the pessimistic reading of silent docs). */
  getDocumentProperties(): Properties {
    return this.documentless() ? (null as unknown as Properties) : new Properties(this.document);
  }
  getUserProperties(): Properties {
    return new Properties(this.user);
  }
  getScriptProperties(): Properties {
    return new Properties(this.script);
  }
}
