import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP } from '../composition';
import { appendAudit } from '../audit/audit-log';
import { tempDir } from '../testing/test-core';
import { exportDatabase } from './export-database';
import { checkIntegrity, openDatabase, rawConnection } from './open-database';

const SENTINEL = 'Sentinel-Xq7-Ärztin';

describe('exporting the database into a new file', () => {
  it('copies every table, index and trigger under a new key, and holds no plain text', async () => {
    const dir = tempDir();
    const key = crypto.randomBytes(32);
    const source = await openDatabase({ file: path.join(dir, 'a.db'), key, create: true, schema: APP.schema });
    await source.query(`INSERT INTO setting (key, value) VALUES ('probe', ?)`, [JSON.stringify(SENTINEL)]);
    await source.query(`INSERT INTO hotline_employer (name, name_search, sector, size_band, street, postcode, city, notes, created_at, updated_at)
      VALUES (?, ?, '', 'small', '', '', '', '', '2026-11-23T08:00:00Z', '2026-11-23T08:00:00Z')`, [SENTINEL, SENTINEL.toLocaleLowerCase('de')]);
    await appendAudit(source.manager, { userId: null, action: 'verify', entity: 'database' }, new Date('2026-11-23T08:00:00Z'));
    const objects = (db: typeof source) => db.query(`SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`);
    const before = await objects(source);
    const next = crypto.randomBytes(32);
    const target = path.join(dir, 'b.db');
    exportDatabase(rawConnection(source), target, next);
    await source.destroy();

    expect(fs.readFileSync(target).includes(SENTINEL)).toBe(false);
    await expect(openDatabase({ file: target, key, schema: APP.schema })).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    const copy = await openDatabase({ file: target, key: next, schema: APP.schema });
    try {
      expect(await objects(copy)).toEqual(before);
      expect(await copy.query(`SELECT value FROM setting WHERE key = 'probe'`)).toEqual([{ value: JSON.stringify(SENTINEL) }]);
      expect(checkIntegrity(copy)).toEqual({ ok: true, problems: [] });
      // The search index (a virtual table) was rebuilt in the copy and finds what the table holds.
      expect(await copy.query(`SELECT rowid FROM hotline_employer_name_search WHERE hotline_employer_name_search MATCH '"xq7-ärz"'`)).toHaveLength(1);
      // The triggers came along: the audit trail is still append-only in the copy.
      await expect(copy.query(`DELETE FROM audit_entry`)).rejects.toThrow();
    } finally {
      await copy.destroy();
    }
  });
});
