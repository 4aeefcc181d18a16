import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARLA, startPoolCore } from '../testing/pool-fixtures';
import { ADMIN } from '../testing/test-core';
import { openAs } from '../testing/test-database';
import { colleague } from '../testing/staff';
import type { TestClient, TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

const MAPPING = { nameLatin: 0, gender: 1, languages: 2, phone: 3 };
const TOTAL = 5_000;
const CHUNK = 500;
/** 5,000 interpreters, two of them wrong (no languages; an unknown gender word). */
const ROWS = Array.from({ length: TOTAL }, (_, i) => [`Person ${i + 1}`, i % 2 ? 'w' : 'm', 'ar', `0597 ${10_000 + i}`]);
ROWS[99]![2] = '';
ROWS[4_999]![1] = '?';

const count = async (client: Pick<TestClient, 'must'> = t) => (await client.must('pool.interpretersList', { search: '', status: null })).total;

/** Stages the whole list as the renderer does, chunk by chunk; returns the token and each answer's progress. */
async function stage(client: Pick<TestClient, 'must'> = t) {
  let token: string | null = null;
  const progress: number[] = [];
  let last;
  for (let at = 0; at < TOTAL; at += CHUNK) {
    last = await client.must('imports.stage', { token, target: 'pool.interpreters', mapping: MAPPING, total: TOTAL, rows: ROWS.slice(at, at + CHUNK) });
    token = last.token;
    progress.push(last.checked);
  }
  return { token: token!, progress, result: last!.result };
}

describe('staging a large import in chunks', () => {
  it('reports progress per chunk; discard leaves nothing; commit takes every valid row in one go', { timeout: 600_000 }, async () => {
    const first = await stage();
    expect(first.progress).toEqual(Array.from({ length: TOTAL / CHUNK }, (_, i) => (i + 1) * CHUNK));
    expect(first.result).toMatchObject({ dryRun: true, rows: TOTAL, accepted: TOTAL - 2, duplicates: [], imported: 0 });
    expect(first.result.rejected.map((r) => r.line)).toEqual([101, 5_001]);
    expect(await count()).toBe(0);

    await t.must('imports.discard', { token: first.token });
    expect(await count()).toBe(0);
    // The discarded token is gone.
    expect(await t.call('imports.commit', { token: first.token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const second = await stage();
    const done = await t.must('imports.commit', { token: second.token });
    expect(done).toMatchObject({ dryRun: false, rows: TOTAL, accepted: TOTAL - 2, imported: TOTAL - 2 });
    expect(await count()).toBe(TOTAL - 2);
    // Committed once: the token is spent.
    expect(await t.call('imports.commit', { token: second.token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('another session (even the same person’s) cannot add to, commit or discard the token; log-out forgets it', async () => {
    const rows = ROWS.slice(0, 10);
    const staged = await t.must('imports.stage', { token: null, target: 'pool.interpreters', mapping: MAPPING, total: 20, rows });
    const other = await colleague(t, CARLA, 'other-desk');
    for (const [channel, input] of [
      ['imports.commit', { token: staged.token }],
      ['imports.discard', { token: staged.token }],
      ['imports.stage', { token: staged.token, target: 'pool.interpreters', mapping: MAPPING, total: 20, rows: ROWS.slice(10, 20) }],
    ] as const) {
      expect(await other.call(channel, input as never)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    // The stager still has it, and cannot commit before every announced row was checked.
    expect(await t.call('imports.commit', { token: staged.token })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await t.must('imports.stage', { token: staged.token, target: 'pool.interpreters', mapping: MAPPING, total: 20, rows: ROWS.slice(10, 20) });

    await t.must('session.logout', {});
    await t.must('session.login', { username: CARLA.username, password: CARLA.password });
    expect(await t.call('imports.commit', { token: staged.token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await count()).toBe(0);
  });

  it('skips at the commit what a colleague added since the check', async () => {
    const staged = await t.must('imports.stage', { token: null, target: 'pool.interpreters', mapping: MAPPING, total: 10, rows: ROWS.slice(0, 10) });
    const other = await colleague(t, CARLA, 'other-desk');
    const third = await other.must('imports.stage', { token: null, target: 'pool.interpreters', mapping: MAPPING, total: 1, rows: [ROWS[2]!] });
    await other.must('imports.commit', { token: third.token });
    expect(await t.must('imports.commit', { token: staged.token })).toMatchObject({ accepted: 9, imported: 9, duplicates: [4] });
    expect(await count()).toBe(10);
  });

  it('audits the finished check, the discard and the commit under the stager, with counts and no content', async () => {
    const rows = ROWS.slice(0, 4);
    const first = await t.must('imports.stage', { token: null, target: 'pool.interpreters', mapping: MAPPING, total: 4, rows });
    await t.must('imports.discard', { token: first.token });
    const second = await t.must('imports.stage', { token: null, target: 'pool.interpreters', mapping: MAPPING, total: 4, rows: rows.slice(0, 2) });
    await t.must('imports.stage', { token: second.token, target: 'pool.interpreters', mapping: MAPPING, total: 4, rows: rows.slice(2) });
    await t.must('imports.commit', { token: second.token });
    const dataDir = t.dataDir;
    await t.cleanup();
    const db = await openAs(dataDir, ADMIN.username, ADMIN.password);
    const entries = (await db.query(`SELECT a.details AS details, u.username AS username FROM audit_entry a JOIN user u ON u.id = a.user_id WHERE a.entity = 'import' ORDER BY a.id`)) as { details: string; username: string }[];
    await db.destroy();
    expect(entries.map((e) => e.username)).toEqual(['carla', 'carla', 'carla', 'carla']);
    expect(entries.map((e) => JSON.parse(e.details) as Record<string, unknown>)).toMatchObject([
      { dryRun: true, rows: 4, accepted: 4 },
      { discarded: true, rows: 4 },
      { dryRun: true, rows: 4, accepted: 4 },
      { dryRun: false, imported: 4 },
    ]);
    expect(entries.map((e) => e.details).join()).not.toMatch(/Person|0597/);
    // cleanup() in afterEach runs again: harmless on a closed core.
  });

  it('refuses a first chunk whose mapping lacks a required column, naming the field', async () => {
    expect(await t.call('imports.stage', { token: null, target: 'pool.interpreters', mapping: { ...MAPPING, languages: null }, total: 1, rows: [ROWS[0]!] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'mapping.languages', message: 'imports:columnRequired' }] } },
    });
  });
});
