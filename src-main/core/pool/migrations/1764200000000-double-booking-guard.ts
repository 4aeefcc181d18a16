import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No interpreter confirmed for two sessions that overlap, guarded in the database as well as in
 * the confirming transaction: whatever path writes (a future import, a script, a bug), the
 * database refuses it with `BRUECKE:DOUBLE_BOOKING`. The travel buffer stays the service's rule
 * (it is a setting); this guard holds the plain overlap of booked times.
 */
export class PoolDoubleBookingGuard1764200000000 implements MigrationInterface {
  name = 'PoolDoubleBookingGuard1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const guard = `SELECT RAISE(ABORT, 'BRUECKE:DOUBLE_BOOKING') WHERE EXISTS (
        SELECT 1 FROM "pool_assignment" o
         WHERE o."interpreter_id" = NEW."interpreter_id" AND o."id" <> NEW."id"
           AND o."status" IN ('confirmed', 'done')
           AND o."start_local" < NEW."end_local" AND NEW."start_local" < o."end_local")`;
    const when = `NEW."status" IN ('confirmed', 'done') AND NEW."interpreter_id" IS NOT NULL`;
    await q.query(`CREATE TRIGGER "pool_assignment_no_double_booking_insert" BEFORE INSERT ON "pool_assignment"
      WHEN ${when} BEGIN ${guard}; END`);
    await q.query(`CREATE TRIGGER "pool_assignment_no_double_booking_update"
      BEFORE UPDATE OF "status", "interpreter_id", "start_local", "end_local" ON "pool_assignment"
      WHEN ${when} BEGIN ${guard}; END`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "pool_assignment_no_double_booking_update"`);
    await q.query(`DROP TRIGGER "pool_assignment_no_double_booking_insert"`);
  }
}
