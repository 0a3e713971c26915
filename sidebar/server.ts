/**
 * A typed promise wrapper over google.script.run: `call('getSidebarState')` resolves with the
 * server's JSON result or rejects with its error, so no UI code touches the raw callback API.
 */
import type { ServerApi } from '../src/gas/api';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject);
    const fn = runner[name] as (...a: unknown[]) => void;
    fn.apply(runner, args);
  });
}
