import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, installation settings and the append-only audit trail. */
export class Foundation1763800000000 implements MigrationInterface {
  // An explicit name: minifiers rename classes, and TypeORM would then lose track of what ran.
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "user" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "username" TEXT NOT NULL UNIQUE,
      "display_name" TEXT NOT NULL,
      "roles" TEXT NOT NULL,
      "active" BOOLEAN NOT NULL,
      "must_change_password" BOOLEAN NOT NULL,
      "ui_language" TEXT,
      "auto_lock_minutes" INTEGER NOT NULL,
      "created_at" TEXT NOT NULL,
      "deactivated_at" TEXT,
      "last_login_at" TEXT
    )`);
    await q.query(`CREATE TABLE "setting" ("key" TEXT PRIMARY KEY NOT NULL, "value" TEXT NOT NULL)`);
    await q.query(`CREATE TABLE "audit_entry" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "at" TEXT NOT NULL,
      "user_id" INTEGER,
      "action" TEXT NOT NULL,
      "entity" TEXT NOT NULL,
      "entity_id" TEXT,
      "details" TEXT,
      "prev_hash" TEXT NOT NULL,
      "hash" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "audit_entry_entity" ON "audit_entry" ("entity", "entity_id")`);
    await q.query(`CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE ON "audit_entry"
      BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END`);
    await q.query(`CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry"
      BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_entry"`);
    await q.query(`DROP TABLE "setting"`);
    await q.query(`DROP TABLE "user"`);
  }
}
