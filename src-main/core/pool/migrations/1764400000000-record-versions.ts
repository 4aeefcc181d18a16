import type { MigrationInterface, QueryRunner } from 'typeorm';
import { versionColumnsSql } from '../../db/version-columns';

/**
 * Versions for the pool's records coordinators edit in forms (see db/versioned.ts): interpreter
 * profiles and requesters with their contact persons. Both already keep `updated_at`.
 */
export class PoolRecordVersions1764400000000 implements MigrationInterface {
  name = 'PoolRecordVersions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['pool_interpreter', 'pool_requester']) {
      for (const sql of versionColumnsSql(table, { hasUpdatedAt: true })) await q.query(sql);
    }
  }

  async down(): Promise<void> {
    // SQLite cannot drop columns in older versions; a downgrade restores a backup instead.
  }
}
