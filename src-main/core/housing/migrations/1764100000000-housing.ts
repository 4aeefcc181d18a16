import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The housing module's tables. A case belongs to its household (cascade); its history, waits,
 * documents, contacts and viewings go with it. Offers outlive cases: a reservation is cleared
 * when its case goes. Accommodations with occupancies cannot be deleted (RESTRICT).
 */
export class Housing1764100000000 implements MigrationInterface {
  name = 'Housing1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "housing_accommodation" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "name" TEXT NOT NULL,
      "address" TEXT NOT NULL,
      "units" INTEGER NOT NULL CHECK ("units" >= 0),
      "beds" INTEGER NOT NULL CHECK ("beds" >= 0),
      "created_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE TABLE "housing_household" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "reference" TEXT NOT NULL UNIQUE,
      "age_bands" TEXT NOT NULL,
      "members" INTEGER NOT NULL CHECK ("members" >= 1),
      "languages" TEXT NOT NULL,
      "rooms_needed" INTEGER NOT NULL,
      "accessibility" BOOLEAN NOT NULL,
      "renting_status" TEXT NOT NULL,
      "income_source" TEXT NOT NULL,
      "created_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE TABLE "housing_occupancy" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "household_id" INTEGER NOT NULL REFERENCES "housing_household" ("id") ON DELETE CASCADE,
      "accommodation_id" INTEGER NOT NULL REFERENCES "housing_accommodation" ("id") ON DELETE RESTRICT,
      "members" INTEGER NOT NULL,
      "moved_in_on" TEXT NOT NULL,
      "moved_out_on" TEXT
    )`);
    await q.query(`CREATE INDEX "housing_occupancy_accommodation" ON "housing_occupancy" ("accommodation_id", "moved_out_on")`);
    await q.query(`CREATE INDEX "housing_occupancy_household" ON "housing_occupancy" ("household_id")`);
    await q.query(`CREATE TABLE "housing_case" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "household_id" INTEGER NOT NULL REFERENCES "housing_household" ("id") ON DELETE CASCADE,
      "stage" TEXT NOT NULL,
      "paused_from" TEXT,
      "stage_reason" TEXT,
      "stage_since" TEXT NOT NULL,
      "planned_move_on" TEXT,
      "moved_out_on" TEXT,
      "created_at" TEXT NOT NULL,
      "created_by" INTEGER NOT NULL REFERENCES "user" ("id")
    )`);
    await q.query(`CREATE INDEX "housing_case_stage" ON "housing_case" ("stage", "stage_since")`);
    await q.query(`CREATE INDEX "housing_case_household" ON "housing_case" ("household_id")`);
    await q.query(`CREATE INDEX "housing_case_moved_out" ON "housing_case" ("moved_out_on")`);
    await q.query(`CREATE TABLE "housing_stage_history" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "case_id" INTEGER NOT NULL REFERENCES "housing_case" ("id") ON DELETE CASCADE,
      "from_stage" TEXT,
      "to_stage" TEXT NOT NULL,
      "at" TEXT NOT NULL,
      "user_id" INTEGER NOT NULL REFERENCES "user" ("id"),
      "reason" TEXT
    )`);
    await q.query(`CREATE INDEX "housing_stage_history_case" ON "housing_stage_history" ("case_id", "at")`);
    await q.query(`CREATE TABLE "housing_waiting_period" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "case_id" INTEGER NOT NULL REFERENCES "housing_case" ("id") ON DELETE CASCADE,
      "actor" TEXT NOT NULL,
      "what" TEXT NOT NULL,
      "requested_at" TEXT NOT NULL,
      "answered_at" TEXT,
      "created_by" INTEGER NOT NULL REFERENCES "user" ("id")
    )`);
    await q.query(`CREATE INDEX "housing_waiting_case" ON "housing_waiting_period" ("case_id", "answered_at")`);
    await q.query(`CREATE TABLE "housing_case_document" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "case_id" INTEGER NOT NULL REFERENCES "housing_case" ("id") ON DELETE CASCADE,
      "kind" TEXT NOT NULL,
      "custom_label" TEXT,
      "status" TEXT NOT NULL CHECK ("status" IN ('missing', 'requested', 'received', 'expired')),
      "status_on" TEXT,
      "expires_on" TEXT
    )`);
    await q.query(`CREATE INDEX "housing_document_case" ON "housing_case_document" ("case_id")`);
    await q.query(`CREATE INDEX "housing_document_expiry" ON "housing_case_document" ("status", "expires_on")`);
    await q.query(`CREATE TABLE "housing_case_contact" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "case_id" INTEGER NOT NULL REFERENCES "housing_case" ("id") ON DELETE CASCADE,
      "role" TEXT NOT NULL,
      "name" TEXT NOT NULL,
      "phone" TEXT NOT NULL,
      "email" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "housing_contact_case" ON "housing_case_contact" ("case_id")`);
    await q.query(`CREATE TABLE "housing_offer" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "address" TEXT NOT NULL,
      "rooms" INTEGER NOT NULL,
      "size_sqm" INTEGER NOT NULL,
      "rent_cents" INTEGER NOT NULL,
      "free_from" TEXT NOT NULL,
      "landlord_type" TEXT NOT NULL,
      "reserved_for_case_id" INTEGER REFERENCES "housing_case" ("id") ON DELETE SET NULL,
      "created_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "housing_offer_free_from" ON "housing_offer" ("free_from")`);
    await q.query(`CREATE TABLE "housing_viewing" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "case_id" INTEGER NOT NULL REFERENCES "housing_case" ("id") ON DELETE CASCADE,
      "offer_id" INTEGER NOT NULL REFERENCES "housing_offer" ("id") ON DELETE CASCADE,
      "at" TEXT NOT NULL,
      "outcome" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "housing_viewing_case" ON "housing_viewing" ("case_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'housing_viewing',
      'housing_offer',
      'housing_case_contact',
      'housing_case_document',
      'housing_waiting_period',
      'housing_stage_history',
      'housing_case',
      'housing_occupancy',
      'housing_household',
      'housing_accommodation',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
