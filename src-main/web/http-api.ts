import crypto from 'node:crypto';
import type http from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy';
import type { CallOutcome, ClientInfo } from '../core/core';
import type { TestClockControl } from '../core/host/worker-core';
import { createLogger } from '../core/log';
import { serveStatic } from './static-files';

const log = createLogger('web');

export const API_PREFIX = '/api/';
/** Same-origin only (no CORS): the page reads its CSRF token here. */
export const CSRF_PATH = '/csrf';
export const TEST_CLOCK_PATH = '/__test/clock';
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Request headers of the HTTP transports (browser mode and the team server). */
export const HEADERS = {
  /** The session's bearer token, per tab; never a cookie, so a foreign page cannot make the browser send it. */
  session: 'x-bruecke-session',
  /** The server's CSRF token, read from /csrf by the page itself. */
  csrf: 'x-bruecke-csrf',
} as const;

/** The part of the core a transport needs: the one entry (a worker-hosted core, or one in-process in tests). */
export interface CoreCaller {
  call(channel: string, input: unknown, client: ClientInfo): Promise<CallOutcome>;
}

export interface ApiPolicy {
  core: CoreCaller;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** `local`: browser mode on this machine; `team`: the team server. The page learns it from /csrf. */
  mode: 'local' | 'team';
  /** Host header values accepted (host:port), against DNS rebinding. */
  allowedHosts: () => ReadonlySet<string>;
  /** Origin header values accepted; a request without Origin (same-origin GET, scripts) passes. */
  allowedOrigins: () => ReadonlySet<string>;
  /** Browser mode: the per-launch secret every API call must carry as `Authorization: Bearer …`. */
  launchToken?: string;
  /** Test mode only: lets end-to-end tests move the core's clock. Never set by a production build. */
  testClock?: TestClockControl;
}

/**
 * The one request handler of both HTTP transports. Static files need nothing and hold no data;
 * every API call needs an allowed Host and Origin, a JSON body, the CSRF token, in browser mode
 * the launch token, and — for anything but log-in — the session token. Nothing a client sends
 * can end the process: every failure is an HTTP status.
 */
export function createApiHandler(policy: ApiPolicy): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const csrfToken = crypto.randomBytes(32).toString('base64url');
  const expectedLaunch = policy.launchToken ? Buffer.from(`Bearer ${policy.launchToken}`) : null;

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    setSecurityHeaders(res);
    if (!policy.allowedHosts().has(String(req.headers.host ?? ''))) return reject(res, 403, 'host');
    const origin = req.headers.origin;
    if (origin !== undefined && !policy.allowedOrigins().has(origin)) return reject(res, 403, 'origin');
    const pathname = pathOf(req.url);
    if (pathname === null) return reject(res, 400, 'path');

    if (pathname === CSRF_PATH) {
      if (req.method !== 'GET') return reject(res, 405, 'method');
      return sendJson(res, 200, { csrf: csrfToken, mode: policy.mode });
    }
    if (pathname.startsWith(API_PREFIX) || pathname === TEST_CLOCK_PATH) {
      if (req.method !== 'POST') return reject(res, 405, 'method');
      if (expectedLaunch && !sameSecret(req.headers.authorization, expectedLaunch)) return reject(res, 401, 'token');
      if (!sameSecret(req.headers[HEADERS.csrf], Buffer.from(csrfToken))) return reject(res, 403, 'csrf');
      if (!isJsonContentType(req.headers['content-type'])) return reject(res, 415, 'type');
      let channel: string;
      try {
        channel = decodeURIComponent(pathname.slice(API_PREFIX.length));
      } catch {
        return reject(res, 400, 'path');
      }
      const session = singleHeader(req.headers[HEADERS.session]);
      const address = req.socket.remoteAddress ?? 'unknown';
      readJson(req, res)
        .then(async (body) => {
          if (body === undefined) return;
          if (pathname === TEST_CLOCK_PATH) return await handleTestClock(res, body, policy);
          const outcome = await policy.core.call(channel, body, { session, address });
          sendJson(res, 200, outcome);
        })
        .catch((error: unknown) => {
          log.error('request failed', error);
          if (!res.headersSent) reject(res, 500, 'internal');
        });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return reject(res, 405, 'method');
    serveStatic(policy.rendererDir, pathname, req, res);
  };

  return (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // A bug here must cost one request, never the server.
      log.error('request handler failed', error);
      if (!res.headersSent) reject(res, 500, 'internal');
      else res.destroy();
    }
  };
}

/** The path of a request target, or null when it is not a path (absolute-form, garbage). */
function pathOf(target: string | undefined): string | null {
  if (!target || !target.startsWith('/')) return null;
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return null;
  }
}

function singleHeader(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

function sameSecret(given: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const bytes = Buffer.from(given);
  return bytes.length === expected.length && crypto.timingSafeEqual(bytes, expected);
}

/** `application/json`, optionally with parameters (`; charset=utf-8`); nothing that merely starts like it. */
export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  return value.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

async function handleTestClock(res: http.ServerResponse, body: unknown, policy: ApiPolicy): Promise<void> {
  const clock = policy.testClock;
  if (!clock) return reject(res, 404, 'not found');
  const { shiftMs, setNow } = (body ?? {}) as { shiftMs?: unknown; setNow?: unknown };
  let now: Date;
  if (typeof shiftMs === 'number' && Number.isFinite(shiftMs)) now = await clock.shift(shiftMs);
  else if (typeof setNow === 'string' && !Number.isNaN(Date.parse(setNow))) now = await clock.setNow(new Date(setNow));
  else return reject(res, 400, 'clock');
  sendJson(res, 200, { result: { ok: true, value: { now: now.toISOString() } } });
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

export function reject(res: http.ServerResponse, status: number, why: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  if (status === 413) res.setHeader('Connection', 'close');
  res.end(`refused: ${why}`);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * The request's JSON body, or undefined after answering the request itself (413 for a body over
 * the limit, 400 for one that is not JSON).
 */
function readJson(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
  return new Promise((resolve, rejectBody) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(res, 413, 'too large');
      req.resume();
      return resolve(undefined);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        chunks.length = 0;
        reject(res, 413, 'too large');
        // Keep reading (and dropping) so the client sees the answer rather than a reset.
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(res, 400, 'body');
        resolve(undefined);
      }
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      rejectBody(error);
    });
  });
}
