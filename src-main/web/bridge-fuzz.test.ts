import fc from 'fast-check';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUp, startTestCore, tempDir, type TestCore } from '../core/testing/test-core';
import { startBridge, type Bridge } from './bridge-server';
import { HEADERS } from './http-api';

/**
 * The browser-mode bridge under fuzzed requests written straight onto the socket (so nothing a
 * client library would refuse is filtered out): hostile paths (broken percent-escapes, traversal,
 * control bytes), methods, Host/Origin/Content-Type/Authorization headers and bodies. Every request
 * gets an HTTP answer (or Node's own refusal of a malformed one) and never a 500 — and the server is
 * still there at the end, answering a real call.
 */
let t: TestCore;
let bridge: Bridge;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  process.on('uncaughtException', onUncaught);
  t = await startTestCore();
  await setUp(t, ['pool']);
  const rendererDir = tempDir('bruecke-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Brücke</title>');
  bridge = await startBridge({ core: t.raw, rendererDir });
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  await bridge?.close();
  await t?.cleanup();
});

/** Sends bytes as they are; resolves with the status code, or 0 when the server closed without one. */
function send(bytes: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(bridge.port, '127.0.0.1');
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n')) socket.destroy();
    });
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)));
    socket.on('error', () => undefined);
    socket.end(bytes);
  });
}

const segment = fc.oneof(
  fc.constantFrom('%ff', '%zz', '%', '%c0', '%2e%2e', '..', 'assets', 'api', 'csrf', 'index.html', '%00', '%2f', 'session.login', 'pool.requesterSave', '\u00ff', ';', '?a=%ff', '#x'),
  fc.string({ maxLength: 8 }).map((s) => encodeURIComponent(s)),
);
const requestPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`);
const header = fc.oneof(
  fc.constant(''),
  fc.constantFrom('127.0.0.1', 'evil.example', 'localhost:1', 'application/json', 'application/jsonx', 'text/plain', 'Bearer x', 'Bearer ', 'null', '%ff', 'x'.repeat(3000)),
);

describe('the browser-mode bridge under fuzzed requests', () => {
  it('answers every request and keeps running', { timeout: 600_000 }, async () => {
    const statuses = new Map<number, number>();
    const runs = Number(process.env.BRUECKE_FUZZ_RUNS ?? 40) * 50;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'OPTIONS', 'HEAD', 'DELETE', 'TRACE', 'GE T', 'POST'),
        requestPath,
        // Mostly right where it matters, so requests get past the outer checks to the inner ones.
        fc.record({
          host: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: header }),
          origin: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: header }),
          type: fc.oneof({ weight: 3, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: header }),
          auth: fc.oneof({ weight: 3, arbitrary: fc.constant('token') }, { weight: 1, arbitrary: header }),
          csrf: header,
        }),
        fc.oneof(fc.constant(''), fc.json({ maxDepth: 2 }), fc.string({ maxLength: 40 }), fc.constant('{"__proto__":{"polluted":1}}')),
        async (method, pathname, h, body) => {
          const host = h.host || `127.0.0.1:${bridge.port}`;
          const lines = [`${method} ${pathname} HTTP/1.1`, `Host: ${host}`, 'Connection: close'];
          if (h.origin) lines.push(`Origin: ${h.origin}`);
          if (h.type) lines.push(`Content-Type: ${h.type}`);
          if (h.auth) lines.push(`Authorization: ${h.auth === 'token' ? `Bearer ${bridge.token}` : h.auth}`);
          if (h.csrf) lines.push(`${HEADERS.csrf}: ${h.csrf}`);
          const payload = Buffer.from(body, 'utf8');
          lines.push(`Content-Length: ${payload.length}`);
          const status = await send(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]));
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(status === 0 || (status >= 200 && status < 500)).toBe(true);
        },
      ),
      { numRuns: runs, seed: Number(process.env.BRUECKE_FUZZ_SEED ?? 20261206) },
    );
    console.log(`[bridge fuzz] ${runs} requests; answers: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`);
    expect(uncaught).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Still there, still itself.
    const status = await send(Buffer.from(`GET /csrf HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nConnection: close\r\n\r\n`, 'latin1'));
    expect(status).toBe(200);
  });
});
