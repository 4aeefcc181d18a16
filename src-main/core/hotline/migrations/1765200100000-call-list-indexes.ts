import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The call list is ordered newest first (`started_at DESC, id DESC`): with this index a page is
 * read in order and stops after 25 rows instead of sorting every matching call.
 */
export class HotlineCallListIndexes1765200100000 implements MigrationInterface {
  name = 'HotlineCallListIndexes1765200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "hotline_call_newest" ON "hotline_call" ("started_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "hotline_call_newest"`);
  }
}
