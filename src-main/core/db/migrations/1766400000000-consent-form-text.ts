import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which consent text a client was shown: the form's text version and the SHA-256 of that text in
 * the form language. Consents recorded before have neither (the text shown then is not known).
 */
export class ConsentFormText1766400000000 implements MigrationInterface {
  name = 'ConsentFormText1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consent" ADD COLUMN "form_version" integer`);
    await q.query(`ALTER TABLE "consent" ADD COLUMN "form_text_hash" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consent" DROP COLUMN "form_text_hash"`);
    await q.query(`ALTER TABLE "consent" DROP COLUMN "form_version"`);
  }
}
