import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { setupInput } from '../../contract/session';
import { AUDIT_ANCHOR_FILE, writeAnchor } from '../audit/audit-anchor';
import { currentHead } from '../audit/audit-head';
import { appendAudit } from '../audit/audit-log';
import { databasePath, openDatabase } from '../db/open-database';
import * as keyring from '../keys/keyring';
import { generateRecoveryCode } from '../keys/recovery-code';
import { writeInstallation } from '../settings/installation';
import { assertPasswordFitsUser, insertUser } from '../users/users-service';
import type { SessionManager } from './session-manager';

export type SetupInput = z.output<typeof setupInput>;

/**
 * First run: a new master key, the database with organisation, modules and the first admin, then
 * the keyring with the admin's slot and the recovery slot. The keyring is written last: until it
 * exists the directory still counts as "needs setup", and a failed attempt removes its database.
 * Runs in the router's queue; nobody is signed in afterwards.
 */
export async function setUpInstallation(session: SessionManager, input: SetupInput): Promise<{ recoveryCode: string }> {
  session.host.requireNeedsSetup();
  assertPasswordFitsUser(input.admin.password, input.admin.username);
  const file = databasePath(session.dataDir);
  const masterKey = crypto.randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  const now = session.clock.now();
  try {
    const db = await openDatabase({
      file,
      key: masterKey,
      create: true,
      schema: session.options.schema,
      ...(session.options.nativeBinding ? { nativeBinding: session.options.nativeBinding } : {}),
    });
    try {
      await db.transaction(async (m) => {
        await writeInstallation(m, { organisationName: input.organisationName, modules: input.modules });
        const admin = await insertUser(
          m,
          { ...input.admin, roles: ['admin'], mustChangePassword: false, uiLanguage: input.uiLanguage },
          now,
        );
        await appendAudit(m, { userId: admin.id, action: 'setup', entity: 'installation', details: { modules: input.modules } }, now);
      });
      writeAnchor(session.dataDir, masterKey, await currentHead(db.manager));
    } finally {
      await db.destroy();
    }
    let ring = await keyring.setUserSlot(keyring.emptyKeyring(), input.admin.username, input.admin.password, masterKey, session.options.kdf);
    ring = await keyring.setRecoverySlot(ring, recoveryCode, masterKey, session.options.kdf);
    keyring.writeKeyring(session.dataDir, ring);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    fs.rmSync(path.join(session.dataDir, AUDIT_ANCHOR_FILE), { force: true });
    throw error;
  } finally {
    masterKey.fill(0);
  }
  return { recoveryCode };
}
