import crypto from 'node:crypto';
import { appendAudit } from '../audit/audit-log';
import { rekeyDatabase } from '../db/open-database';
import { AppError } from '../errors';
import * as keyring from '../keys/keyring';
import { generateRecoveryCode } from '../keys/recovery-code';
import { createLogger } from '../log';
import { assertAnotherAdminRemains, getUser } from '../users/users-service';
import type { SessionManager } from './session-manager';

const log = createLogger('deactivate');

/**
 * Deactivating a user removes their key slot and rekeys the database, because an old copy of the
 * keyring plus their password would otherwise still open it. The recovery code is replaced too
 * (the user may have seen it). Crash-safe in three steps:
 *   1. keyring without the user, every slot holding the current and the next key;
 *   2. database marked and `PRAGMA rekey` to the next key;
 *   3. keyring with only the next key.
 * A crash in between leaves a keyring whose slots open the database either way (see
 * SessionManager.openWithKeys). Runs again for a user whose earlier deactivation was cut short.
 */
export async function deactivateUser(session: SessionManager, targetId: number): Promise<{ recoveryCode: string }> {
  const s = session.requireUnlocked();
  if (targetId === s.userId) throw new AppError('CANNOT_DEACTIVATE_SELF');
  const target = await getUser(s.db.manager, targetId);
  const ring = keyring.readKeyring(session.dataDir);
  if (!target.active && !keyring.hasUserSlot(ring, target.username)) throw new AppError('USER_DEACTIVATED');
  if (target.roles.includes('admin')) await assertAnotherAdminRemains(s.db.manager, target.id);

  const next = crypto.randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  const kdf = session.options.kdf;

  let phaseOne = keyring.withoutUser(ring, target.username);
  phaseOne = await keyring.setRecoverySlot(phaseOne, recoveryCode, s.key, kdf);
  phaseOne = await keyring.addNextMasterKey(phaseOne, s.key, next);
  keyring.writeKeyring(session.dataDir, phaseOne);

  const now = session.clock.now();
  await s.db.transaction(async (m) => {
    await m.update('User', { id: target.id }, { active: false, deactivatedAt: now.toISOString() });
    await appendAudit(m, { userId: s.userId, action: 'deactivate', entity: 'user', entityId: target.id }, now);
    await appendAudit(m, { userId: s.userId, action: 'rekey', entity: 'database' }, now);
  });
  rekeyDatabase(s.db, next);
  keyring.writeKeyring(session.dataDir, await keyring.promoteNextMasterKey(phaseOne, next));
  s.key.fill(0);
  s.key = next;
  log.info(`user ${target.id} deactivated, database rekeyed`);
  return { recoveryCode };
}
