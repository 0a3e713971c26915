/**
 * A small local HTTP bridge: serves dist/Sidebar.html with a `google.script.run` shim, and runs
 * each call against the REAL dist/Code.js in the in-memory Apps Script, so a click in a browser
 * goes through the whole stack. Binds to 127.0.0.1 only and answers only requests addressed to
 * itself (Host and Origin checked): a page on another site cannot drive it.
 */
import { readFileSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import * as entryPoints from '../../gas/entrypoints';
import { DIST, loadAddOn } from '../code-runtime';
import { HttpError, readRaw, send } from '../preview/http';
import { SHIM_SOURCE } from './shim';

export interface BridgeOptions {
  readonly env: AppsScriptEnvironment;
  /** 0 = any free port. */
  readonly port?: number;
  readonly codeFile?: string;
  readonly sidebarFile?: string;
  /** Holds each answer back this long, to see busy states as on a slow connection. */
  readonly latencyMs?: number;
}

export interface BridgeCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

export interface Bridge {
  readonly url: string;
  /** Every call the page made, in order. */
  readonly calls: readonly BridgeCall[];
  setLatency(ms: number): void;
  close(): Promise<void>;
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

/** The HTML with the shim first in <head>, so it exists before the sidebar's script runs. */
export function sidebarWithShim(html: string): string {
  const tag = `<script>${SHIM_SOURCE}</script>`;
  return html.includes('<head>') ? html.replace('<head>', () => `<head>${tag}`) : tag + html;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const codeFile = options.codeFile ?? path.join(DIST, 'Code.js');
  const sidebarFile = options.sidebarFile ?? path.join(DIST, 'Sidebar.html');
  const calls: BridgeCall[] = [];
  let latency = options.latencyMs ?? 0;
  let origin = '';

  /** One execution per call, as Apps Script runs each google.script.run in a fresh global scope. */
  function execute(
    name: string,
    args: unknown[],
  ): { ok: true; value: unknown } | { ok: false; error: string } {
    // Google's own answer for a name the script does not declare.
    if (!CALLABLE.has(name)) return { ok: false, error: `Script function not found: ${name}` };
    try {
      const value = loadAddOn(options.env, codeFile).call(name, ...args);
      const illegal = findIllegal(value, `the result of ${name}`);
      if (illegal) return { ok: false, error: illegal };
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    const from = req.headers.origin;
    if (`http://${host}` !== origin || (from !== undefined && from !== origin)) {
      return send(res, 403, 'text/plain', 'Forbidden: this bridge answers only its own pages.');
    }
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/Sidebar.html')) {
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        sidebarWithShim(readFileSync(sidebarFile, 'utf8')),
      );
    }
    if (req.method === 'POST' && url.pathname === '/run') {
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'text/plain', 'Expected application/json');
      }
      let name: unknown;
      let args: unknown;
      try {
        ({ name, args } = JSON.parse((await readRaw(req)).toString('utf8')) as {
          name: unknown;
          args: unknown;
        });
      } catch (error) {
        if (error instanceof HttpError) return send(res, error.status, 'text/plain', error.message);
        return send(res, 400, 'text/plain', 'Bad request');
      }
      if (typeof name !== 'string' || !Array.isArray(args))
        return send(res, 400, 'text/plain', 'Bad request');
      calls.push({ name, args });
      const answer = execute(name, args);
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      return send(res, 200, 'application/json', JSON.stringify(answer));
    }
    return send(res, 404, 'text/plain', 'Not found');
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: Error) => send(res, 500, 'text/plain', error.message));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    calls,
    setLatency(ms) {
      latency = ms;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
