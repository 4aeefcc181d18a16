import { describe, expect, it } from 'vitest';
import { MISSING_FEEDBACK_COUNT_BOUND, MISSING_FEEDBACK_MAX } from '../../contract/pool';
import { booking, CARLA, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import { signIn } from '../testing/staff';
import { ADMIN, startTestCore } from '../testing/test-core';
import { openAs } from '../testing/test-database';

describe('sessions still without feedback', () => {
  it('are counted exactly up to the bound, and beyond it the answer says "more than" instead of counting them all', async () => {
    const t = await startPoolCore();
    let id: number;
    try {
      const laila = await t.must('pool.interpreterSave', interpreter());
      const req = await requester(t);
      // The clock stands at Mon 23 Nov 2026, 09:00 Berlin.
      [id] = (await t.must('pool.bookingCreate', booking(req, '2026-11-23T10:00'))).ids as [number];
      await t.must('pool.assignmentPropose', { id, interpreterId: laila.id });
      await t.must('pool.assignmentConfirm', { id });
      t.clock.advance(90 * 60_000);
      await t.must('pool.assignmentComplete', { id, actualMinutes: 60, travelKm: 0 });
      expect(await t.must('pool.missingFeedback', {})).toMatchObject({ total: 1, totalIsLowerBound: false, rows: [{ id }] });
    } finally {
      await t.cleanup();
    }

    // More done sessions without feedback than the bound: copies of that one, without an interpreter (the double-booking guard).
    const db = await openAs(t.dataDir, ADMIN.username, ADMIN.password);
    try {
      const columns = ((await db.query(`PRAGMA table_info("pool_assignment")`)) as { name: string }[]).map((c) => c.name).filter((n) => n !== 'id');
      const into = columns.map((c) => `"${c}"`).join(', ');
      const from = columns.map((c) => (c === 'interpreter_id' ? 'NULL' : `"${c}"`)).join(', ');
      await db.transaction(async (m) => {
        for (let i = 0; i < MISSING_FEEDBACK_COUNT_BOUND + 5; i++) await m.query(`INSERT INTO "pool_assignment" (${into}) SELECT ${from} FROM "pool_assignment" WHERE "id" = ?`, [id]);
      });
    } finally {
      await db.destroy();
    }

    const again = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
    try {
      await signIn(again, CARLA);
      const page = await again.must('pool.missingFeedback', {});
      expect(page).toMatchObject({ total: MISSING_FEEDBACK_COUNT_BOUND, totalIsLowerBound: true });
      expect(page.rows).toHaveLength(MISSING_FEEDBACK_MAX);
    } finally {
      await again.cleanup();
    }
  });
});
