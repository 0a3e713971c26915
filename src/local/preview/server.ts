/**
 * The local preview server: the workbook as a spreadsheet-like page, the real sidebar beside it
 * and the add-on menu above it, every click running the real dist/Code.js against ONE in-memory
 * Apps Script. A development tool, not a product server: it binds to 127.0.0.1 and answers only
 * requests addressed to itself (Host) from its own pages (Origin).
 */
import { readFileSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import type { AppsScriptEnvironment } from '@cadence/apps-script-fake';
import { sidebarWithShim, startBridge } from '../bridge/server';
import { DIST, loadAddOn } from '../code-runtime';
import { workbookBuffer } from '../files/workbook-out';
import { EditError, readCellEdit, writeCell } from './cell-edit';
import { HttpError, isOwnRequest, readJson, readRaw, send, sendJson } from './http';
import { runMenuItem, UnknownMenuItem } from './menu-action';
import { buildPageAssets } from './page-assets';
import { sheetView } from './sheet-view';
import { previewState } from './state';

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

function stringField(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | null)?.[key];
  if (typeof v !== 'string') throw new HttpError(400, `Expected a "${key}" string`);
  return v;
}

/** Asks the sidebar bridge to run one google.script.run call, as the bridge's own page would. */
function forwardRun(bridgePort: number, body: Buffer): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridgePort,
        path: '/run',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { env } = options;
  const codeFile = options.codeFile ?? path.join(DIST, 'Code.js');
  const sidebarFile = options.sidebarFile ?? path.join(DIST, 'Sidebar.html');
  const file = options.file ?? '';
  const assets = await buildPageAssets(options.lang ?? 'en');
  // The sidebar's google.script.run goes through the bridge (same env, same Code.js), behind
  // this server's /run so the page and its iframe share one origin.
  const bridge = await startBridge({ env, port: 0, codeFile, sidebarFile });
  const bridgePort = Number(new URL(bridge.url).port);
  let version = 1;
  let origin = '';
  /** The two names a browser on this machine may use for the server. */
  let origins: string[] = [];

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isOwnRequest(req, origins))
      return send(res, 403, 'text/plain', 'Forbidden: the preview answers only its own pages.');
    const url = new URL(req.url ?? '/', origin);
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', assets.html, {
          'Content-Security-Policy': PAGE_CSP,
        });
      case 'GET /app.js':
        return send(res, 200, 'text/javascript; charset=utf-8', assets.js);
      case 'GET /app.css':
        return send(res, 200, 'text/css; charset=utf-8', assets.css);
      case 'GET /sidebar':
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          sidebarWithShim(readFileSync(sidebarFile, 'utf8')),
          { 'Content-Security-Policy': SIDEBAR_CSP },
        );
      case 'POST /run': {
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          throw new HttpError(415, 'Expected application/json');
        const answer = await forwardRun(bridgePort, await readRaw(req));
        version++;
        return send(res, answer.status, 'application/json', answer.body);
      }
      case 'GET /api/version':
        return sendJson(res, 200, { version });
      case 'GET /api/state':
        return sendJson(res, 200, previewState(env, version, file));
      case 'GET /api/sheet': {
        const name = url.searchParams.get('name') ?? '';
        if (!env.spreadsheet.getSheetByName(name)) throw new HttpError(404, 'No such sheet');
        return sendJson(res, 200, sheetView(env, name));
      }
      case 'POST /api/activate': {
        const sheet = env.spreadsheet.getSheetByName(stringField(await readJson(req), 'sheet'));
        if (!sheet) throw new HttpError(404, 'No such sheet');
        env.spreadsheet.setActiveSheet(sheet);
        version++;
        return sendJson(res, 200, { ok: true, message: '' });
      }
      case 'POST /api/cell': {
        try {
          writeCell(env, readCellEdit(await readJson(req)));
        } catch (error) {
          if (error instanceof EditError)
            return sendJson(res, 200, { ok: false, message: error.message });
          throw error;
        }
        version++;
        return sendJson(res, 200, { ok: true, message: '' });
      }
      case 'POST /api/menu': {
        const body = await readJson(req);
        try {
          const answer = runMenuItem(env, stringField(body, 'functionName'), codeFile);
          version++;
          return sendJson(res, 200, answer);
        } catch (error) {
          if (error instanceof UnknownMenuItem) throw new HttpError(400, error.message);
          throw error;
        }
      }
      case 'GET /download/workbook.xlsx': {
        const name = `${path.basename(file || 'workbook', path.extname(file)) || 'workbook'}-preview.xlsx`;
        return send(
          res,
          200,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          await workbookBuffer(env),
          { 'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"` },
        );
      }
      case 'GET /download/calendar.ics': {
        const ics = loadAddOn(env, codeFile).call('exportIcs') as {
          filename: string;
          content: string;
        };
        const filename = String(ics.filename || 'cadence.ics').replace(/[^\w.-]/g, '_');
        return send(res, 200, 'text/calendar; charset=utf-8', ics.content, {
          'Content-Disposition': `attachment; filename="${filename}"`,
        });
      }
      default:
        return send(res, 404, 'text/plain', 'Not found');
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.end();
      if (error instanceof HttpError) return send(res, error.status, 'text/plain', error.message);
      send(res, 500, 'text/plain', error instanceof Error ? error.message : String(error));
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await bridge.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  origins = [origin, `http://localhost:${port}`];
  return {
    url: `${origin}/`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
      await bridge.close();
    },
  };
}
