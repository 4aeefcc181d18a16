import type { MigrationInterface, QueryRunner } from 'typeorm';
import { versionColumnsSql } from '../../db/version-columns';

/**
 * Versions for what the hotline team edits in forms (see db/versioned.ts): employers, their
 * contact persons, outreach entries, and logged calls (closed or named later by a colleague).
 */
export class HotlineRecordVersions1764400100000 implements MigrationInterface {
  name = 'HotlineRecordVersions1764400100000';

  async up(q: QueryRunner): Promise<void> {
    const tables = [
      { table: 'hotline_employer', hasUpdatedAt: true },
      { table: 'hotline_employer_contact', hasUpdatedAt: false },
      { table: 'hotline_outreach', hasUpdatedAt: false },
      { table: 'hotline_call', hasUpdatedAt: true },
    ];
    for (const { table, hasUpdatedAt } of tables) {
      for (const sql of versionColumnsSql(table, { hasUpdatedAt })) await q.query(sql);
    }
  }

  async down(): Promise<void> {
    // SQLite cannot drop columns in older versions; a downgrade restores a backup instead.
  }
}
