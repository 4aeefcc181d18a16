import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP } from '../composition';
import { tempDir } from '../testing/test-core';
import { exportSnapshot, SnapshotExportStopped } from './export-snapshot';
import { checkIntegrity, openDatabase } from './open-database';

/** Enough rows for several steps of the copy (5,000 rows a step). */
const ROWS = 12_000;

async function sourceWithRows(dir: string, key: Buffer) {
  const source = await openDatabase({ file: path.join(dir, 'a.db'), key, create: true, schema: APP.schema });
  await source.transaction(async (m) => {
    for (let i = 0; i < ROWS; i++) await m.query(`INSERT INTO setting (key, value) VALUES (?, ?)`, [`probe-${i}`, JSON.stringify(i)]);
  });
  return source;
}

const count = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  Number(((await db.query(`SELECT count(*) AS n FROM setting WHERE key LIKE 'probe-%'`)) as { n: number }[])[0]!.n);

describe('copying a snapshot on a second connection, in steps', () => {
  it('lets the main connection write between the steps, and the copy holds the state it started from', async () => {
    const dir = tempDir();
    const key = crypto.randomBytes(32);
    const source = await sourceWithRows(dir, key);
    const target = path.join(dir, 'b.db');
    const next = crypto.randomBytes(32);
    let steps = 0;
    await exportSnapshot({
      source: path.join(dir, 'a.db'),
      key,
      target,
      targetKey: next,
      betweenSteps: async () => {
        steps += 1;
        // Another call's write, committed on the main connection while the copy is half done.
        await source.query(`INSERT INTO setting (key, value) VALUES (?, '0')`, [`probe-during-${steps}`]);
      },
    });
    expect(steps).toBeGreaterThan(2);
    expect(await count(source)).toBe(ROWS + steps);
    await source.destroy();

    const copy = await openDatabase({ file: target, key: next, schema: APP.schema });
    try {
      expect(await count(copy)).toBe(ROWS);
      expect(checkIntegrity(copy)).toEqual({ ok: true, problems: [] });
    } finally {
      await copy.destroy();
    }
  });

  it('stops between steps when asked (the database is closing), leaving the source as it was', async () => {
    const dir = tempDir();
    const key = crypto.randomBytes(32);
    const source = await sourceWithRows(dir, key);
    let asked = 0;
    await expect(
      exportSnapshot({ source: path.join(dir, 'a.db'), key, target: path.join(dir, 'b.db'), targetKey: crypto.randomBytes(32), stop: () => ++asked >= 2 }),
    ).rejects.toBeInstanceOf(SnapshotExportStopped);
    expect(await count(source)).toBe(ROWS);
    expect(checkIntegrity(source)).toEqual({ ok: true, problems: [] });
    await source.destroy();
  });

  it('never creates a database where none is', async () => {
    const dir = tempDir();
    await expect(exportSnapshot({ source: path.join(dir, 'missing.db'), key: crypto.randomBytes(32), target: path.join(dir, 'b.db'), targetKey: crypto.randomBytes(32) })).rejects.toThrow();
    expect(fs.existsSync(path.join(dir, 'missing.db'))).toBe(false);
  });
});
