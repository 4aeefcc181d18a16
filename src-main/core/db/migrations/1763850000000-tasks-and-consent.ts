import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The core's one task list and consent records, shared by every module. */
export class TasksAndConsent1763850000000 implements MigrationInterface {
  name = 'TasksAndConsent1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "task" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "module" TEXT NOT NULL,
      "kind" TEXT NOT NULL,
      "title" TEXT NOT NULL,
      "subject_type" TEXT NOT NULL,
      "subject_id" INTEGER NOT NULL,
      "owner_user_id" INTEGER REFERENCES "user" ("id"),
      "due_at" TEXT NOT NULL,
      "status" TEXT NOT NULL CHECK ("status" IN ('open', 'done', 'cancelled')),
      "created_at" TEXT NOT NULL,
      "created_by" INTEGER NOT NULL REFERENCES "user" ("id"),
      "completed_at" TEXT,
      "completed_by" INTEGER REFERENCES "user" ("id"),
      "outcome" TEXT
    )`);
    await q.query(`CREATE INDEX "task_open_due" ON "task" ("status", "due_at")`);
    await q.query(`CREATE INDEX "task_subject" ON "task" ("subject_type", "subject_id")`);
    await q.query(`CREATE TABLE "consent" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "module" TEXT NOT NULL,
      "subject_type" TEXT NOT NULL,
      "subject_id" INTEGER NOT NULL,
      "purpose" TEXT NOT NULL,
      "given_on" TEXT NOT NULL,
      "given_by" TEXT NOT NULL,
      "form_language" TEXT NOT NULL,
      "recorded_at" TEXT NOT NULL,
      "recorded_by" INTEGER NOT NULL REFERENCES "user" ("id"),
      "withdrawn_on" TEXT,
      "withdrawn_recorded_by" INTEGER REFERENCES "user" ("id")
    )`);
    await q.query(`CREATE INDEX "consent_subject" ON "consent" ("subject_type", "subject_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "consent"`);
    await q.query(`DROP TABLE "task"`);
  }
}
