import crypto from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../db/open-database';
import { insertUser } from '../users/users-service';
import type { User } from '../users/user.entity';
import type { Role } from '../../contract';
import { tempDir } from './temp-core';

/** A real encrypted database with every migration, for service tests that need no session. */
export async function openTestDatabase(): Promise<DataSource> {
  return openDatabase({ file: path.join(tempDir('bruecke-db-'), 'test.db'), key: crypto.randomBytes(32), create: true });
}

export async function addUser(db: DataSource, username: string, roles: Role[], now = new Date('2026-11-23T08:00:00Z')): Promise<User> {
  return insertUser(db.manager, { username, displayName: username, roles, mustChangePassword: false }, now);
}
