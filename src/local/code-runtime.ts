/**
 * Runs the real compiled add-on (dist/Code.js) against an in-memory Apps Script, the way Google
 * runs it: one script evaluated in a global scope holding only the services. Tests, the CLI and
 * the local preview all call the add-on through here, so they exercise exactly what clasp pushes.
 */
import { readFileSync, statSync } from 'fs';
import path from 'path';
import vm from 'vm';
import type { AppsScriptEnvironment } from './appsscript';

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
  /** Calls a top-level function of Code.js by name, as google.script.run or a menu would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Top-level functions Code.js declares. */
  functionNames(): string[];
}

let cached: { mtimeMs: number; script: vm.Script } | null = null;

function compiledScript(file: string): vm.Script {
  const { mtimeMs } = statSync(file);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    cached = {
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
  return {
    context,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    functionNames() {
      return Object.keys(context).filter(
        (k) => typeof (context as Record<string, unknown>)[k] === 'function',
      );
    },
  };
}
