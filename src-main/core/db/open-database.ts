import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';
import { AppError } from '../errors';
import { createLogger } from '../log';
import { damaged, inspectFile, inspectPages } from './damage';

const log = createLogger('db');

export const DATABASE_FILE = 'bruecke.db';

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

/** The tables and migrations to open with; composed from the foundation and the modules (core/composition.ts). */
export interface DatabaseSchema {
  readonly entities: readonly EntitySchema[];
  readonly migrations: readonly (new () => MigrationInterface)[];
}

export interface OpenDatabaseOptions {
  file: string;
  schema: DatabaseSchema;
  /** 32-byte raw master key. */
  key: Buffer;
  /** Create the file if it is missing (first-run setup only). */
  create?: boolean;
  /** The addon built for Electron's ABI; Node uses the one in node_modules. */
  nativeBinding?: string;
  /**
   * Runs once the pages are checked and before migrations write anything: a check that throws
   * (the audit anchor, session/database-host.ts) leaves the file as it was.
   */
  checkBeforeWrite?: (dataSource: DataSource) => Promise<void>;
}

type RawDatabase = InstanceType<typeof Database>;

/** SQLCipher 4 with a raw key, so standard SQLCipher tools open the file with the same key. */
export function applyKey(db: RawDatabase, key: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Opens the encrypted database in a fixed order and fails with a distinct error per cause:
 * missing or undecryptable file (DB_CORRUPT — the key came from a verified slot, so a file that
 * does not decrypt is damaged or not ours), applied migrations unknown to this app
 * (DB_SCHEMA_NEWER), and a directory we cannot write (DATA_DIR_NOT_WRITABLE).
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DataSource> {
  const { file, key } = options;
  // Never create over a file that exists (even an empty one), never open what is visibly not a database.
  if (options.create && fs.existsSync(file)) throw new AppError('ALREADY_SET_UP', 'a database file already exists');
  if (!options.create) inspectFile(file);
  const migrations = [...options.schema.migrations];

  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: file,
    driver: Database,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    entities: [...options.schema.entities],
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    prepareDatabase: (db: RawDatabase) => {
      applyKey(db, key);
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch (error) {
        throw classify(error);
      }
      // Before any write (WAL switch, migrations, a log-in's audit entry): a damaged file stays as it is.
      if (!options.create) inspectPages(db);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      tuneForCipher(db);
    },
  });

  try {
    await dataSource.initialize();
  } catch (error) {
    throw classify(error);
  }
  // Owner-only, like the keyring: the content is encrypted, but its size and timing are not.
  if (process.platform !== 'win32') fs.chmodSync(file, 0o600);

  try {
    await options.checkBeforeWrite?.(dataSource);
    await refuseNewerSchema(dataSource, migrations);
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw classify(error);
  }
  return dataSource;
}

async function refuseNewerSchema(dataSource: DataSource, migrations: (new () => MigrationInterface)[]): Promise<void> {
  const table = (await dataSource.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`,
  )) as unknown[];
  if (table.length === 0) return;
  const applied = (await dataSource.query(`SELECT name FROM migrations`)) as { name: string }[];
  const known = new Set(migrations.map((M) => new M().name ?? M.name));
  const unknown = applied.filter((row) => !known.has(row.name));
  if (unknown.length > 0) {
    throw new AppError('DB_SCHEMA_NEWER', `${unknown.length} applied migration(s) unknown to this version`);
  }
}

function classify(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(message)) {
    // The key came from a verified slot: page 1 (or the file's header) is damaged, or the file is not ours.
    return damaged({ kind: 'unreadable', pages: [1] }, 'database does not decrypt');
  }
  if (code.startsWith('SQLITE_CORRUPT') || /malformed/i.test(message)) return damaged({ kind: 'structure' }, 'database is damaged');
  if (code === 'SQLITE_IOERR_SHORT_READ') return damaged({ kind: 'truncated' }, 'database file ends early');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EROFS') {
    return new AppError('DATA_DIR_NOT_WRITABLE', 'database file cannot be written');
  }
  log.error('unexpected error while opening the database', error);
  return new AppError('INTERNAL', 'database could not be opened');
}

/**
 * Every page read from disk is decrypted and its HMAC checked, so a page cache too small for the
 * working set decrypts the same pages again and again: with SQLite's default 2 MiB (16 MB in
 * the driver) against a regional database of ~350 MiB, encrypted reads were 2–4× plain ones; with
 * 256 MiB they measured 0.97–1.05× (issue #11). The cache is a ceiling, filled only as pages are
 * read. Temporary sort and index b-trees stay in memory instead of (encrypted) temporary files.
 */
export const PAGE_CACHE_KIB = 256 * 1024;

export function tuneForCipher(db: RawDatabase): void {
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
}

/** The driver's own handle, for pragmas TypeORM has no API for (rekey, integrity checks). */
export function rawConnection(dataSource: DataSource): RawDatabase {
  return (dataSource.driver as unknown as { databaseConnection: RawDatabase }).databaseConnection;
}

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
}

/** SQLite's integrity_check plus the cipher's page-level check where the build supports it. */
export function checkIntegrity(dataSource: DataSource): IntegrityReport {
  const db = rawConnection(dataSource);
  const problems: string[] = [];
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    for (const row of rows) if (row.integrity_check !== 'ok') problems.push(row.integrity_check);
  } catch (error) {
    // A page that fails its HMAC cannot even be read: that is the finding, not an internal error.
    problems.push(`a page does not decrypt or fails its checksum (${(error as { code?: string }).code ?? 'error'})`);
  }
  try {
    const cipherRows = db.pragma('cipher_integrity_check') as Record<string, unknown>[];
    for (const row of cipherRows) problems.push(String(Object.values(row)[0]));
  } catch {
    // Builds without cipher_integrity_check: integrity_check above still reads every page.
  }
  return { ok: problems.length === 0, problems };
}
