import type { MigrationInterface, QueryRunner } from 'typeorm';
import { versionColumnsSql } from '../version-columns';

/**
 * Versions for the core's editable records (see db/versioned.ts): users (edited by admins) and
 * settings (each key edited as a whole: organisation, modules' rules).
 */
export class RecordVersions1764300000000 implements MigrationInterface {
  name = 'RecordVersions1764300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [...versionColumnsSql('user', { hasUpdatedAt: false }), ...versionColumnsSql('setting', { hasUpdatedAt: false })]) await q.query(sql);
  }

  async down(): Promise<void> {
    // SQLite cannot drop columns in older versions; a downgrade restores a backup instead.
  }
}
