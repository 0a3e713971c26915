import type { ServiceName } from './calls';
import { APPS_SCRIPT_ERRORS } from './errors';

/**
 * Makes the nth matching service call throw, before it takes effect, the way Google's services
 * fail half-way through an action (rate limits, lock timeouts). Used to prove that a failure
 * half-way leaves a state the next run completes.
 */
export interface FaultRule {
  readonly service: ServiceName;
  /**
   * Bare method name ('createAllDayEvent') or 'Type.method', or any of several (e.g. every way to
   * create an event). Any method when omitted.
   */
  readonly method?: string | readonly string[];
  /** 1-based: the nth matching call after the rule is registered throws. */
  readonly nth?: number;
  /** How many consecutive matching calls fail from the nth on (default 1). */
  readonly times?: number;
  readonly error: Error;
}

export interface FaultHandle {
  /** How many calls this rule has made fail so far. */
  readonly fired: number;
  /** Matching calls seen so far, failed or not. */
  readonly seen: number;
}

export interface CalendarFaultOptions {
  readonly nth?: number;
  readonly method?: string | readonly string[];
  readonly times?: number;
}

interface ActiveRule {
  readonly rule: FaultRule;
  seen: number;
  fired: number;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];

  failOn(rule: FaultRule): FaultHandle {
    const active: ActiveRule = { rule, seen: 0, fired: 0 };
    this.rules.push(active);
    return {
      get fired() {
        return active.fired;
      },
      get seen() {
        return active.seen;
      },
    };
  }

  /**
   * Calendar's "too many events in a short time" on the nth event creation (all-day or timed:
   * Google limits both) or the nth call of `method`.
   */
  calendarRateLimit(options: CalendarFaultOptions = {}): FaultHandle {
    return this.calendarFault(APPS_SCRIPT_ERRORS.calendarRateLimit, options);
  }

  /**
   * "Calendar usage limits exceeded." — Calendar's usage limits, reported notably for invitations
   * to external guests (https://support.google.com/a/answer/2905486); retrying soon hits it again.
   */
  calendarUsageLimit(options: CalendarFaultOptions = {}): FaultHandle {
    return this.calendarFault(APPS_SCRIPT_ERRORS.calendarUsageLimit, options);
  }

  /** The daily creation quota's "Service invoked too many times for one day: calendar.". */
  calendarDailyQuota(options: CalendarFaultOptions = {}): FaultHandle {
    return this.calendarFault(APPS_SCRIPT_ERRORS.calendarDailyQuota, options);
  }

  /** A Calendar error on the nth matching call (createAllDayEvent by default). */
  private calendarFault(message: string, options: CalendarFaultOptions): FaultHandle {
    return this.failOn({
      service: 'CalendarApp',
      method: options.method ?? ['createAllDayEvent', 'createEvent'],
      nth: options.nth ?? 1,
      times: options.times,
      error: new Error(message),
    });
  }

  /** LockService's timeout on the nth waitLock. */
  lockTimeout(options: { nth?: number; times?: number } = {}): FaultHandle {
    return this.failOn({
      service: 'LockService',
      method: 'waitLock',
      nth: options.nth ?? 1,
      times: options.times,
      error: new Error(APPS_SCRIPT_ERRORS.lockTimeout),
    });
  }

  clear(): void {
    this.rules = [];
  }

  /** Called before every instrumented call; throws the rule's error when it fires. */
  check(service: ServiceName, type: string, method: string): void {
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.service !== service) continue;
      if (rule.method !== undefined) {
        const wanted: readonly string[] =
          typeof rule.method === 'string' ? [rule.method] : rule.method;
        const matches = wanted.some((m) => (m.includes('.') ? `${type}.${method}` : method) === m);
        if (!matches) continue;
      }
      active.seen++;
      const first = rule.nth ?? 1;
      const last = first + (rule.times ?? 1) - 1;
      if (active.seen >= first && active.seen <= last) {
        active.fired++;
        throw rule.error;
      }
    }
  }
}
