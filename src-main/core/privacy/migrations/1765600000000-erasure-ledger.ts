import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The erasure ledger (privacy/erasure-ledger.entity.ts): append-only like the audit trail. */
export class ErasureLedger1765600000000 implements MigrationInterface {
  name = 'ErasureLedger1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE privacy_erasure (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      reference_hash TEXT NOT NULL,
      module TEXT NOT NULL,
      at TEXT NOT NULL,
      by_user_id INTEGER NULL REFERENCES "user" ("id"),
      reason TEXT NOT NULL CHECK (reason IN ('request', 'consentWithdrawn', 'retention'))
    )`);
    await q.query(`CREATE INDEX privacy_erasure_module ON privacy_erasure(module, reference_hash)`);
    await q.query(`CREATE TRIGGER privacy_erasure_no_update BEFORE UPDATE ON privacy_erasure BEGIN SELECT RAISE(ABORT, 'erasure ledger is append-only'); END`);
    await q.query(`CREATE TRIGGER privacy_erasure_no_delete BEFORE DELETE ON privacy_erasure BEGIN SELECT RAISE(ABORT, 'erasure ledger is append-only'); END`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE privacy_erasure`);
  }
}
