import crypto from 'node:crypto';
import { openWithKey } from './testing/test-database';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from './db/open-database';
import { DEFAULT_KDF } from './keys/kdf';
import { startTestCore, type TestCore } from './testing/test-core';

const SENTINEL_ORG = 'Sentinel-Organisation-7f3a9c';
const SENTINEL_NAME = 'Sentinel-Person-Qx81';
const SENTINEL_USER = 'sentinel.user.k2';

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}

function containsAnywhere(file: string, needle: string): boolean {
  const bytes = fs.readFileSync(file);
  return bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'));
}

let t: TestCore | undefined;
afterEach(async () => t?.cleanup());

describe('data at rest', () => {
  it('holds no organisation, user or display name in clear in any file of the data directory', async () => {
    t = await startTestCore({ kdf: DEFAULT_KDF });
    await t.must('session.setup', {
      organisationName: SENTINEL_ORG,
      modules: ['pool'],
      admin: { username: SENTINEL_USER, displayName: SENTINEL_NAME, password: 'a-long-admin-passphrase' },
      uiLanguage: 'de',
    });
    await t.must('session.login', { username: SENTINEL_USER, password: 'a-long-admin-passphrase' });
    await t.must('users.create', { username: 'second.user', displayName: `${SENTINEL_NAME}-2`, roles: ['hotline'] });

    // While unlocked the WAL and shared-memory files exist too: check them as well.
    const whileOpen = filesIn(t.dataDir);
    expect(whileOpen.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['bruecke.db', 'bruecke.db-wal', 'keyring.json']));
    for (const file of whileOpen) {
      for (const needle of [SENTINEL_ORG, SENTINEL_NAME, SENTINEL_USER, 'second.user']) {
        expect(containsAnywhere(file, needle), `${path.basename(file)} contains ${needle}`).toBe(false);
      }
    }
    await t.must('session.lock', {});
    for (const file of filesIn(t.dataDir)) {
      expect(containsAnywhere(file, SENTINEL_ORG), path.basename(file)).toBe(false);
    }

    const header = fs.readFileSync(databasePath(t.dataDir)).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\u0000');
    await expect(openWithKey(t.dataDir, crypto.randomBytes(32))).rejects.toMatchObject({
      code: 'DB_CORRUPT',
    });
  });
});
