import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../db/open-database';
import { requester } from '../testing/pool-fixtures';
import { CARLA } from '../testing/pool-fixtures';
import { createStaff, signIn } from '../testing/staff';
import { ADMIN, setUp, startTestCore, type TestCore } from '../testing/test-core';

/**
 * A damaged database is found at log-in, named (DB_CORRUPT with what was found), never written to
 * and never replaced: flipped bytes in page 1, a middle page and the last page, a truncated file,
 * an empty (0-byte) file and a missing one.
 */
let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

const PAGE = 4096;

/** An installation with some data, closed: the file as a crash or a disk would leave it. */
async function installation(): Promise<string> {
  const core = await startTestCore();
  await setUp(core, ['pool']);
  await createStaff(core, [CARLA]);
  await signIn(core, CARLA);
  for (let i = 0; i < 40; i++) await requester(core);
  await core.cleanup();
  return core.dataDir;
}

const digest = (file: string) => (fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'missing');

async function logInTo(dataDir: string) {
  t = await startTestCore({ dataDir });
  return t.call('session.login', { username: ADMIN.username, password: ADMIN.password });
}

const damages: { name: string; damage: (file: string) => void; kind: string[] }[] = [
  { name: 'a flipped byte in page 1', damage: (f) => flip(f, 2000), kind: ['unreadable'] },
  { name: 'a flipped byte in a middle page', damage: (f) => flip(f, PAGE * Math.floor(pages(f) / 2) + 1500), kind: ['pageChecksum', 'structure'] },
  { name: 'a flipped byte in the last page', damage: (f) => flip(f, fs.statSync(f).size - 900), kind: ['pageChecksum', 'structure'] },
  { name: 'the file cut short inside a page', damage: (f) => fs.truncateSync(f, fs.statSync(f).size - 1000), kind: ['truncated'] },
  { name: 'the file cut short by whole pages', damage: (f) => fs.truncateSync(f, fs.statSync(f).size - 3 * PAGE), kind: ['structure', 'pageChecksum'] },
  { name: 'an empty (0-byte) file', damage: (f) => fs.truncateSync(f, 0), kind: ['emptyFile'] },
  { name: 'a missing file', damage: (f) => fs.rmSync(f), kind: ['missingFile'] },
];

function pages(file: string): number {
  return fs.statSync(file).size / PAGE;
}

function flip(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
  fs.writeFileSync(file, bytes);
}

describe('a damaged database', () => {
  for (const { name, damage, kind } of damages) {
    it(`is named and left untouched: ${name}`, async () => {
      const dataDir = await installation();
      const file = databasePath(dataDir);
      expect(pages(file)).toBeGreaterThan(20);
      damage(file);
      const before = digest(file);

      const result = await logInTo(dataDir);
      expect(result).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
      const found = !result.ok ? result.error.details?.damage?.kind : undefined;
      expect(kind).toContain(found);
      // Nothing written, nothing created, nothing replaced; the screen says why.
      expect(digest(file)).toBe(before);
      expect(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0).toBe(false);
      expect(await t!.must('session.status', {})).toMatchObject({ state: 'locked' });
      // A second try finds the same, and still writes nothing.
      expect(await t!.call('session.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
      expect(digest(file)).toBe(before);
    });
  }
});
