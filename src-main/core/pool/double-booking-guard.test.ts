import { afterEach, describe, expect, it } from 'vitest';
import { fromDatabaseGuard } from '../errors';
import { booking, CARLA, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import type { TestCore } from '../testing/test-core';
import { openAs } from '../testing/test-database';

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

describe('the double-booking guard in the database', () => {
  it('refuses a second overlapping confirmation written past the services, and lets a non-overlapping one through', async () => {
    t = await startPoolCore();
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const [a] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00'))).ids;
    const [b] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:30'))).ids;
    const [c] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T14:00'))).ids;
    const dataDir = t.dataDir;
    await t.cleanup();
    t = undefined;

    // A writer with the key and the file, bypassing the router's queue and the services.
    const db = await openAs(dataDir, CARLA.username, CARLA.password);
    try {
      const confirm = (id: number) => db.query(`UPDATE pool_assignment SET status = 'confirmed', interpreter_id = ? WHERE id = ?`, [laila.id, id]);
      await confirm(a!);
      const refused = await confirm(b!).then(
        () => null,
        (error: unknown) => error,
      );
      expect(fromDatabaseGuard(refused)).toMatchObject({ code: 'DOUBLE_BOOKING' });
      await confirm(c!);
      const rows = (await db.query(`SELECT id, status FROM pool_assignment ORDER BY id`)) as { id: number; status: string }[];
      expect(rows.map((r) => r.status)).toEqual(['confirmed', 'requested', 'confirmed']);
      await expect(
        db.query(`INSERT INTO pool_assignment (start_local, end_local, status, interpreter_id) SELECT '2026-11-30T10:15', '2026-11-30T10:45', 'confirmed', ?`, [laila.id]),
      ).rejects.toThrow(/BRUECKE:DOUBLE_BOOKING/);
    } finally {
      await db.destroy();
    }
  });
});
