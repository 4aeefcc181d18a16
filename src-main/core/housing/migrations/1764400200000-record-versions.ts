import type { MigrationInterface, QueryRunner } from 'typeorm';
import { versionColumnsSql } from '../../db/version-columns';

/**
 * Versions for what caseworkers edit in forms (see db/versioned.ts): shelters, households, a
 * case's contact persons and flat offers. None of them kept `updated_at` so far.
 */
export class HousingRecordVersions1764400200000 implements MigrationInterface {
  name = 'HousingRecordVersions1764400200000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['housing_accommodation', 'housing_household', 'housing_case_contact', 'housing_offer']) {
      for (const sql of versionColumnsSql(table, { hasUpdatedAt: false })) await q.query(sql);
    }
  }

  async down(): Promise<void> {
    // SQLite cannot drop columns in older versions; a downgrade restores a backup instead.
  }
}
