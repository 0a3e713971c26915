/**
 * The sidebar's call runner: each `google.script.run` call the shim POSTs to `/run` runs against
 * the REAL dist/Code.js in the in-memory Apps Script, a fresh execution per call, as Apps Script
 * runs each one in a fresh global scope. Mounted as a route by whichever local server serves the
 * sidebar (the preview, or the bridge's own sidebar-only table).
 */
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import * as entryPoints from '../../gas/entrypoints';
import { loadAddOn } from '../code-runtime';
import { HttpError, readJson, sendJson } from '../http/messages';
import type { Route } from '../http/serve';

export interface BridgeCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** What the shim receives: google.script.run's success or failure handler is called with it. */
export type RunAnswer = { ok: true; value: unknown } | { ok: false; error: string };

export interface CallRunner {
  /** Every call the page made, in order. */
  readonly calls: readonly BridgeCall[];
  /** Holds each answer back this long, to see busy states as on a slow connection. */
  setLatency(ms: number): void;
  /** `POST /run` with a JSON `{ name, args }` body. */
  readonly route: Route;
}

export interface CallRunnerOptions {
  readonly env: AppsScriptEnvironment;
  readonly codeFile: string;
  readonly latencyMs?: number;
  /** Told after each call ran, before its answer leaves (the preview redraws on it). */
  readonly afterCall?: () => void;
}

/**
 * What google.script.run may call: the add-on's declared entry points, nothing else. Looking a
 * name up on the script's global scope alone would also find Object's own properties
 * ("constructor", "toString"…) and run them.
 */
const CALLABLE: ReadonlySet<string> = new Set(
  Object.entries(entryPoints)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name),
);

/** google.script.run cannot carry Dates (or functions): fail loudly where Google would. */
function findIllegal(value: unknown, where: string): string | null {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return `${where} holds a Date; send 'YYYY-MM-DD' strings`;
  if (typeof value === 'function') return `${where} holds a function`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllegal(value[i], `${where}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findIllegal(v, `${where}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** The call a body asks for, or a 400: the shim always sends a name and an argument list. */
function readCall(body: unknown): BridgeCall {
  const { name, args } = (body ?? {}) as { name?: unknown; args?: unknown };
  if (typeof name !== 'string' || !Array.isArray(args)) throw new HttpError(400, 'Bad request');
  return { name, args };
}

/** One execution of one declared entry point. */
function execute(env: AppsScriptEnvironment, codeFile: string, call: BridgeCall): RunAnswer {
  // Google's own answer for a name the script does not declare.
  if (!CALLABLE.has(call.name))
    return { ok: false, error: `Script function not found: ${call.name}` };
  try {
    const value = loadAddOn(env, codeFile).call(call.name, ...call.args);
    const illegal = findIllegal(value, `the result of ${call.name}`);
    if (illegal) return { ok: false, error: illegal };
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function callRunner(options: CallRunnerOptions): CallRunner {
  const calls: BridgeCall[] = [];
  let latency = options.latencyMs ?? 0;
  return {
    calls,
    setLatency(ms) {
      latency = ms;
    },
    async route(req, res) {
      // readJson refuses any other content type: a plain cross-site form cannot post here.
      const call = readCall(await readJson(req));
      calls.push(call);
      const answer = execute(options.env, options.codeFile, call);
      options.afterCall?.();
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      sendJson(res, 200, answer);
    },
  };
}
