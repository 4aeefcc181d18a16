import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../db/open-database';
import { ADMIN, loginAdmin, setUp, startTestCore, type TestCore } from '../testing/test-core';

/**
 * A crash leaves acknowledged commits in the `-wal`; deleting that file loses them without a trace
 * in the main file. The audit anchor outside the database still counts them, so the next opening
 * finds the database behind its anchor, names it and writes nothing. With the `-wal` kept, the same
 * crash restarts clean with every acknowledged write.
 */
let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

const WRITER = path.join(import.meta.dirname, 'wal-writer.ts');

async function installation(): Promise<string> {
  const core = await startTestCore();
  await setUp(core);
  await core.cleanup();
  return core.dataDir;
}

/** Runs the writer, waits for its acknowledgements, kills it with SIGKILL; returns what it acknowledged. */
async function writeAndKill(dataDir: string, writes: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(writes)], {
    env: { ...process.env, BRUECKE_LOG: 'silent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(`${JSON.stringify({ username: ADMIN.username, password: ADMIN.password })}\n`);
  const acks: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acks.push(line.slice(4));
        if (line === 'done') resolve();
      }
    });
    void exited.then(() => reject(new Error(`wal-writer ended before it was killed: ${stderr}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return acks;
}

describe('a crash', () => {
  it('with its -wal deleted afterwards is named as a database behind its audit anchor, and nothing is written', async () => {
    const dataDir = await installation();
    const file = databasePath(dataDir);
    expect(await writeAndKill(dataDir, 3)).toHaveLength(3);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix);
    const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

    t = await startTestCore({ dataDir });
    const login = await t.call('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(login).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', details: { damage: { kind: 'behindAuditAnchor' } } } });
    expect(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
    expect(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0).toBe(false);
  });

  it('with its -wal kept restarts clean, every acknowledged write present', async () => {
    const dataDir = await installation();
    const acked = await writeAndKill(dataDir, 3);
    t = await startTestCore({ dataDir });
    await loginAdmin(t);
    const names = (await t.must('users.list', { includeInactive: true })).map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(acked));
    expect((await t.must('maintenance.verify', {})).audit).toMatchObject({ intact: true, anchor: 'matches' });
  });
});
