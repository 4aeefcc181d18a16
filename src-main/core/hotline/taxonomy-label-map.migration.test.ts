import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP } from '../composition';
import { openDatabase } from '../db/open-database';
import { tempDir } from '../testing/test-core';
import { HotlineTaxonomyLabelMap1765400000000 } from './migrations/1765400000000-taxonomy-label-map';

const MIGRATIONS = APP.schema.migrations;
const N = MIGRATIONS.indexOf(HotlineTaxonomyLabelMap1765400000000);

// The first step creates the file; the next opens it (creating over an existing file is refused).
const open = (file: string, key: Buffer, count: number) =>
  openDatabase({ file, key, create: !fs.existsSync(file), schema: { entities: APP.schema.entities, migrations: MIGRATIONS.slice(0, count) } });

describe('migration HotlineTaxonomyLabelMap1765400000000', () => {
  it('copies the per-language columns of admin entries into one label map and drops the columns', async () => {
    expect(N).toBeGreaterThan(0);
    const file = path.join(tempDir(), 'labels.db');
    const key = crypto.randomBytes(32);
    const before = await open(file, key, N);
    await before.query(`INSERT INTO hotline_taxonomy (kind, parent_id, key, label_de, label_en, label_ar, active, sort_order) VALUES
      ('topic', NULL, NULL, 'Schulden', 'Debts', 'الديون', 1, 900),
      ('channel', NULL, NULL, 'Ausbildungsmesse', '', NULL, 0, 910),
      ('routing', NULL, 'routing.seededForTest', NULL, NULL, NULL, 1, 920)`);
    await before.destroy();

    const after = await open(file, key, N + 1);
    try {
      const rows = (await after.query(`SELECT sort_order, key, labels, active FROM hotline_taxonomy WHERE sort_order >= 900 ORDER BY sort_order`)) as {
        key: string | null;
        labels: string | null;
        active: number;
      }[];
      expect(rows.map((r) => (r.labels === null ? null : JSON.parse(r.labels)))).toEqual([
        { de: 'Schulden', en: 'Debts', ar: 'الديون' },
        // Empty texts are left out: the entry shows in German in those languages.
        { de: 'Ausbildungsmesse' },
        // A seeded entry keeps no labels: it is translated by its key.
        null,
      ]);
      expect(rows.map((r) => r.active)).toEqual([1, 0, 1]);
      const columns = ((await after.query(`PRAGMA table_info("hotline_taxonomy")`)) as { name: string }[]).map((c) => c.name);
      expect(columns).toContain('labels');
      expect(columns).not.toContain('label_de');
    } finally {
      await after.destroy();
    }
  });
});
