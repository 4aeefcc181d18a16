import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localClient } from '../client';
import { CoreGate } from '../testing/core-gate';
import { ADMIN, ORG, tempDir } from '../testing/test-core';
import { startCoreWorker, type HostedCore } from './worker-core';

/** The test's own worker entry: the shipped composition with `reports.get` behind a gate. */
const GATED_ENTRY = new URL('../testing/gated-core-worker.ts', import.meta.url);

const YEAR_REPORT = { module: 'housing', period: { kind: 'year', from: '2026-01-01' } } as const;

const started: HostedCore[] = [];
afterEach(async () => {
  for (const core of started.splice(0)) await core.close();
});

async function start(dataDir: string, gate = new CoreGate()): Promise<HostedCore> {
  const core = await startCoreWorker({ entry: GATED_ENTRY, dataDir, testData: gate.buffer });
  started.push(core);
  return core;
}

async function setUpAndSignIn(core: HostedCore) {
  const admin = localClient(core);
  await admin.must('session.setup', { organisationName: ORG, modules: ['pool', 'hotline', 'housing'], admin: ADMIN, uiLanguage: 'de' });
  await admin.must('session.login', { username: ADMIN.username, password: ADMIN.password });
  return admin;
}

describe('the core in a worker thread', () => {
  it('answers calls, and closing flushes, ends the worker and releases the data directory', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const core = await start(dataDir);
    const admin = await setUpAndSignIn(core);
    expect((await admin.must('session.status', {})).state).toBe('unlocked');
    expect(fs.existsSync(path.join(dataDir, 'bruecke.lock'))).toBe(true);

    await core.close();
    expect(fs.existsSync(path.join(dataDir, 'bruecke.lock'))).toBe(false);
    expect((await admin.call('session.status', {})).ok).toBe(false);

    // What was written is there for the next start in this same process.
    const again = localClient(await start(dataDir));
    expect((await again.must('session.status', {})).state).toBe('locked');
    await again.must('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect((await again.must('session.status', {})).state).toBe('unlocked');
  });

  it('reports a crash of the worker as CORE_STOPPED to every call, and leaves a database the next start opens', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const gate = new CoreGate();
    const core = await start(dataDir, gate);
    const admin = await setUpAndSignIn(core);
    // A write that committed before the crash.
    await admin.must('settings.updateMine', { autoLockMinutes: 7 });

    gate.crashNext();
    const crashed = await admin.call('reports.get', YEAR_REPORT);
    expect(crashed).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    expect(core.stopped).toBe(true);
    expect(await admin.call('session.status', {})).toMatchObject({ ok: false, error: { code: 'CORE_STOPPED' } });
    await core.close(); // nothing left to close; must not hang
    expect(fs.existsSync(path.join(dataDir, 'bruecke.lock'))).toBe(false);

    const again = localClient(await start(dataDir));
    await again.must('session.login', { username: ADMIN.username, password: ADMIN.password });
    const status = await again.must('session.status', {});
    expect(status.state === 'unlocked' && status.user.autoLockMinutes).toBe(7);
    const verified = await again.must('maintenance.verify', {});
    expect(verified.database.ok).toBe(true);
    expect(verified.audit.intact).toBe(true);
  });
});
