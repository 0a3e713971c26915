/**
 * Runs the real compiled add-on (dist/Code.js) against an in-memory Apps Script, the way Google
 * runs it: every call is one execution of the whole script in a fresh global scope holding only
 * the services (env.runScript), so a global the add-on sets in one call is gone in the next, as on
 * Google. Tests, the CLI and the local preview all call the add-on through here, so they exercise
 * exactly what clasp pushes.
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
  /** Top-level functions Code.js declares (read from a scope of their own, never called). */
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
  // Compiled once; each execution evaluates it again in a scope of its own (env.runScript).
  const script = compiledScript(codeFile);
  const run = (name: string, args: readonly unknown[] = [], kind?: ExecutionKind) => {
    // A trigger's event object says which authorization mode Google ran it in.
    const mode = (args[0] as { authMode?: unknown } | undefined)?.authMode;
    return env.runScript(script, name, args, {
      kind: kind ?? (SIMPLE_TRIGGERS.has(name) ? 'simpleTrigger' : 'standard'),
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
      const scope = env.vmContext();
      script.runInContext(scope);
      return Object.keys(scope).filter(
        (k) => typeof (scope as Record<string, unknown>)[k] === 'function',
      );
    },
  };
}
