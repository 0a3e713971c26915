import type { ServiceName } from './calls';
import { APPS_SCRIPT_ERRORS } from './errors';
import type { LatencyModel } from './latency';
import { permissionList, requiredScopes, SCOPES, type ScopeGate } from './scopes';
import type { Clock } from './world';

/**
 * Executions as Google runs them: each menu click, google.script.run call or trigger is one
 * execution with a hard time limit ("Script runtime: 6 min / execution",
 * https://developers.google.com/apps-script/guides/services/quotas; simple triggers "cannot run
 * for longer than 30 seconds", https://developers.google.com/apps-script/guides/triggers#restrictions).
 * Google stops a script at its limit: no `catch`, no `finally` of the script gets to act. JavaScript
 * cannot forbid a `catch`, so the imitation makes the kill final instead: once stopped, every
 * further service call of that execution throws again before it lands, and the runner reports
 * "Exceeded maximum execution time" whatever the script did with the first throw.
 */
export type ExecutionKind = 'standard' | 'simpleTrigger' | 'timeDriven';

export const EXECUTION_LIMIT_MS: Readonly<Record<ExecutionKind, number>> = {
  standard: 360_000,
  timeDriven: 360_000,
  simpleTrigger: 30_000,
};

/** Simple triggers Google runs by name, under the 30-second limit. */
export const SIMPLE_TRIGGERS: ReadonlySet<string> = new Set([
  'onOpen',
  'onEdit',
  'onInstall',
  'onSelectionChange',
]);

/** Why an execution stopped before its function returned. */
export type StopReason = 'timeout' | 'killed' | 'consent';

/** Thrown by every service call of a stopped execution; the runner reports it. */
export class ExecutionStopped extends Error {
  constructor(readonly reason: StopReason) {
    super(
      reason === 'consent'
        ? APPS_SCRIPT_ERRORS.authorizationRequired
        : APPS_SCRIPT_ERRORS.maxExecutionTime,
    );
    this.name = 'Exception';
  }
}

/** A hard kill for the next execution (or the current one): seeded random-kill tests use it. */
export interface KillSpec {
  /** 1-based index of the execution's service call that the kill hits. */
  readonly call?: number;
  /**
   * With `call`: true lets that call land and loses its result (the kill came while Google was
   * answering); false (default) kills before it lands.
   */
  readonly landed?: boolean;
  /** Virtual seconds after the execution's start (a write in flight at that instant lands). */
  readonly atSeconds?: number;
}

/**
 * The event's authMode. Editor add-ons' onOpen runs in NONE (installed, not yet used in this
 * file: no service that needs authorization) or LIMITED (enabled in the file: only the bound
 * document and its UI) (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** What LIMITED may touch: the file the add-on is enabled in, and its UI. */
const LIMITED_SCOPES: readonly string[] = [
  SCOPES.spreadsheetsCurrentOnly,
  SCOPES.spreadsheets,
  SCOPES.containerUi,
];

export interface ExecutionOptions {
  readonly kind?: ExecutionKind;
  /** Default FULL. */
  readonly authMode?: AuthModeName;
  /** The function name, for reports. */
  readonly handler?: string;
}

export interface ExecutionReport<T = unknown> {
  readonly kind: ExecutionKind;
  readonly handler: string;
  readonly startedAt: Date;
  /** Virtual seconds from start to end. */
  readonly seconds: number;
  /** Service calls the execution made (the one that hit a stop included). */
  readonly calls: number;
  /** Why it stopped early, or null when the function ran to its end. */
  readonly stopped: StopReason | null;
  /** True when Google's time limit or an injected kill ended it. */
  readonly killed: boolean;
  readonly value: T | undefined;
  /** What the runner reports: the function's own error, or the stop's. */
  readonly error: Error | null;
}

class Execution {
  calls = 0;
  stopped: StopReason | null = null;
  readonly startMs: number;
  deadlineMs: number;
  constructor(
    readonly kind: ExecutionKind,
    readonly handler: string,
    readonly authMode: AuthModeName,
    clock: Clock,
    public kill: KillSpec | null,
    limited: boolean,
  ) {
    this.startMs = clock.nowMs();
    const limit = limited ? EXECUTION_LIMIT_MS[kind] : Infinity;
    const injected = kill?.atSeconds === undefined ? Infinity : kill.atSeconds * 1000;
    this.deadlineMs = this.startMs + Math.min(limit, injected);
  }
}

/** Behaviours the strict imitation adds, each switchable (see createAppsScript's `strict`). */
export interface StrictSettings {
  /** Every service call advances the virtual clock by its latency (latency.ts). */
  latency: boolean;
  /** Executions stop at 360 s (30 s for simple triggers). */
  executionLimits: boolean;
  /** Calls need the manifest's scopes (scopes.ts). */
  scopes: boolean;
  /**
   * Time-driven executions: 'none' runs them with no active document (getActiveSpreadsheet,
   * getDocumentLock, getDocumentCache, getDocumentProperties return null; getUi throws);
   * 'bound' runs them in the document the trigger was created in. Google's docs are silent.
   */
  triggerDocument: 'none' | 'bound';
  /**
   * getEventById of an event deleted by hand: 'null', or 'cancelled' (the Calendar API's
   * events.get returns cancelled events): it still looks like an event, reads its last state,
   * and its setters change nothing anyone sees.
   */
  deletedEventById: 'null' | 'cancelled';
  /** Google's argument and size checks (reminder minutes, description length…). */
  validation: boolean;
}

