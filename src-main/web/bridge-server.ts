import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core';
import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy';
import { createLogger } from '../core/log';
import { serveStatic } from './static-files';

const log = createLogger('web');

const API_PREFIX = '/api/';
const TEST_CLOCK_PATH = '/__test/clock';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface BridgeOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  /** Test mode only: lets end-to-end tests move the core's clock. Never set by a production build. */
  testClock?: { shift(ms: number): void; setNow(to: Date): void };
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Browser mode's transport: the same contract as the Electron preload, over HTTP on 127.0.0.1.
 * Every API call needs the per-launch bearer token (handed to the page in the URL fragment, which
 * browsers never send); Host and Origin must name this loopback server (DNS rebinding); no CORS.
 * Static files need no token and hold no data.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = crypto.randomBytes(32).toString('base64url');
  const expectedToken = Buffer.from(`Bearer ${token}`);
  let port = 0;

  const server = http.createServer((req, res) => {
    setSecurityHeaders(res);
    if (!isLocalHost(req.headers.host, port)) return reject(res, 403, 'host');
    const origin = req.headers.origin;
    if (origin !== undefined && !isLocalOrigin(origin, port)) return reject(res, 403, 'origin');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith(API_PREFIX) || url.pathname === TEST_CLOCK_PATH) {
      if (req.method !== 'POST') return reject(res, 405, 'method');
      const auth = Buffer.from(req.headers.authorization ?? '');
      if (auth.length !== expectedToken.length || !crypto.timingSafeEqual(auth, expectedToken)) {
        return reject(res, 401, 'token');
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return reject(res, 415, 'type');
      readJson(req)
        .then(async (body) => {
          if (url.pathname === TEST_CLOCK_PATH) return handleTestClock(res, body, options);
          const channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
          const result = await options.core.call(channel, body);
          sendJson(res, 200, result);
        })
        .catch((error: unknown) => {
          const status = error instanceof BodyError ? error.status : 500;
          if (status === 500) log.error('request failed', error);
          reject(res, status, 'body');
        });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return reject(res, 405, 'method');
    serveStatic(options.rendererDir, url.pathname, req, res);
  });

  await new Promise<void>((resolve, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/#token=${token}`;
  return {
    url,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function handleTestClock(res: http.ServerResponse, body: unknown, options: BridgeOptions): void {
  const clock = options.testClock;
  if (!clock) return reject(res, 404, 'not found');
  const { shiftMs, setNow } = (body ?? {}) as { shiftMs?: unknown; setNow?: unknown };
  if (typeof shiftMs === 'number') clock.shift(shiftMs);
  else if (typeof setNow === 'string' && !Number.isNaN(Date.parse(setNow))) clock.setNow(new Date(setNow));
  else return reject(res, 400, 'clock');
  sendJson(res, 200, { ok: true, value: { now: options.core.clock.now().toISOString() } });
}

function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

export function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function isLocalOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function reject(res: http.ServerResponse, status: number, why: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`refused: ${why}`);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

class BodyError extends Error {
  constructor(readonly status: number) {
    super(`body error ${status}`);
  }
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        rejectBody(new BodyError(413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        rejectBody(new BodyError(400));
      }
    });
    req.on('error', rejectBody);
  });
}

export function rendererDirFrom(root: string): string {
  return path.join(root, 'out', 'renderer');
}

export function rendererIsBuilt(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}
