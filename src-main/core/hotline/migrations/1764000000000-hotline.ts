import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_TAXONOMY } from '../../../contract/hotline/values';

/**
 * Arbeitgeberinfo: employers and their contacts, calls, drafts of calls being typed, support
 * actions, outreach, and the admin-extendable taxonomy (topics, sub-topics, routing targets,
 * outreach channels) seeded with stable keys.
 */
export class HotlineModule1764000000000 implements MigrationInterface {
  name = 'HotlineModule1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "hotline_taxonomy" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "kind" TEXT NOT NULL CHECK ("kind" IN ('topic', 'subtopic', 'routing', 'channel')),
      "parent_id" INTEGER REFERENCES "hotline_taxonomy" ("id") ON DELETE RESTRICT,
      "key" TEXT UNIQUE,
      "label_de" TEXT,
      "label_en" TEXT,
      "label_ar" TEXT,
      "active" BOOLEAN NOT NULL DEFAULT 1,
      "sort_order" INTEGER NOT NULL
    )`);
    await q.query(`CREATE INDEX "hotline_taxonomy_kind" ON "hotline_taxonomy" ("kind", "sort_order")`);

    await q.query(`CREATE TABLE "hotline_employer" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "name" TEXT NOT NULL,
      "name_search" TEXT NOT NULL,
      "sector" TEXT NOT NULL,
      "size_band" TEXT,
      "street" TEXT NOT NULL,
      "postcode" TEXT NOT NULL,
      "city" TEXT NOT NULL,
      "notes" TEXT NOT NULL,
      "created_at" TEXT NOT NULL,
      "updated_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "hotline_employer_name" ON "hotline_employer" ("name_search")`);

    await q.query(`CREATE TABLE "hotline_employer_contact" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "employer_id" INTEGER NOT NULL REFERENCES "hotline_employer" ("id") ON DELETE CASCADE,
      "name" TEXT NOT NULL,
      "role" TEXT NOT NULL,
      "phone" TEXT NOT NULL,
      "email" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "hotline_employer_contact_employer" ON "hotline_employer_contact" ("employer_id")`);

    // An employer with calls cannot be deleted: the call history is the record of the hotline.
    await q.query(`CREATE TABLE "hotline_call" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "employer_id" INTEGER NOT NULL REFERENCES "hotline_employer" ("id") ON DELETE RESTRICT,
      "taken_by" INTEGER NOT NULL REFERENCES "user" ("id"),
      "status" TEXT NOT NULL CHECK ("status" IN ('open', 'closed')),
      "caller_name" TEXT NOT NULL,
      "caller_role" TEXT NOT NULL,
      "employee_ref" TEXT NOT NULL,
      "employee_name" TEXT,
      "employee_contact" TEXT,
      "topic_id" INTEGER NOT NULL REFERENCES "hotline_taxonomy" ("id"),
      "subtopic_id" INTEGER REFERENCES "hotline_taxonomy" ("id"),
      "question" TEXT NOT NULL,
      "answer" TEXT NOT NULL,
      "answered_in_call" BOOLEAN NOT NULL,
      "urgency" TEXT NOT NULL CHECK ("urgency" IN ('low', 'normal', 'high')),
      "routing_id" INTEGER REFERENCES "hotline_taxonomy" ("id"),
      "handover_note" TEXT NOT NULL,
      "heard_via_id" INTEGER REFERENCES "hotline_taxonomy" ("id"),
      "started_at" TEXT NOT NULL,
      "started_on" TEXT NOT NULL,
      "ended_at" TEXT NOT NULL,
      "outcome" TEXT,
      "closed_at" TEXT,
      "created_at" TEXT NOT NULL,
      "updated_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "hotline_call_employer" ON "hotline_call" ("employer_id", "started_at")`);
    await q.query(`CREATE INDEX "hotline_call_started" ON "hotline_call" ("started_on")`);
    await q.query(`CREATE INDEX "hotline_call_status" ON "hotline_call" ("status", "started_at")`);

    // A call being typed belongs to the person typing it and goes with their account.
    await q.query(`CREATE TABLE "hotline_call_draft" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "owner_user_id" INTEGER NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
      "started_at" TEXT NOT NULL,
      "updated_at" TEXT NOT NULL,
      "data" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "hotline_call_draft_owner" ON "hotline_call_draft" ("owner_user_id", "updated_at")`);

    await q.query(`CREATE TABLE "hotline_support_action" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "call_id" INTEGER NOT NULL REFERENCES "hotline_call" ("id") ON DELETE CASCADE,
      "kind" TEXT NOT NULL CHECK ("kind" IN ('mediation', 'individualContact', 'crisisIntervention')),
      "date" TEXT NOT NULL,
      "duration_minutes" INTEGER NOT NULL,
      "outcome" TEXT NOT NULL,
      "created_at" TEXT NOT NULL,
      "created_by" INTEGER NOT NULL REFERENCES "user" ("id")
    )`);
    await q.query(`CREATE INDEX "hotline_support_action_call" ON "hotline_support_action" ("call_id")`);

    await q.query(`CREATE TABLE "hotline_outreach" (
      "id" INTEGER PRIMARY KEY AUTOINCREMENT,
      "kind" TEXT NOT NULL CHECK ("kind" IN ('flyer', 'event')),
      "place" TEXT NOT NULL,
      "channel_id" INTEGER NOT NULL REFERENCES "hotline_taxonomy" ("id"),
      "count" INTEGER NOT NULL,
      "date" TEXT NOT NULL,
      "notes" TEXT NOT NULL,
      "created_at" TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX "hotline_outreach_date" ON "hotline_outreach" ("date")`);

    let order = 0;
    for (const entry of SEED_TAXONOMY) {
      order += 10;
      await q.query(
        `INSERT INTO "hotline_taxonomy" ("kind", "parent_id", "key", "active", "sort_order")
         VALUES (?, (SELECT "id" FROM "hotline_taxonomy" WHERE "key" = ?), ?, 1, ?)`,
        [entry.kind, entry.parent ?? null, entry.key, order],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'hotline_outreach',
      'hotline_support_action',
      'hotline_call_draft',
      'hotline_call',
      'hotline_employer_contact',
      'hotline_employer',
      'hotline_taxonomy',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
