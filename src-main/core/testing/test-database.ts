import crypto from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Role } from '../../contract';
import { APP } from '../composition';
import { databasePath, openDatabase } from '../db/open-database';
import * as keyring from '../keys/keyring';
import { insertUser } from '../users/users-service';
import type { User } from '../users/user.entity';
import { tempDir } from './test-core';

/** A real encrypted database with every migration, for service tests that need no session. */
export async function openTestDatabase(): Promise<DataSource> {
  return openDatabase({ file: path.join(tempDir('bruecke-db-'), 'test.db'), key: crypto.randomBytes(32), create: true, schema: APP.schema });
}

/** Opens a data directory's database with a raw key, as a standard SQLCipher tool would (the core must be closed). */
export async function openWithKey(dataDir: string, key: Buffer): Promise<DataSource> {
  return openDatabase({ file: databasePath(dataDir), key, schema: APP.schema });
}

/** The master key as a user's slot unwraps it: what an insider with that password holds. */
export async function masterKeyOf(dataDir: string, username: string, password: string): Promise<Buffer> {
  return (await keyring.unlockWithPassword(keyring.readKeyring(dataDir), username, password)).current;
}

/** Opens a data directory's database with the key a user's password unwraps (the core must be closed). */
export async function openAs(dataDir: string, username: string, password: string): Promise<DataSource> {
  return openWithKey(dataDir, await masterKeyOf(dataDir, username, password));
}

export async function addUser(db: DataSource, username: string, roles: Role[], now = new Date('2026-11-23T08:00:00Z')): Promise<User> {
  return insertUser(db.manager, { username, displayName: username, roles, mustChangePassword: false }, now);
}
