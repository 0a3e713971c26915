import type { AccountKind } from './quota';
import type { Executions } from './execution';
/**
 * What every in-memory service shares within one environment: a virtual clock (so cache expiry,
 * lock waits and Utilities.sleep are instant and deterministic) and deterministic ids (so two runs
 * of the same test produce the same ids).
 */
export class Clock {
  private ms: number;
  constructor(start: Date) {
    this.ms = start.getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  nowMs(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += Math.max(0, ms);
  }
  set(date: Date): void {
    this.ms = date.getTime();
  }
}

export class Ids {
  private counters = new Map<string, number>();
  next(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }
  /** A stable pseudo-random positive integer below `max`, derived from a per-kind counter. */
  scrambled(kind: string, max: number): number {
    const n = this.next(kind);
    return (Math.imul(n, 2654435761) >>> 0) % max;
  }
  uuid(): string {
    const hex = this.next('uuid').toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  }
}

export interface WorldSettings {
  /** The spreadsheet's time zone (File > Settings). */
  readonly timeZone: string;
  /** appsscript.json's timeZone: what Session.getScriptTimeZone returns. */
  readonly scriptTimeZone: string;
  /** What Session.getActiveUserLocale returns, e.g. 'fr' or 'en'. */
  readonly userLocale: string;
  /** The spreadsheet locale, e.g. 'en_US' or 'fr_FR'. */
  readonly spreadsheetLocale: string;
  readonly userEmail: string;
  /** Consumer (gmail.com) or Google Workspace: sets the daily Calendar quota. */
  readonly account: AccountKind;
  readonly htmlDir: string;
}

export interface World {
  readonly clock: Clock;
  /** The running execution (kind, time-driven without document) and the strict switches. */
  readonly executions: Executions;
  readonly ids: Ids;
  readonly settings: WorldSettings;
}
