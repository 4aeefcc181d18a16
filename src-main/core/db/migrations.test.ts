import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-core';
import { openDatabase } from './open-database';
import { MIGRATIONS } from './schema';

async function tables(file: string, key: Buffer, count: number) {
  const db = await openDatabase({ file, key, create: true, migrations: MIGRATIONS.slice(0, count) });
  try {
    const rows = (await db.query(`SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)) as {
      type: string;
      name: string;
    }[];
    const applied = ((await db.query(`SELECT name FROM migrations ORDER BY id`)) as { name: string }[]).map((r) => r.name);
    return { schema: rows.map((r) => `${r.type}:${r.name}`), applied };
  } finally {
    await db.destroy();
  }
}

describe('migrations', () => {
  it('migrate step by step on a real encrypted database to the same schema as all at once', async () => {
    const key = crypto.randomBytes(32);
    const stepwise = path.join(tempDir(), 'stepwise.db');
    for (let n = 0; n < MIGRATIONS.length; n++) await tables(stepwise, key, n);
    const final = await tables(stepwise, key, MIGRATIONS.length);
    const direct = await tables(path.join(tempDir(), 'direct.db'), key, MIGRATIONS.length);
    expect(final).toEqual(direct);
    expect(final.applied).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(final.schema).toEqual(expect.arrayContaining(['table:user', 'table:setting', 'table:audit_entry', 'trigger:audit_entry_no_update']));
  });

  it('keep their names through minification', () => {
    for (const M of MIGRATIONS) expect(new M().name).toMatch(/^[A-Za-z]+\d{13}$/);
  });

  it('refuse a database migrated by a newer version', async () => {
    const key = crypto.randomBytes(32);
    const file = path.join(tempDir(), 'newer.db');
    await tables(file, key, MIGRATIONS.length);
    await expect(openDatabase({ file, key, migrations: [] })).rejects.toMatchObject({ code: 'DB_SCHEMA_NEWER' });
  });
});