export function strictSettings(strict: boolean): StrictSettings {
  return {
    latency: strict,
    executionLimits: strict,
    scopes: strict,
    triggerDocument: strict ? 'none' : 'bound',
    deletedEventById: strict ? 'cancelled' : 'null',
    validation: strict,
  };
}

/**
 * The gate every counted service call passes through (instrument.ts): stops, scopes, latency.
 * Calls made outside any execution (harness code, jest tests that call services directly) pay
 * latency but have no deadline.
 */
export class Executions {
  private current: Execution | null = null;
  private pendingKill: KillSpec | null = null;
  readonly history: ExecutionReport[] = [];

  constructor(
    private readonly clock: Clock,
    readonly strict: StrictSettings,
    private readonly latency: LatencyModel,
    private readonly scopes: ScopeGate,
  ) {}

  /** The running execution's kind, or null outside any execution. */
  get kind(): ExecutionKind | null {
    return this.current?.kind ?? null;
  }

  /** True inside a time-driven execution run without its document (see StrictSettings). */
  documentless(): boolean {
    return this.current?.kind === 'timeDriven' && this.strict.triggerDocument === 'none';
  }

  /** Kills the running execution if there is one, else the next one to start. */
  killAt(spec: KillSpec): void {
    if (this.current) {
      const x = this.current;
      x.kill = spec;
      const injected = spec.atSeconds === undefined ? Infinity : spec.atSeconds * 1000;
      x.deadlineMs = Math.min(x.deadlineMs, x.startMs + injected);
    } else {
      this.pendingKill = spec;
    }
  }

  /**
   * Runs `fn` as one execution. Never throws: the report says how it ended. Inside a running
   * execution, `fn` simply joins it.
   */
  run<T>(fn: () => T, options: ExecutionOptions = {}): ExecutionReport<T> {
    if (this.current) {
      const value = fn();
      return this.report(this.current, value, null);
    }
    const kind = options.kind ?? 'standard';
    const x = new Execution(
      kind,
      options.handler ?? '',
      options.authMode ?? 'FULL',
      this.clock,
      this.pendingKill,
      this.strict.executionLimits,
    );
    this.pendingKill = null;
    this.current = x;
    let value: T | undefined;
    let error: Error | null = null;
    try {
      value = fn();
    } catch (e) {
      // Errors thrown inside the add-on's vm are of the vm's realm: kept as they are.
      error =
        typeof (e as Error | null)?.message === 'string' ? (e as Error) : new Error(String(e));
    } finally {
      this.current = null;
    }
    if (x.stopped) {
      value = undefined;
      error = new ExecutionStopped(x.stopped);
    }
    const report = this.report(x, value, error);
    this.history.push(report);
    return report;
  }

  private report<T>(x: Execution, value: T | undefined, error: Error | null): ExecutionReport<T> {
    return {
      kind: x.kind,
      handler: x.handler,
      startedAt: new Date(x.startMs),
      seconds: (this.clock.nowMs() - x.startMs) / 1000,
      calls: x.calls,
      stopped: x.stopped,
      killed: x.stopped === 'timeout' || x.stopped === 'killed',
      value,
      error,
    };
  }

  /** Ends the running execution (ScriptApp.requireScopes' consent prompt, or a kill). */
  stop(reason: StopReason): never {
    if (this.current) this.current.stopped ??= reason;
    throw new ExecutionStopped(this.current?.stopped ?? reason);
  }

  /** Before a counted call: a stopped execution stays stopped; kills and scopes apply. */
  before(service: ServiceName, type: string, method: string, write: boolean): void {
    const x = this.current;
    if (x) {
      if (x.stopped) throw new ExecutionStopped(x.stopped);
      x.calls++;
      if (x.kill?.call === x.calls && !x.kill.landed) this.stop('killed');
      if (this.clock.nowMs() >= x.deadlineMs) this.stop(this.deadlineReason(x));
    }
    if (!this.strict.scopes) return;
    if (x && x.authMode !== 'FULL') this.checkAuthMode(x.authMode, service, type, method, write);
    this.scopes.check(service, type, method, write);
  }

  private checkAuthMode(
    mode: AuthModeName,
    service: ServiceName,
    type: string,
    method: string,
    write: boolean,
  ): void {
    const needed = requiredScopes(service, type, method, write);
    if (needed.length === 0) return;
    if (mode === 'LIMITED' && needed.some((s) => LIMITED_SCOPES.includes(s))) return;
    throw new Error(
      APPS_SCRIPT_ERRORS.permissionDenied(`${type}.${method}`, permissionList(needed)),
    );
  }

  /** After a counted call (landed or failed): its latency passes; a deadline passed kills. */
  after(service: ServiceName, type: string, method: string, write: boolean): void {
    if (this.strict.latency) this.clock.advance(this.latency.ms(service, type, method, write));
    const x = this.current;
    if (!x || x.stopped) return;
    if (x.kill?.call === x.calls && x.kill.landed === true) this.stop('killed');
    if (this.clock.nowMs() > x.deadlineMs) this.stop(this.deadlineReason(x));
  }

  private deadlineReason(x: Execution): StopReason {
    const limit = this.strict.executionLimits ? EXECUTION_LIMIT_MS[x.kind] : Infinity;
    return x.deadlineMs - x.startMs < limit ? 'killed' : 'timeout';
  }
}
