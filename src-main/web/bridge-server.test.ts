import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, setUp, startTestCore, tempDir, type TestCore } from '../core/testing/test-core';
import { startBridge, type Bridge } from './bridge-server';
import { HEADERS } from './http-api';

let t: TestCore;
let bridge: Bridge;
let base: string;
let csrf: string;

beforeEach(async () => {
  t = await startTestCore();
  const rendererDir = tempDir('bruecke-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Brücke</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  bridge = await startBridge({ core: t.raw, rendererDir });
  base = `http://127.0.0.1:${bridge.port}`;
  csrf = ((await (await fetch(`${base}/csrf`)).json()) as { csrf: string }).csrf;
});
afterEach(async () => {
  await bridge.close();
  await t.cleanup();
});

interface Envelope {
  result: { ok: boolean; value?: unknown; error?: { code: string } };
  session?: string | null;
}

function api(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}`, [HEADERS.csrf]: csrf, ...headers },
    body: JSON.stringify(body),
  });
}

/** One browser tab: keeps the session token the server hands it, sends it with every call. */
function tab() {
  let session: string | null = null;
  return {
    async call(channel: string, body: unknown): Promise<Envelope['result']> {
      const envelope = (await (await api(channel, body, session ? { [HEADERS.session]: session } : {})).json()) as Envelope;
      if (envelope.session !== undefined) session = envelope.session;
      return envelope.result;
    },
  };
}

/** A raw request, for what fetch() will not send (a forged Host, broken paths). */
function raw(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(options.body);
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
    expect(await response.json()).toEqual({ result: { ok: true, value: { state: 'needsSetup' } } });
    expect(await (await api('users.drop', {})).json()).toMatchObject({ result: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } } });
  });

  it('refuses calls without the launch token or with a wrong one, and without the CSRF token', async () => {
    const none = await fetch(`${base}/api/session.status`, { method: 'POST', headers: { 'Content-Type': 'application/json', [HEADERS.csrf]: csrf }, body: '{}' });
    expect(none.status).toBe(401);
    expect((await api('session.status', {}, { Authorization: `Bearer ${'x'.repeat(43)}` })).status).toBe(401);
    expect((await api('session.status', {}, { Authorization: bridge.token })).status).toBe(401);
    expect((await api('session.status', {}, { [HEADERS.csrf]: '' })).status).toBe(403);
    expect((await api('session.status', {}, { [HEADERS.csrf]: 'x'.repeat(43) })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const status = await raw({
      path: '/api/session.status',
      method: 'POST',
      headers: { Host: 'evil.example:80', 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}`, [HEADERS.csrf]: csrf },
      body: '{}',
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

  it('survives broken paths, content types and bodies, answering each with a status', async () => {
    const host = `127.0.0.1:${bridge.port}`;
    const auth = { Host: host, Authorization: `Bearer ${bridge.token}`, [HEADERS.csrf]: csrf };
    for (const p of ['/%ff', '/%zz', '/%', '/assets/%c0', '/%00', '/index.html%00.js']) expect(await raw({ path: p, headers: { Host: host } }), p).toBe(404);
    expect(await raw({ path: '/api/%zz', method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{}' })).toBe(400);
    expect(await raw({ path: '/api/session.status', method: 'POST', headers: { ...auth, 'Content-Type': 'application/jsonx' }, body: '{}' })).toBe(415);
    expect(await raw({ path: '/api/session.status', method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"a":' })).toBe(400);
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    expect(await raw({ path: '/api/session.status', method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: big })).toBe(413);
    // Still serving.
    expect((await api('session.status', {})).status).toBe(200);
  });

  it('gives every tab its own session: each acts as itself, a wrong password leaves the other signed in', async () => {
    await setUp(t);
    await t.must('session.login', { username: ADMIN.username, password: ADMIN.password });
    const { oneTimePassword } = await t.must('users.create', { username: 'kai', displayName: 'Kai', roles: ['admin'] });
    const a = tab();
    const b = tab();
    expect(await a.call('session.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: true });
    // A tab opened from the same address starts signed out.
    expect(await b.call('session.status', {})).toEqual({ ok: true, value: { state: 'locked' } });
    expect(await b.call('session.login', { username: 'kai', password: oneTimePassword })).toMatchObject({ ok: true });
    expect(await b.call('session.login', { username: ADMIN.username, password: 'wrong password!' })).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    expect(await a.call('session.status', {})).toMatchObject({ ok: true, value: { state: 'unlocked', user: { username: ADMIN.username } } });
    expect(await b.call('session.status', {})).toMatchObject({ ok: true, value: { state: 'unlocked', user: { username: 'kai' } } });
  });

  it('keeps concurrent writes over HTTP apart', async () => {
    await setUp(t);
    const admin = tab();
    await admin.call('session.login', { username: ADMIN.username, password: ADMIN.password });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => admin.call('users.create', { username: `web.${i % 6}`, displayName: `W ${i}`, roles: ['caseworker'] })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(results.filter((r) => !r.ok)).toHaveLength(6);
    const list = (await admin.call('users.list', {})) as { value: { username: string }[] };
    expect(list.value.map((u) => u.username)).toEqual([ADMIN.username, ...Array.from({ length: 6 }, (_, i) => `web.${i}`)]);
    const verify = (await admin.call('maintenance.verify', {})) as { value: { audit: { intact: boolean } } };
    expect(verify.value.audit.intact).toBe(true);
  });
});
