import type { Conform } from './conform';
import { APPS_SCRIPT_ERRORS } from './errors';
import { SERVICE, tag } from './instrument';
import type { Clock } from './world';

export type LockScope = 'document' | 'script' | 'user';

interface LockState {
  holder: 'none' | 'self' | 'other';
  /** When held elsewhere: virtual ms after which the other process lets go (never if undefined). */
  otherReleasesAt?: number;
}

/**
 * The three locks of LockService. This execution is "self"; tests play the other process with
 * `holdElsewhere`, optionally letting go after a while. Waiting advances the virtual clock instead
 * of sleeping.
 */
export class LockRegistry {
  private readonly states: Record<LockScope, LockState> = {
    document: { holder: 'none' },
    script: { holder: 'none' },
    user: { holder: 'none' },
  };

  constructor(private readonly clock: Clock) {}

  holdElsewhere(scope: LockScope, options: { releaseAfterMs?: number } = {}): void {
    const s = this.states[scope];
    s.holder = 'other';
    s.otherReleasesAt =
      options.releaseAfterMs === undefined
        ? undefined
        : this.clock.nowMs() + options.releaseAfterMs;
  }
  holder(scope: LockScope): 'none' | 'self' | 'other' {
    this.settle(scope);
    return this.states[scope].holder;
  }

  private settle(scope: LockScope): void {
    const s = this.states[scope];
    if (
      s.holder === 'other' &&
      s.otherReleasesAt !== undefined &&
      this.clock.nowMs() >= s.otherReleasesAt
    ) {
      s.holder = 'none';
    }
  }

  /** Waits up to `timeoutMs` of virtual time; true once this execution holds the lock. */
  acquire(scope: LockScope, timeoutMs: number): boolean {
    this.settle(scope);
    const s = this.states[scope];
    if (s.holder !== 'other') {
      s.holder = 'self';
      return true;
    }
    const waitUntil = this.clock.nowMs() + Math.max(0, timeoutMs);
    if (s.otherReleasesAt !== undefined && s.otherReleasesAt <= waitUntil) {
      this.clock.advance(s.otherReleasesAt - this.clock.nowMs());
      s.holder = 'self';
      return true;
    }
    this.clock.advance(Math.max(0, timeoutMs));
    return false;
  }

  release(scope: LockScope): void {
    if (this.states[scope].holder === 'self') this.states[scope].holder = 'none';
  }
}

type Pairs = readonly [GoogleAppsScript.Lock.Lock, Lock];

export class Lock implements Conform<
  GoogleAppsScript.Lock.Lock,
  'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock',
  Pairs
> {
  static readonly [SERVICE] = tag('LockService', 'Lock');
  private held = false;

  constructor(
    private readonly registry: LockRegistry,
    readonly scope: LockScope,
  ) {}

  hasLock(): boolean {
    return this.held && this.registry.holder(this.scope) === 'self';
  }
  tryLock(timeoutInMillis: number): boolean {
    this.held = this.registry.acquire(this.scope, timeoutInMillis);
    return this.held;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(APPS_SCRIPT_ERRORS.lockTimeout);
  }
  releaseLock(): void {
    if (this.held) this.registry.release(this.scope);
    this.held = false;
  }
}

export class LockService implements Conform<
  GoogleAppsScript.Lock.LockService,
  'getDocumentLock' | 'getScriptLock' | 'getUserLock',
  Pairs
> {
  static readonly [SERVICE] = tag('LockService', 'LockService');
  constructor(
    readonly registry: LockRegistry,
    private readonly documentless: () => boolean = () => false,
  ) {}
  /** "null if … called from outside a containing document": a time-driven run with no document. */
  getDocumentLock(): Lock {
    return this.documentless() ? (null as unknown as Lock) : new Lock(this.registry, 'document');
  }
  getScriptLock(): Lock {
    return new Lock(this.registry, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this.registry, 'user');
  }
}
