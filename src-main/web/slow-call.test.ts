import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localClient, type LocalClient } from '../core/client';
import { startCoreWorker, type HostedCore } from '../core/host/worker-core';
import { CoreGate } from '../core/testing/core-gate';
import { ADMIN, ORG, tempDir } from '../core/testing/test-core';
import { connectTeamServer, type TeamConnection } from './team-client';
import { startTeamServer, type TeamServer } from './team-server';
import { ensureSelfSigned } from './tls-certificate';

/**
 * The team server with the core in its worker thread, and one call held inside the core (the
 * test's own composition puts `reports.get` behind a gate that blocks the worker thread, as a long
 * synchronous query does). No timings: the assertions are about what completes and in which order.
 */
const GATED_ENTRY = new URL('../core/testing/gated-core-worker.ts', import.meta.url);
const YEAR_REPORT = { module: 'housing', period: { kind: 'year', from: '2026-01-01' } } as const;

let gate: CoreGate;
let core: HostedCore;
let server: TeamServer;
let address: string;
let fingerprint: string;
const connections: TeamConnection[] = [];

beforeEach(async () => {
  const dataDir = path.join(tempDir(), 'data');
  gate = new CoreGate();
  core = await startCoreWorker({ entry: GATED_ENTRY, dataDir, testData: gate.buffer });
  const rendererDir = tempDir('bruecke-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Brücke</title>');
  const certificate = await ensureSelfSigned(dataDir);
  fingerprint = certificate.fingerprint;
  server = await startTeamServer({ core, rendererDir, certificate, host: '127.0.0.1', port: 0, allowedHosts: ['127.0.0.1'] });
  address = `https://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  gate.release();
  for (const c of connections.splice(0)) c.close();
  await server.close();
  await core.close();
});

/** A workstation with a session of its own over the pinned HTTPS transport. */
function workstation(): LocalClient {
  const connection = connectTeamServer(address, fingerprint);
  connections.push(connection);
  return localClient(connection);
}

function getStatic(file: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = https.get(`${address}/${file}`, { rejectUnauthorized: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

describe('a slow call in the core', () => {
  it('holds neither the HTTPS server nor another session: files are served, and the queued call is answered after it', async () => {
    const anna = workstation();
    await anna.must('session.setup', { organisationName: ORG, modules: ['pool', 'hotline', 'housing'], admin: ADMIN, uiLanguage: 'de' });
    await anna.must('session.login', { username: ADMIN.username, password: ADMIN.password });
    const other = workstation();
    await other.must('session.login', { username: ADMIN.username, password: ADMIN.password });

    const finished: string[] = [];
    gate.holdNext();
    const slow = anna.call('reports.get', YEAR_REPORT).then((result) => {
      finished.push('slow report');
      return result;
    });
    await gate.whenHolding();

    // The core's thread is blocked; the server's thread is not.
    const page = await getStatic('index.html');
    expect(page).toEqual({ status: 200, body: '<!doctype html><title>Brücke</title>' });
    const light = other.call('session.status', {}).then((result) => {
      finished.push('other session');
      return result;
    });
    const again = await getStatic('index.html');
    expect(again.status).toBe(200);
    // Still held: the other session's call waits in the core's queue, not in the server.
    expect(finished).toEqual([]);

    gate.release();
    expect((await slow).ok).toBe(true);
    expect(await light).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(finished).toEqual(['slow report', 'other session']);
  });
});
