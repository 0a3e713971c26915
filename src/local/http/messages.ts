/** The local server's answers and request bodies: one `send`, one body reader, one JSON reader. */
import type http from 'http';

const MAX_BODY = 1_000_000;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The page may be framed only by itself: a foreign site cannot overlay it to steal clicks. */
const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'no-referrer',
};

export function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  // A refused body is not read to its end: close the connection once answered.
  const close: Record<string, string> = status === 413 ? { Connection: 'close' } : {};
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, ...close, ...headers });
  res.end(body);
}

export function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * The body, up to MAX_BODY bytes. Past that the answer is 413: the rest of the body is read and
 * dropped rather than the socket destroyed, since a client still sending sees a destroyed socket
 * as a connection reset and never reads the answer.
 */
export function readRaw(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        chunks.length = 0;
        reject(new HttpError(413, 'Request too large'));
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A JSON body, and only JSON: a cross-site HTML form cannot send application/json. */
export async function readJson(req: http.IncomingMessage): Promise<unknown> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new HttpError(415, 'Expected application/json');
  const raw = await readRaw(req);
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'Bad JSON');
  }
}
