import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import type { Result } from '../contract';
import type { CallOutcome, ClientInfo } from '../core/core';
import { CSRF_PATH, HEADERS } from './http-api';

/** The server answered with a certificate other than the pinned one: possibly someone in between. */
export class FingerprintMismatch extends Error {
  constructor(
    readonly expected: string,
    readonly presented: string,
  ) {
    super('the team server presented a different certificate than the one this workstation trusts');
  }
}

const TRANSPORT_ERROR: Result<never> = { ok: false, error: { code: 'TRANSPORT_ERROR' } };

/**
 * Opens a TLS connection and hands it on only after the certificate's SHA-256 fingerprint has
 * matched the pinned one, so not a byte of a request (no session token) reaches an impostor.
 * Chain and host name are not what is trusted here: the pinned fingerprint is (trust on first use).
 */
function pinnedAgent(fingerprint: string): https.Agent {
  // Idle connections are dropped after 30 s, well before the server's 75 s, so a request never
  // goes out on a connection the server is just closing.
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false, timeout: 30_000 });
  const connect = (options: tls.ConnectionOptions, done: (error: Error | null, socket?: Duplex) => void): undefined => {
    const socket = tls.connect({ ...options, rejectUnauthorized: false });
    const fail = (error: Error) => {
      socket.destroy();
      done(error);
    };
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      socket.off('error', fail);
      const presented = socket.getPeerCertificate().fingerprint256 ?? '';
      if (presented.toUpperCase() !== fingerprint.toUpperCase()) return fail(new FingerprintMismatch(fingerprint, presented));
      done(null, socket);
    });
    return undefined;
  };
  (agent as unknown as { createConnection: typeof connect }).createConnection = connect;
  return agent;
}

interface Reply {
  status: number;
  body: string;
}

function request(agent: https.Agent, url: URL, method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, agent, headers: { Host: url.host, ...headers }, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Reads the fingerprint a server presents, for the user to compare before trusting it (first connect). */
export function presentedFingerprint(address: string): Promise<string> {
  const url = new URL(address);
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // SNI carries host names only (RFC 6066); an office server is often reached by its IP address.
    const servername = net.isIP(host) ? undefined : host;
    const socket = tls.connect({ host, port: Number(url.port || 443), servername, rejectUnauthorized: false });
    socket.once('secureConnect', () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256 ?? '';
      socket.end();
      resolve(fingerprint);
    });
    socket.once('error', reject);
    socket.setTimeout(15_000, () => socket.destroy(new Error('timeout')));
  });
}

export interface TeamConnection {
  call(channel: string, input: unknown, client: ClientInfo): Promise<CallOutcome>;
  close(): void;
}

/**
 * The desktop app as a team client: the same `call` as a local core, carried over HTTPS to the
 * team server with the certificate pinned. A changed certificate fails every call with
 * FingerprintMismatch (the shell shows a warning), never silently.
 */
export function connectTeamServer(address: string, fingerprint: string): TeamConnection {
  const base = new URL(address);
  const agent = pinnedAgent(fingerprint);
  let csrf: string | null = null;
  return {
    async call(channel, input, client) {
      if (!csrf) {
        const reply = await request(agent, new URL(CSRF_PATH, base), 'GET', {});
        csrf = (JSON.parse(reply.body) as { csrf: string }).csrf;
      }
      const headers: Record<string, string> = { 'Content-Type': 'application/json', [HEADERS.csrf]: csrf, Origin: base.origin };
      if (client.session) headers[HEADERS.session] = client.session;
      const reply = await request(agent, new URL(`/api/${encodeURIComponent(channel)}`, base), 'POST', headers, JSON.stringify(input ?? {}));
      if (reply.status !== 200) return { result: TRANSPORT_ERROR };
      return JSON.parse(reply.body) as CallOutcome;
    },
    close: () => agent.destroy(),
  };
}
