import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { booking, interpreter, requester } from '../core/testing/pool-fixtures';
import { createStaff, type Person } from '../core/testing/staff';
import { setUp, startTestCore, tempDir, type TestCore } from '../core/testing/test-core';
import { connectTeamServer, FingerprintMismatch, presentedFingerprint, type TeamConnection } from './team-client';
import { startTeamServer, type TeamServer } from './team-server';
import { ensureSelfSigned, readSelfSigned } from './tls-certificate';

const CARLA: Person = { username: 'carla', displayName: 'Carla', password: 'Koordination-Ems-1', roles: ['coordinator'] };
const DENIZ: Person = { username: 'deniz', displayName: 'Deniz (Vertretung)', password: 'Vertretung-Ems-22', roles: ['coordinator'] };

let t: TestCore;
let server: TeamServer;
let address: string;
let fingerprint: string;
const connections: TeamConnection[] = [];

beforeEach(async () => {
  t = await startTestCore();
  const rendererDir = tempDir('bruecke-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Brücke</title>');
  const certificate = await ensureSelfSigned(t.dataDir);
  fingerprint = certificate.fingerprint;
  server = await startTeamServer({ core: t.raw, rendererDir, certificate, host: '127.0.0.1', port: 0, allowedHosts: ['127.0.0.1'] });
  address = `https://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  for (const c of connections.splice(0)) c.close();
  await server.close();
  await t.cleanup();
});

/** A workstation: the desktop app's transport to the team server, with its own session. */
function workstation(pinned = fingerprint) {
  const connection = connectTeamServer(address, pinned);
  connections.push(connection);
  let session: string | null = null;
  return {
    async call(channel: string, input: unknown) {
      const outcome = await connection.call(channel, input, { session, address: 'ignored-the-server-sees-the-socket' });
      if (outcome.session !== undefined) session = outcome.session;
      return outcome.result as { ok: boolean; value?: never; error?: { code: string } };
    },
  };
}

describe('the team server', () => {
  it('keeps its generated certificate and tells its fingerprint, which the connection presents', async () => {
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(readSelfSigned(t.dataDir)?.fingerprint).toBe(fingerprint);
    expect((await ensureSelfSigned(t.dataDir)).fingerprint).toBe(fingerprint);
    expect(await presentedFingerprint(address)).toBe(fingerprint);
    expect((fs.statSync(path.join(t.dataDir, 'server-key.pem')).mode & 0o077) === 0).toBe(true);
  });

  it('speaks HTTPS only: a plain HTTP request gets no answer', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: '/csrf', timeout: 5_000 }, (res) => resolve(`status ${res.statusCode}`));
      req.on('error', (e) => resolve(`error ${(e as NodeJS.ErrnoException).code ?? e.message}`));
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.end();
    });
    expect(outcome).toMatch(/^error /);
  });

  it('refuses to send anything to a server whose certificate is not the pinned one', async () => {
    const wrongPin = fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00');
    await expect(workstation(wrongPin).call('session.status', {})).rejects.toBeInstanceOf(FingerprintMismatch);
  });

  it('refuses a foreign Origin, a foreign Host and a call without the CSRF token', async () => {
    const ws = workstation();
    expect(await ws.call('session.status', {})).toEqual({ ok: true, value: { state: 'needsSetup' } });
    const raw = (headers: Record<string, string>) =>
      fetchInsecure(`${address}/api/session.status`, { 'Content-Type': 'application/json', ...headers }, '{}');
    const csrf = JSON.parse((await fetchInsecure(`${address}/csrf`, {})).body).csrf as string;
    expect((await raw({ 'X-Bruecke-CSRF': csrf })).status).toBe(200);
    expect((await raw({})).status).toBe(403);
    expect((await raw({ 'X-Bruecke-CSRF': csrf, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await raw({ 'X-Bruecke-CSRF': csrf, Host: 'evil.example' })).status).toBe(403);
  });

  it('lets two colleagues on two workstations race to confirm the same interpreter: exactly one succeeds', async () => {
    await setUp(t, ['pool']);
    await createStaff(t, [CARLA, DENIZ]);
    const carla = workstation();
    const deniz = workstation();
    expect(await carla.call('session.login', { username: CARLA.username, password: CARLA.password })).toMatchObject({ ok: true });
    expect(await deniz.call('session.login', { username: DENIZ.username, password: DENIZ.password })).toMatchObject({ ok: true });
    const laila = (await carla.call('pool.interpreterSave', interpreter())).value as unknown as { id: number };
    await t.must('session.login', { username: CARLA.username, password: CARLA.password });
    const req = await requester(t);
    const first = ((await carla.call('pool.bookingCreate', booking(req, '2026-11-30T10:00'))).value as unknown as { ids: number[] }).ids[0]!;
    const second = ((await deniz.call('pool.bookingCreate', booking(req, '2026-11-30T10:30'))).value as unknown as { ids: number[] }).ids[0]!;
    await carla.call('pool.assignmentPropose', { id: first, interpreterId: laila.id });
    await deniz.call('pool.assignmentPropose', { id: second, interpreterId: laila.id });

    const results = await Promise.all([carla.call('pool.assignmentConfirm', { id: first }), deniz.call('pool.assignmentConfirm', { id: second })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => r.error?.code)).toEqual(['DOUBLE_BOOKING']);
  });
});

/** A request that does not check the certificate (what an attacker's script would send). */
function fetchInsecure(url: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return import('node:https').then(
    (https) =>
      new Promise((resolve, reject) => {
        const u = new URL(url);
        const req = https.request(u, { method: body === undefined ? 'GET' : 'POST', headers: { Host: u.host, ...headers }, rejectUnauthorized: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        });
        req.on('error', reject);
        req.end(body);
      }),
  );
}
