import crypto from 'node:crypto';
import { openWithKey } from '../testing/test-database';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../db/open-database';
import * as kr from '../keys/keyring';
import { ADMIN, loginAdmin, setUp, startTestCore, tempDir, type TestCore } from '../testing/test-core';
import { defaultDataDir, resolveDataDir } from './resolve-data-dir';

const open: TestCore[] = [];
async function core(dataDir?: string): Promise<TestCore> {
  const t = await startTestCore(dataDir ? { dataDir } : {});
  open.push(t);
  return t;
}
afterEach(async () => {
  for (const t of open.splice(0)) await t.cleanup();
});

async function installed(): Promise<TestCore> {
  const t = await core();
  await setUp(t);
  return t;
}

async function loginResult(t: TestCore) {
  return t.call('session.login', { username: ADMIN.username, password: ADMIN.password });
}

describe('opening the data directory', () => {
  it('lets only one instance use a directory, and the next one after it closes', async () => {
    const first = await installed();
    const second = await core(first.dataDir);
    expect(await second.must('session.status', {})).toEqual({ state: 'unavailable', reason: 'DATA_DIR_LOCKED' });
    expect(await loginResult(second)).toMatchObject({ ok: false, error: { code: 'DATA_DIR_LOCKED' } });
    await first.cleanup();
    const third = await core(first.dataDir);
    expect(await third.must('session.status', {})).toEqual({ state: 'locked' });
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dataDir = path.join(tempDir(), 'data');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'bruecke.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }));
    const t = await core(dataDir);
    expect(await t.must('session.status', {})).toEqual({ state: 'needsSetup' });
  });

  it('reports a directory that cannot be written', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a directory');
    const t = await core(path.join(blocker, 'data'));
    expect(await t.must('session.status', {})).toEqual({ state: 'unavailable', reason: 'DATA_DIR_NOT_WRITABLE' });
  });

  it('reports a damaged database file after a correct password', async () => {
    const t = await installed();
    await t.cleanup();
    const file = databasePath(t.dataDir);
    const bytes = fs.readFileSync(file);
    crypto.randomBytes(4096).copy(bytes, 0);
    fs.writeFileSync(file, bytes);
    const again = await core(t.dataDir);
    expect(await loginResult(again)).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
  });

  it('reports a schema newer than the app', async () => {
    const t = await installed();
    await t.cleanup();
    const { current } = await kr.unlockWithPassword(kr.readKeyring(t.dataDir), ADMIN.username, ADMIN.password);
    const db = await openWithKey(t.dataDir, current);
    await db.query(`INSERT INTO migrations (timestamp, name) VALUES (1999999999999, 'FromTheFuture1999999999999')`);
    await db.destroy();
    const again = await core(t.dataDir);
    expect(await loginResult(again)).toMatchObject({ ok: false, error: { code: 'DB_SCHEMA_NEWER' } });
  });

  it('reports a damaged keyring, and never offers setup over an existing database', async () => {
    const t = await installed();
    await t.cleanup();
    fs.writeFileSync(kr.keyringPath(t.dataDir), '{"format":"bruecke-keyring","version":1,"slots":[{"id":1}]}');
    const damaged = await core(t.dataDir);
    expect(await loginResult(damaged)).toMatchObject({ ok: false, error: { code: 'KEYRING_CORRUPT' } });
    await damaged.cleanup();
    fs.rmSync(kr.keyringPath(t.dataDir));
    const missing = await core(t.dataDir);
    expect(await missing.must('session.status', {})).toEqual({ state: 'unavailable', reason: 'KEYRING_CORRUPT' });
  });

  it('still opens after all that when nothing is wrong', async () => {
    const t = await installed();
    await loginAdmin(t);
    expect((await t.must('session.status', {})).state).toBe('unlocked');
  });
});

describe('where data lives', () => {
  it('prefers --data-dir, then BRUECKE_DATA_DIR, then the OS user data folder', () => {
    expect(resolveDataDir(['--data-dir', '/x/a'], { BRUECKE_DATA_DIR: '/x/b' })).toBe('/x/a');
    expect(resolveDataDir(['--data-dir=/x/c'], {})).toBe('/x/c');
    expect(resolveDataDir([], { BRUECKE_DATA_DIR: '/x/b' })).toBe('/x/b');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/u/.config' }, '/home/u')).toBe('/home/u/.config/Bruecke');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toContain('Bruecke');
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/Bruecke');
  });
});
