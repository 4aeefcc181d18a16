import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whole days stored on each stage-history row, so the indicators' medians read an index in order
 * instead of converting and sorting every row at each call:
 * - `days_in_stage`: whole 24-hour days from `at` to `ended_at` (null while the stay runs);
 * - `days_to_move_out`: whole days from `at` to noon (UTC) of the case's move-out day, once the
 *   case has moved out (null before).
 * Existing rows are filled with the very expressions the indicators computed per row before
 * (milliseconds first, cut toward zero). One index per median: stage, then the stored days; it
 * also holds `at`, so the running stays (days null) of a stage are read from it too.
 */
export class HousingStageDays1766500000000 implements MigrationInterface {
  name = 'HousingStageDays1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "housing_stage_history" ADD COLUMN "days_in_stage" INTEGER`);
    await q.query(`ALTER TABLE "housing_stage_history" ADD COLUMN "days_to_move_out" INTEGER`);
    await q.query(`UPDATE "housing_stage_history"
       SET "days_in_stage" = CAST(ROUND((julianday("ended_at") - julianday("at")) * 86400000) AS INTEGER) / 86400000
     WHERE "ended_at" IS NOT NULL`);
    await q.query(`UPDATE "housing_stage_history"
       SET "days_to_move_out" = (
         SELECT CAST(ROUND((julianday(c."moved_out_on" || 'T12:00:00Z') - julianday("housing_stage_history"."at")) * 86400000) AS INTEGER) / 86400000
           FROM "housing_case" c WHERE c."id" = "housing_stage_history"."case_id")`);
    await q.query(`CREATE INDEX "housing_stage_history_stage_days" ON "housing_stage_history" ("to_stage", "days_in_stage", "at")`);
    await q.query(`CREATE INDEX "housing_stage_history_stage_to_move_out" ON "housing_stage_history" ("to_stage", "days_to_move_out")`);
    // The other indicators read only these columns: covering indexes spare the table reads and the
    // GROUP BY sort (days per waiting actor), and the moved-out scan (move-outs per quarter).
    await q.query(`CREATE INDEX "housing_waiting_period_actor_times" ON "housing_waiting_period" ("actor", "requested_at", "answered_at")`);
    await q.query(`CREATE INDEX "housing_case_moved_out_household" ON "housing_case" ("moved_out_on", "household_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "housing_case_moved_out_household"`);
    await q.query(`DROP INDEX "housing_waiting_period_actor_times"`);
    await q.query(`DROP INDEX "housing_stage_history_stage_to_move_out"`);
    await q.query(`DROP INDEX "housing_stage_history_stage_days"`);
    // The columns stay: SQLite before 3.35 cannot drop them, and a downgrade restores a backup instead.
  }
}
