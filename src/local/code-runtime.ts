/**
 * Runs the real compiled add-on (dist/Code.js) against an in-memory Apps Script, the way Google
 * runs it: one script evaluated in a global scope holding only the services. Tests, the CLI and
 * the local preview all call the add-on through here, so they exercise exactly what clasp pushes.
 */
import { readFileSync, statSync } from 'fs';
import path from 'path';
import vm from 'vm';
import {
  SIMPLE_TRIGGERS,
  type AppsScriptEnvironment,
  type ExecutionKind,
  type ExecutionReport,
  type TriggerSpec,
} from '@cadence/apps-script-fake';

/** Defined by the build in the bundled CLI (dist-cli/cadence.js) as the folder holding it. */
declare const CADENCE_BUNDLE_DIR: string | undefined;

/**
 * Where Code.js is: dist/ of the checkout, or — in the packaged CLI, which must run outside the
 * checkout — the copy the build puts beside dist-cli/cadence.js.
 */
export const DIST =
  typeof CADENCE_BUNDLE_DIR === 'string'
    ? CADENCE_BUNDLE_DIR
    : path.resolve(__dirname, '../../dist');

export interface LoadedAddOn {
  readonly context: vm.Context;
  /**
   * Calls a top-level function of Code.js by name, as google.script.run or a menu would: one
   * execution (onOpen, onEdit, onInstall, onSelectionChange under the simple triggers' 30 s).
   * Throws what Google would report: the function's error, or "Exceeded maximum execution time"
   * when the execution was killed, whatever the script caught.
   */
  call(name: string, ...args: unknown[]): unknown;
  /** The same as one execution of the given kind, reported instead of thrown. */
  run(name: string, args?: readonly unknown[], kind?: ExecutionKind): ExecutionReport;
  /** Runs a trigger's handler as a time-driven execution, with Google's event object. */
  fireTrigger(trigger: TriggerSpec | string): ExecutionReport;
  /**
   * Fires due one-off clock triggers (`after(ms)` / `at(date)`) in time order, advancing the
   * virtual clock to each; triggers they create are fired too, up to `max` executions.
   */
  runDueTriggers(options?: { max?: number }): ExecutionReport[];
  /** Top-level functions Code.js declares. */
  functionNames(): string[];
}

/** Compiled once per file version: keyed by path and modification time. */
let cached: { file: string; mtimeMs: number; script: vm.Script } | null = null;

function compiledScript(file: string): vm.Script {
  const { mtimeMs } = statSync(file);
  if (!cached || cached.file !== file || cached.mtimeMs !== mtimeMs) {
    cached = {
      file,
      mtimeMs,
      script: new vm.Script(readFileSync(file, 'utf8'), { filename: 'Code.js' }),
    };
  }
  return cached.script;
}

export function loadAddOn(
  env: AppsScriptEnvironment,
  codeFile = path.join(DIST, 'Code.js'),
): LoadedAddOn {
  const context = env.vmContext();
  compiledScript(codeFile).runInContext(context);
  const functionOf = (name: string): ((...a: unknown[]) => unknown) => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn as (...a: unknown[]) => unknown;
  };
  const run = (name: string, args: readonly unknown[] = [], kind?: ExecutionKind) => {
    const fn = functionOf(name);
    // A trigger's event object says which authorization mode Google ran it in.
    const mode = (args[0] as { authMode?: unknown } | undefined)?.authMode;
    return env.run(() => fn(...args), {
      kind: kind ?? (SIMPLE_TRIGGERS.has(name) ? 'simpleTrigger' : 'standard'),
      handler: name,
      authMode: mode === 'NONE' || mode === 'LIMITED' ? mode : 'FULL',
    });
  };
  const fireTrigger = (trigger: TriggerSpec | string): ExecutionReport => {
    const spec =
      typeof trigger === 'string' ? env.triggers.triggers.find((t) => t.id === trigger) : trigger;
    if (!spec) throw new Error(`No trigger ${String(trigger)}`);
    if (env.triggers.dueAt(spec) !== null) env.triggers.fired.add(spec.id);
    const now = env.clock.now();
    // The documented time-driven event object (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events).
    const event = {
      authMode: 'FULL',
      triggerUid: spec.id,
      year: now.getUTCFullYear(),
      month: now.getUTCMonth() + 1,
      'day-of-month': now.getUTCDate(),
      hour: now.getUTCHours(),
      minute: now.getUTCMinutes(),
      second: now.getUTCSeconds(),
      timezone: 'UTC',
    };
    return run(spec.handler, [event], 'timeDriven');
  };
  return {
    context,
    call(name, ...args) {
      const report = run(name, args);
      if (report.error !== null) throw report.error;
      return report.value;
    },
    run,
    fireTrigger,
    runDueTriggers(options = {}) {
      const reports: ExecutionReport[] = [];
      const max = options.max ?? 100;
      while (reports.length < max) {
        const due = env.triggers.triggers
          .filter((t) => !env.triggers.fired.has(t.id) && env.triggers.dueAt(t) !== null)
          .sort((a, b) => (env.triggers.dueAt(a) ?? 0) - (env.triggers.dueAt(b) ?? 0))[0];
        if (!due) break;
        const at = env.triggers.dueAt(due) ?? 0;
        if (at > env.clock.nowMs()) env.clock.set(new Date(at));
        reports.push(fireTrigger(due));
      }
      return reports;
    },
    functionNames() {
      return Object.keys(context).filter(
        (k) => typeof (context as Record<string, unknown>)[k] === 'function',
      );
    },
  };
}
