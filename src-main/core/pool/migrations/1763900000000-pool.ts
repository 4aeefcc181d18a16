import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Sprachmittlerpool: interpreters with their languages, dated events and availability;
 * requesters; assignments (one row per session) with a status history and feedback.
 */
export class Pool1763900000000 implements MigrationInterface {
  name = 'Pool1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "pool_interpreter" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "name_native" TEXT NOT NULL,
      "name_latin" TEXT NOT NULL,
      "gender" TEXT NOT NULL CHECK ("gender" IN ('female', 'male', 'diverse')),
      "phone" TEXT NOT NULL,
      "email" TEXT NOT NULL,
      "status" TEXT NOT NULL CHECK ("status" IN ('active', 'paused', 'left')),
      "focus_pools" TEXT NOT NULL,
      "confidentiality_signed_on" TEXT,
      "first_hour_cents" INTEGER,
      "further_half_hour_cents" INTEGER,
      "km_cents" INTEGER,
      "travel_flat_cents" INTEGER,
      "notes" TEXT NOT NULL,
      "created_at" TEXT NOT NULL,
      "updated_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "pool_interpreter_name" ON "pool_interpreter" ("name_latin")`);
    // Child rows are replaced as a whole when the profile is saved.
    await q.query(`CREATE TABLE "pool_interpreter_language" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "interpreter_id" INTEGER NOT NULL REFERENCES "pool_interpreter" ("id") ON DELETE CASCADE,
      "language" TEXT NOT NULL,
      "dialect" TEXT NOT NULL,
      "level" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "pool_interpreter_language_lang" ON "pool_interpreter_language" ("language", "interpreter_id")`);
    await q.query(`CREATE TABLE "pool_interpreter_item" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "interpreter_id" INTEGER NOT NULL REFERENCES "pool_interpreter" ("id") ON DELETE CASCADE,
      "kind" TEXT NOT NULL CHECK ("kind" IN ('qualification', 'training', 'reflection', 'supervision', 'availability', 'absence', 'conflict')),
      "text" TEXT NOT NULL,
      "date_from" TEXT,
      "date_to" TEXT,
      "weekday" INTEGER,
      "requester_id" INTEGER
    )`);
    await q.query(`CREATE INDEX "pool_interpreter_item_owner" ON "pool_interpreter_item" ("interpreter_id", "kind")`);

    await q.query(`CREATE TABLE "pool_requester" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "name" TEXT NOT NULL,
      "type" TEXT NOT NULL,
      "trained" INTEGER NOT NULL,
      "address" TEXT NOT NULL,
      "phone" TEXT NOT NULL,
      "created_at" TEXT NOT NULL,
      "updated_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "pool_requester_name" ON "pool_requester" ("name")`);
    await q.query(`CREATE TABLE "pool_contact" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "requester_id" INTEGER NOT NULL REFERENCES "pool_requester" ("id") ON DELETE CASCADE,
      "name" TEXT NOT NULL,
      "phone" TEXT NOT NULL,
      "email" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "pool_contact_requester" ON "pool_contact" ("requester_id")`);

    await q.query(`CREATE TABLE "pool_series" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "created_at" TEXT NOT NULL
    )`);
    // One row per session. Requesters and interpreters are never deleted while assignments
    // point at them (RESTRICT): the history and fee statements must stay complete.
    await q.query(`CREATE TABLE "pool_assignment" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "requester_id" INTEGER NOT NULL REFERENCES "pool_requester" ("id") ON DELETE RESTRICT,
      "contact_id" INTEGER REFERENCES "pool_contact" ("id") ON DELETE SET NULL,
      "series_id" INTEGER REFERENCES "pool_series" ("id") ON DELETE SET NULL,
      "start_local" TEXT NOT NULL,
      "end_local" TEXT NOT NULL,
      "duration_minutes" INTEGER NOT NULL,
      "setting" TEXT NOT NULL CHECK ("setting" IN ('onSite', 'phone', 'video')),
      "address" TEXT NOT NULL,
      "language" TEXT NOT NULL,
      "dialect" TEXT NOT NULL,
      "topic" TEXT NOT NULL,
      "sensitivity" TEXT NOT NULL,
      "gender_preference" TEXT NOT NULL,
      "client_reference" TEXT NOT NULL,
      "status" TEXT NOT NULL CHECK ("status" IN ('requested', 'proposed', 'confirmed', 'done', 'cancelled', 'noShow', 'unmet')),
      "interpreter_id" INTEGER REFERENCES "pool_interpreter" ("id") ON DELETE RESTRICT,
      "cancelled_by" TEXT,
      "late_cancellation" INTEGER NOT NULL DEFAULT 0,
      "actual_minutes" INTEGER,
      "travel_km" INTEGER,
      "created_at" TEXT NOT NULL,
      "created_by" INTEGER NOT NULL REFERENCES "user" ("id"),
      "updated_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "pool_assignment_start" ON "pool_assignment" ("start_local")`);
    await q.query(`CREATE INDEX "pool_assignment_status_start" ON "pool_assignment" ("status", "start_local")`);
    await q.query(`CREATE INDEX "pool_assignment_interpreter_start" ON "pool_assignment" ("interpreter_id", "start_local")`);
    await q.query(`CREATE INDEX "pool_assignment_series" ON "pool_assignment" ("series_id")`);
    await q.query(`CREATE INDEX "pool_assignment_language" ON "pool_assignment" ("status", "language")`);
    await q.query(`CREATE TABLE "pool_assignment_history" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "assignment_id" INTEGER NOT NULL REFERENCES "pool_assignment" ("id") ON DELETE CASCADE,
      "at" TEXT NOT NULL,
      "user_id" INTEGER NOT NULL REFERENCES "user" ("id"),
      "from_status" TEXT,
      "to_status" TEXT NOT NULL,
      "interpreter_id" INTEGER REFERENCES "pool_interpreter" ("id") ON DELETE SET NULL,
      "cancelled_by" TEXT,
      "note" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "pool_assignment_history_assignment" ON "pool_assignment_history" ("assignment_id", "id")`);
    await q.query(`CREATE TABLE "pool_feedback" (
      "assignment_id" INTEGER PRIMARY KEY REFERENCES "pool_assignment" ("id") ON DELETE CASCADE,
      "interpreter_id" INTEGER NOT NULL REFERENCES "pool_interpreter" ("id") ON DELETE CASCADE,
      "accuracy" INTEGER NOT NULL,
      "role" INTEGER NOT NULL,
      "punctuality" INTEGER NOT NULL,
      "confidentiality" INTEGER NOT NULL,
      "overall" INTEGER NOT NULL,
      "comment" TEXT NOT NULL,
      "emotional_load" INTEGER,
      "supervision_wish" INTEGER NOT NULL,
      "debrief" TEXT NOT NULL,
      "client_rating" INTEGER,
      "client_comment" TEXT NOT NULL,
      "session_date" TEXT NOT NULL,
      "recorded_at" TEXT NOT NULL,
      "recorded_by" INTEGER NOT NULL REFERENCES "user" ("id")
    )`);
    await q.query(`CREATE INDEX "pool_feedback_interpreter" ON "pool_feedback" ("interpreter_id", "session_date")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'pool_feedback',
      'pool_assignment_history',
      'pool_assignment',
      'pool_series',
      'pool_contact',
      'pool_requester',
      'pool_interpreter_item',
      'pool_interpreter_language',
      'pool_interpreter',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
