import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localClient } from '../core/client';
import { createCore } from '../core/core';
import { FAST_KDF, setUp, startTestCore, tempDir, type TestCore } from '../core/testing/test-core';
import { startTeamServer, type TeamServer } from '../web/team-server';
import { ensureSelfSigned } from '../web/tls-certificate';
import { CONNECTION_FILE, readChoice, SwitchableCore } from './connection';

let office: TestCore;
let server: TeamServer;
let address: string;
let fingerprint: string;
let configDir: string;
let localDir: string;
const cores: SwitchableCore[] = [];

beforeEach(async () => {
  office = await startTestCore();
  await setUp(office, ['hotline']);
  const rendererDir = tempDir('bruecke-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  const certificate = await ensureSelfSigned(office.dataDir);
  fingerprint = certificate.fingerprint;
  server = await startTeamServer({ core: office.raw, rendererDir, certificate, host: '127.0.0.1', port: 0, allowedHosts: ['127.0.0.1'] });
  address = `https://127.0.0.1:${server.port}`;
  configDir = tempDir('bruecke-config-');
  localDir = path.join(tempDir(), 'data');
});
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  await server.close();
  await office.cleanup();
});

function desktop(initial = readChoice(configDir) ?? { kind: 'local' as const }) {
  const core = new SwitchableCore({ configDir, initial, openLocal: () => createCore({ dataDir: localDir, kdf: FAST_KDF }) });
  cores.push(core);
  return localClient(core);
}

describe('the desktop app choosing where its data lives', () => {
  it('starts on a local folder, and connects to a team server only with the fingerprint it presents', async () => {
    const app = desktop();
    expect(await app.call('connection.status', {})).toEqual({ ok: true, value: { switchable: true, kind: 'local', address: null } });
    expect(await app.call('session.status', {})).toEqual({ ok: true, value: { state: 'needsSetup' } });

    expect(await app.call('connection.probe', { address })).toEqual({ ok: true, value: { fingerprint } });
    const wrong = fingerprint.replace(/^../, fingerprint.startsWith('AA') ? 'BB' : 'AA');
    expect(await app.call('connection.useServer', { address, fingerprint: wrong })).toMatchObject({ ok: false, error: { code: 'SERVER_CERTIFICATE_CHANGED' } });
    expect(fs.existsSync(path.join(configDir, CONNECTION_FILE))).toBe(false);
    expect(await app.call('connection.useServer', { address: 'http://127.0.0.1:1', fingerprint })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    expect(await app.call('connection.useServer', { address, fingerprint: fingerprint.toLowerCase() })).toEqual({ ok: true, value: { switchable: true, kind: 'server', address } });
    // The office's installation answers now: it is set up, so it asks for a log-in.
    expect(await app.call('session.status', {})).toEqual({ ok: true, value: { state: 'locked' } });

    // Next start: the saved choice connects straight to the server.
    const again = desktop();
    expect(await again.call('connection.status', {})).toMatchObject({ ok: true, value: { kind: 'server', address } });
    expect(await again.call('session.status', {})).toEqual({ ok: true, value: { state: 'locked' } });

    expect(await again.call('connection.useLocal', {})).toMatchObject({ ok: true, value: { kind: 'local' } });
    expect(await again.call('session.status', {})).toEqual({ ok: true, value: { state: 'needsSetup' } });
  });

  it('warns, never sends, when the server presents another certificate, and says when it is unreachable', async () => {
    const pinnedElsewhere = desktop({ kind: 'server', address, fingerprint: fingerprint.replace(/^../, fingerprint.startsWith('AA') ? 'BB' : 'AA') });
    expect(await pinnedElsewhere.call('session.status', {})).toMatchObject({ ok: false, error: { code: 'SERVER_CERTIFICATE_CHANGED' } });
    await server.close();
    const pinned = desktop({ kind: 'server', address, fingerprint });
    expect(await pinned.call('session.status', {})).toMatchObject({ ok: false, error: { code: 'SERVER_UNREACHABLE' } });
  });
});
