import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Admin-defined topics, routing targets and channels get one `labels` map (language → text,
 * German required) instead of a column per language, so a new UI language needs no new column.
 * Existing texts are copied; empty ones are left out (they fall back to German). Seeded entries
 * (with a key) stay without labels: their names are translated in locales/.
 */
export class HotlineTaxonomyLabelMap1765400000000 implements MigrationInterface {
  name = 'HotlineTaxonomyLabelMap1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "hotline_taxonomy" ADD COLUMN "labels" TEXT`);
    // json_patch with a null member drops it, so only languages with a text end up in the map.
    await q.query(`UPDATE "hotline_taxonomy" SET "labels" = json_patch('{}', json_object(
        'de', COALESCE("label_de", ''),
        'en', NULLIF(TRIM(COALESCE("label_en", '')), ''),
        'ar', NULLIF(TRIM(COALESCE("label_ar", '')), '')))
      WHERE "key" IS NULL`);
    for (const column of ['label_de', 'label_en', 'label_ar']) await q.query(`ALTER TABLE "hotline_taxonomy" DROP COLUMN "${column}"`);
  }

  async down(): Promise<void> {
    // A downgrade restores a backup instead.
  }
}
