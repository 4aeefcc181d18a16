import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, loginAdmin, setUp, startTestCore, tempDir, type TestCore } from '../core/testing/test-core';
import { startBridge, type Bridge } from './bridge-server';

let t: TestCore;
let bridge: Bridge;
let base: string;

beforeEach(async () => {
  t = await startTestCore();
  const rendererDir = tempDir('bruecke-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Brücke</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  bridge = await startBridge({ core: t.core, rendererDir });
  base = `http://127.0.0.1:${bridge.port}`;
});
afterEach(async () => {
  await bridge.close();
  await t.cleanup();
});

function api(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}`, ...headers },
    body: JSON.stringify(body),
  });
}

describe('the browser-mode bridge', () => {
  it('listens on loopback and puts the token in the URL fragment only', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{40,}$/);
  });

  it('answers contract calls with the core’s results', async () => {
    const response = await api('session.status', {});
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.json()).toEqual({ ok: true, value: { state: 'needsSetup' } });
    expect(await (await api('users.drop', {})).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const none = await fetch(`${base}/api/session.status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect((await api('session.status', {}, { Authorization: `Bearer ${'x'.repeat(43)}` })).status).toBe(401);
    expect((await api('session.status', {}, { Authorization: bridge.token })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    // fetch() will not forge Host; a raw request can.
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: bridge.port, path: '/api/session.status', method: 'POST', headers: {
          Host: 'evil.example:80', 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
    expect((await api('session.status', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('session.status', {}, { Origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200);
  });

  it('serves the renderer without a token, and nothing outside it', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Brücke');
    expect((await fetch(`${base}/..%2f..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/keyring.json`)).status).toBe(404);
    expect((await fetch(`${base}/api/session.status`)).status).toBe(405);
  });

  it('keeps concurrent writes over HTTP apart', async () => {
    await setUp(t);
    await loginAdmin(t);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api('users.create', { username: `web.${i % 6}`, displayName: `W ${i}`, roles: ['caseworker'] }).then(
          (r) => r.json() as Promise<{ ok: boolean }>,
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(results.filter((r) => !r.ok)).toHaveLength(6);
    const list = (await (await api('users.list', {})).json()) as { ok: true; value: { username: string }[] };
    expect(list.value.map((u) => u.username)).toEqual([ADMIN.username, ...Array.from({ length: 6 }, (_, i) => `web.${i}`)]);
    const verify = (await (await api('maintenance.verify', {})).json()) as { value: { audit: { intact: boolean } } };
    expect(verify.value.audit.intact).toBe(true);
  });
});
