import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's own retention (audit/audit-retention.ts). A chain start records where the
 * kept chain begins after old entries were removed; the delete trigger of `audit_entry` now lets
 * through exactly the entries at or below the newest chain start, and nothing else.
 *
 * Why a trigger condition and not dropping the triggers inside the purge: the guard never leaves
 * the schema, so no code path (and no crash halfway) can ever delete from the middle or the end of
 * the chain; the only way to remove entries is to first write a chain start, which the insert
 * trigger accepts only when it names an existing entry with its real hash and the true count of
 * entries it covers — and which is itself append-only, so every removal stays on record.
 */
export class AuditChainStart1766100000000 implements MigrationInterface {
  name = 'AuditChainStart1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_chain_start" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "position" INTEGER NOT NULL,
      "last_removed_id" INTEGER NOT NULL,
      "prev_hash" TEXT NOT NULL,
      "at" TEXT NOT NULL
    )`);
    await q.query(`CREATE TRIGGER "audit_chain_start_no_update" BEFORE UPDATE ON "audit_chain_start"
      BEGIN SELECT RAISE(ABORT, 'audit chain starts are append-only'); END`);
    await q.query(`CREATE TRIGGER "audit_chain_start_no_delete" BEFORE DELETE ON "audit_chain_start"
      BEGIN SELECT RAISE(ABORT, 'audit chain starts are append-only'); END`);
    // A new start moves forward, names an entry that exists with its hash, and counts the entries
    // it covers truly (so positions counted from the first entry ever stay right for the anchor).
    await q.query(`CREATE TRIGGER "audit_chain_start_checked" BEFORE INSERT ON "audit_chain_start"
      WHEN NEW."last_removed_id" <= COALESCE((SELECT MAX("last_removed_id") FROM "audit_chain_start"), 0)
        OR NEW."prev_hash" IS NOT (SELECT "hash" FROM "audit_entry" WHERE "id" = NEW."last_removed_id")
        OR NEW."position" IS NOT COALESCE((SELECT "position" FROM "audit_chain_start" ORDER BY "id" DESC LIMIT 1), 0)
          + (SELECT COUNT(*) FROM "audit_entry" WHERE "id" <= NEW."last_removed_id")
      BEGIN SELECT RAISE(ABORT, 'an audit chain start must name the last removed entry and count what it covers'); END`);
    await q.query(`DROP TRIGGER "audit_entry_no_delete"`);
    await q.query(`CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry"
      WHEN OLD."id" > COALESCE((SELECT MAX("last_removed_id") FROM "audit_chain_start"), 0)
      BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "audit_entry_no_delete"`);
    await q.query(`CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry"
      BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END`);
    await q.query(`DROP TABLE "audit_chain_start"`);
  }
}
