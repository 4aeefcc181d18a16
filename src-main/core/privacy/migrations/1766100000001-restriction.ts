import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Restriction of processing (privacy/restriction.entity.ts): one row per mark, at most one in force per record. */
export class Restriction1766100000001 implements MigrationInterface {
  name = 'Restriction1766100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE privacy_restriction (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      module TEXT NOT NULL,
      record_type TEXT NOT NULL,
      record_id INTEGER NOT NULL,
      reason TEXT NOT NULL,
      restricted_at TEXT NOT NULL,
      restricted_by INTEGER NOT NULL REFERENCES "user" ("id"),
      lifted_at TEXT NULL,
      lifted_by INTEGER NULL REFERENCES "user" ("id")
    )`);
    // Lists leave out what is in force: looked up by record type and id.
    await q.query(`CREATE UNIQUE INDEX privacy_restriction_in_force ON privacy_restriction(record_type, record_id) WHERE lifted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE privacy_restriction`);
  }
}
