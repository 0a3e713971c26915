/**
 * The local preview server: the workbook as a spreadsheet-like page, the real sidebar beside it
 * and the add-on menu above it, every click running the real dist/Code.js against ONE in-memory
 * Apps Script. One route table on the one local server (src/local/http): the page, the sidebar
 * with the bridge's call runner mounted at `/run` (so the page and its iframe share one origin),
 * the page's API and its downloads.
 */
import path from 'path';
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { callRunner } from '../bridge/runner';
import { sidebarRoute } from '../bridge/server';
import { DIST } from '../code-runtime';
import { send } from '../http/messages';
import { serveRoutes, type Routes } from '../http/serve';
import { actionRoutes, versionCounter, viewRoutes, type ApiContext } from './api-routes';
import { downloadRoutes } from './download-routes';
import { buildPageAssets, type PageAssets } from './page-assets';

export interface PreviewOptions {
  readonly env: AppsScriptEnvironment;
  /** 0 = any free port. */
  readonly port?: number;
  /** What the page says it shows (the workbook's file name). */
  readonly file?: string;
  readonly lang?: 'en' | 'fr';
  readonly codeFile?: string;
  readonly sidebarFile?: string;
}

export interface Preview {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const PAGE_CSP =
  "default-src 'self'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
/** The sidebar inlines its script and styles (Apps Script serves it that way). */
const SIDEBAR_CSP =
  "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** The page shell, its script and its styles. */
function pageRoutes(assets: PageAssets): Routes {
  return {
    'GET /': (_req, res) =>
      send(res, 200, 'text/html; charset=utf-8', assets.html, {
        'Content-Security-Policy': PAGE_CSP,
      }),
    'GET /app.js': (_req, res) => send(res, 200, 'text/javascript; charset=utf-8', assets.js),
    'GET /app.css': (_req, res) => send(res, 200, 'text/css; charset=utf-8', assets.css),
  };
}

/** The real sidebar, its google.script.run calls run by the bridge's runner on the same env. */
function sidebarRoutes(context: ApiContext, sidebarFile: string): Routes {
  const runner = callRunner({
    env: context.env,
    codeFile: context.codeFile,
    afterCall: () => context.version.bump(),
  });
  return {
    'GET /sidebar': sidebarRoute(sidebarFile, { 'Content-Security-Policy': SIDEBAR_CSP }),
    'POST /run': runner.route,
  };
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const context: ApiContext = {
    env: options.env,
    version: versionCounter(),
    file: options.file ?? '',
    codeFile: options.codeFile ?? path.join(DIST, 'Code.js'),
  };
  const routes: Routes = {
    ...pageRoutes(await buildPageAssets(options.lang ?? 'en')),
    ...sidebarRoutes(context, options.sidebarFile ?? path.join(DIST, 'Sidebar.html')),
    ...viewRoutes(context),
    ...actionRoutes(context),
    ...downloadRoutes(context.env, context.file, context.codeFile),
  };
  const server = await serveRoutes(routes, options.port ?? 0);
  return { url: `${server.origin}/`, port: server.port, close: () => server.close() };
}
