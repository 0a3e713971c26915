/**
 * The local bridge on its own (no browser): the sidebar and its call runner on the one local
 * server (the preview mounts the same two routes). It answers only requests addressed to itself,
 * runs calls against the real dist/Code.js, and refuses what google.script.run could not carry.
 */
import http from 'http';
import { createAppsScript } from '@cadence/apps-script-fake';
import { startBridge, type Bridge } from '../../src/local/bridge/server';
import { assertBuilt, NOW } from './harness';

let bridge: Bridge;

beforeAll(async () => {
  assertBuilt();
  bridge = await startBridge({ env: createAppsScript({ now: NOW }), port: 0 });
});
afterAll(async () => {
  await bridge?.close();
});

function request(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; body: string }> {
  const url = new URL(bridge.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, method, path: pathname, headers },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const own = () => new URL(bridge.url).host;
const json = { 'Content-Type': 'application/json' };
const run = (name: string, args: unknown[] = []) => JSON.stringify({ name, args });

describe('local bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the sidebar with the google.script.run shim before the bundle', async () => {
    const res = await request('GET', '/', { Host: own() });
    expect(res.status).toBe(200);
    expect(res.body.indexOf('window.google.script')).toBeLessThan(res.body.indexOf('<main'));
  });

  it('rejects another Host (DNS rebinding) and another Origin (cross-site pages)', async () => {
    expect((await request('GET', '/', { Host: 'evil.example:80' })).status).toBe(403);
    const port = new URL(bridge.url).port;
    expect((await request('GET', '/', { Host: `evil.example:${port}` })).status).toBe(403);
    // The same guard as the preview's: the machine's own two names for the server.
    expect((await request('GET', '/', { Host: `localhost:${port}` })).status).toBe(200);
    const mixed = await request('GET', '/', {
      Host: `localhost:${port}`,
      Origin: `http://127.0.0.1:${port}`,
    });
    expect(mixed.status).toBe(403);
    const cross = await request(
      'POST',
      '/run',
      { Host: own(), Origin: 'https://evil.example', ...json },
      run('getSidebarState'),
    );
    expect(cross.status).toBe(403);
    const form = await request(
      'POST',
      '/run',
      { Host: own(), 'Content-Type': 'text/plain' },
      run('getSidebarState'),
    );
    expect(form.status).toBe(415);
    expect(bridge.calls).toHaveLength(0);
  });

  it('runs a call through the real Code.js and reports failures as google.script.run does', async () => {
    const ok = await request(
      'POST',
      '/run',
      { Host: own(), Origin: `http://${own()}`, ...json },
      run('getSidebarState'),
    );
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { version: expect.any(String) } });
    const missing = await request('POST', '/run', { Host: own(), ...json }, run('noSuchFunction'));
    expect(JSON.parse(missing.body)).toEqual({
      ok: false,
      error: 'Script function not found: noSuchFunction',
    });
    expect(bridge.calls.map((c) => c.name)).toEqual(['getSidebarState', 'noSuchFunction']);
  });
});
