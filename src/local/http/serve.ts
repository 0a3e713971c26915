/**
 * The one local HTTP server, shared by the preview (`npm start`) and the sidebar's bridge: a
 * route table on 127.0.0.1 behind one same-origin guard. A development tool, not a product
 * server: it answers only requests addressed to itself by name (Host: a DNS-rebinding page sends
 * its own name) and, when a browser says where it comes from, from its own pages (Origin).
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { HttpError, send } from './messages';

/** Answers one request; `url` is parsed against the server's own origin. */
export type Route = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
) => Promise<void> | void;

/** `"GET /path"` → the route that answers it. */
export type Routes = Readonly<Record<string, Route>>;

export interface Listening {
  /** `http://127.0.0.1:port` */
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The two names a browser on this machine may use for the server. */
function ownOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Only requests addressed to this server by name and, when a browser says so, from its pages. */
export function isOwnRequest(req: http.IncomingMessage, origins: readonly string[]): boolean {
  const own = `http://${req.headers.host ?? ''}`;
  const from = req.headers.origin;
  return origins.includes(own) && (from === undefined || from === own);
}

/**
 * Serves `routes` on 127.0.0.1 (`port` 0 = any free one). A route's HttpError answers with its
 * status and sentence; any other failure is a 500 with its message, never a stack trace.
 */
export async function serveRoutes(routes: Routes, port: number): Promise<Listening> {
  // A Map, so that a path such as "constructor" never finds Object's own properties.
  const table = new Map(Object.entries(routes));
  let origins: readonly string[] = [];

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isOwnRequest(req, origins))
      return send(res, 403, 'text/plain', 'Forbidden: this server answers only its own pages.');
    const url = new URL(req.url ?? '/', origins[0]);
    const route = table.get(`${req.method ?? 'GET'} ${url.pathname}`);
    if (!route) return send(res, 404, 'text/plain', 'Not found');
    await route(req, res, url);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.end();
      if (error instanceof HttpError) return send(res, error.status, 'text/plain', error.message);
      send(res, 500, 'text/plain', error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  origins = ownOrigins(bound);
  return {
    origin: origins[0],
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
