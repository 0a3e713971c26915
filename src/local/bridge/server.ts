/**
 * The sidebar's local bridge: dist/Sidebar.html with a `google.script.run` shim, its calls run by
 * the call runner. The preview mounts these two routes in its own table; `startBridge` serves
 * them alone (the sidebar at 300 px, for the browser tests), on the same one local server.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { DIST } from '../code-runtime';
import { send } from '../http/messages';
import { serveRoutes, type Route } from '../http/serve';
import { callRunner, type BridgeCall } from './runner';
import { SHIM_SOURCE } from './shim';

export type { BridgeCall } from './runner';

export interface BridgeOptions {
  readonly env: AppsScriptEnvironment;
  /** 0 = any free port. */
  readonly port?: number;
  readonly codeFile?: string;
  readonly sidebarFile?: string;
  /** Holds each answer back this long, to see busy states as on a slow connection. */
  readonly latencyMs?: number;
}

export interface Bridge {
  readonly url: string;
  /** Every call the page made, in order. */
  readonly calls: readonly BridgeCall[];
  setLatency(ms: number): void;
  close(): Promise<void>;
}

/** The HTML with the shim first in <head>, so it exists before the sidebar's script runs. */
export function sidebarWithShim(html: string): string {
  const tag = `<script>${SHIM_SOURCE}</script>`;
  return html.includes('<head>') ? html.replace('<head>', () => `<head>${tag}`) : tag + html;
}

/** The sidebar page, read afresh on each request so a rebuilt dist/ shows at once. */
export function sidebarRoute(sidebarFile: string, headers: Record<string, string> = {}): Route {
  return (_req, res) =>
    send(
      res,
      200,
      'text/html; charset=utf-8',
      sidebarWithShim(readFileSync(sidebarFile, 'utf8')),
      headers,
    );
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const codeFile = options.codeFile ?? path.join(DIST, 'Code.js');
  const sidebar = sidebarRoute(options.sidebarFile ?? path.join(DIST, 'Sidebar.html'));
  const runner = callRunner({ env: options.env, codeFile, latencyMs: options.latencyMs });
  const server = await serveRoutes(
    { 'GET /': sidebar, 'GET /Sidebar.html': sidebar, 'POST /run': runner.route },
    options.port ?? 0,
  );
  return {
    url: `${server.origin}/`,
    calls: runner.calls,
    setLatency: (ms) => runner.setLatency(ms),
    close: () => server.close(),
  };
}
