import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a case left each stage, stored on the stage-history row (`ended_at`, written by the next
 * move). The indicators' "days per stage" medians then read stored ends instead of pairing every
 * row with the next one of its case (a window over the whole history at each call). Existing rows
 * get the `at` of their case's next row, which is what that pairing gave; the last row of a case
 * stays open (null). The index serves that fill and the move's "close the open row".
 */
export class HousingStageEnded1766000000000 implements MigrationInterface {
  name = 'HousingStageEnded1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "housing_stage_history" ADD COLUMN "ended_at" TEXT`);
    await q.query(`CREATE INDEX "housing_stage_history_case_row" ON "housing_stage_history" ("case_id", "id")`);
    await q.query(`UPDATE "housing_stage_history" SET "ended_at" = (
      SELECT n."at" FROM "housing_stage_history" n
       WHERE n."case_id" = "housing_stage_history"."case_id" AND n."id" > "housing_stage_history"."id"
       ORDER BY n."id" LIMIT 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "housing_stage_history_case_row"`);
    // The column stays: SQLite before 3.35 cannot drop it, and a downgrade restores a backup instead.
  }
}
