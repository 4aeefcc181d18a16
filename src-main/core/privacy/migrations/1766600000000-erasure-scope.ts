import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an erasure-ledger entry erased: a client everywhere in a module (`client`, the hash is of
 * the reference) or one record's part a module declares (e.g. the hotline's `namedCase`, the hash
 * is of the record's id). Existing entries were all client erasures.
 */
export class ErasureScope1766600000000 implements MigrationInterface {
  name = 'ErasureScope1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE privacy_erasure ADD COLUMN scope TEXT NOT NULL DEFAULT 'client'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE privacy_erasure DROP COLUMN scope`);
  }
}
