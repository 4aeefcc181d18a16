import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { APP } from '../composition';
import { tempDir } from '../testing/test-core';
import { openDatabase } from './open-database';

const MIGRATIONS = APP.schema.migrations;

async function openWith(file: string, key: Buffer, count: number): Promise<DataSource> {
  // The first step creates the file; later steps open it (creating over an existing file is refused).
  return openDatabase({ file, key, create: !fs.existsSync(file), schema: { entities: APP.schema.entities, migrations: MIGRATIONS.slice(0, count) } });
}

async function tables(file: string, key: Buffer, count: number) {
  const db = await openWith(file, key, count);
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

/** The storage class SQLite gives each column type TypeORM's entity schemas use (booleans are stored as 0/1). */
const DECLARED: Record<string, string> = { text: 'TEXT', 'simple-json': 'TEXT', integer: 'INTEGER', boolean: 'INTEGER' };

/** SQLite's type affinity of a declared column type (sqlite.org/datatype3.html, 3.1); NUMERIC stores 0/1 as integers. */
function affinity(declared: string): string {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'TEXT';
  if (t.includes('BLOB') || t === '') return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(t)) return 'REAL';
  return 'INTEGER';
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
    await expect(openDatabase({ file, key, schema: { entities: APP.schema.entities, migrations: [] } })).rejects.toMatchObject({ code: 'DB_SCHEMA_NEWER' });
  });

  it('create exactly the tables and columns the entities describe: names, types and nullability', async () => {
    const db = await openWith(path.join(tempDir(), 'entities.db'), crypto.randomBytes(32), MIGRATIONS.length);
    try {
      const described = new Map<string, string[]>();
      for (const meta of db.entityMetadatas) {
        described.set(
          meta.tableName,
          meta.columns.map((c) => `${c.databaseName} ${DECLARED[String(c.type)] ?? `?${String(c.type)}`}${c.isNullable ? '' : ' NOT NULL'}`).sort(),
        );
      }
      const migrated = new Map<string, string[]>();
      // Ordinary tables: a search index (db/text-search.ts) is a virtual table with shadow tables, not an entity.
      const names = (await db.query(
        `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'`,
      )) as { name: string }[];
      for (const { name } of names) {
        const columns = (await db.query(`PRAGMA table_info("${name}")`)) as { name: string; type: string; notnull: number; pk: number }[];
        // An INTEGER PRIMARY KEY is the rowid and never null, whatever its declaration says.
        migrated.set(name, columns.map((c) => `${c.name} ${affinity(c.type)}${c.notnull || c.pk ? ' NOT NULL' : ''}`).sort());
      }
      expect([...described.keys()].sort()).toEqual([...migrated.keys()].sort());
      for (const [table, columns] of described) expect({ table, columns }).toEqual({ table, columns: migrated.get(table) });
    } finally {
      await db.destroy();
    }
  });
});
