import { appendAudit } from '../audit/audit-log';
import { AppError } from '../errors';
import * as keyring from '../keys/keyring';
import { generateRecoveryCode } from '../keys/recovery-code';
import { assertPasswordFitsUser, findUserByName } from '../users/users-service';
import type { SessionManager } from './session-manager';

/**
 * When no admin can log in: the recovery code opens the database, the named admin gets a new
 * password, and the code is replaced by a new one (returned once). The session stays locked; the
 * admin then logs in with the new password.
 */
export async function recoverWithCode(
  session: SessionManager,
  code: string,
  adminUsername: string,
  newPassword: string,
): Promise<{ recoveryCode: string }> {
  session.requireState('locked');
  session.throttle.check();
  assertPasswordFitsUser(newPassword, adminUsername);
  const ring = keyring.readKeyring(session.dataDir);
  let keys: keyring.UnlockedKeys;
  try {
    keys = await keyring.unlockWithRecoveryCode(ring, code);
  } catch (error) {
    if (error instanceof AppError && error.code === 'WRONG_RECOVERY_CODE') session.throttle.recordFailure();
    throw error;
  }
  const { db, key } = await session.openWithKeys(ring, keys);
  try {
    const admin = await findUserByName(db.manager, adminUsername);
    if (!admin || !admin.active || !admin.roles.includes('admin')) throw new AppError('USER_NOT_FOUND');
    const newCode = generateRecoveryCode();
    const opts = session.options;
    let updated = await keyring.setUserSlot(keyring.readKeyring(session.dataDir), admin.username, newPassword, key, opts.kdf);
    updated = await keyring.setRecoverySlot(updated, newCode, key, opts.kdf);
    await db.transaction(async (m) => {
      await m.update('User', { id: admin.id }, { mustChangePassword: false });
      await appendAudit(m, { userId: admin.id, action: 'recover', entity: 'user', entityId: admin.id }, session.clock.now());
      keyring.writeKeyring(session.dataDir, updated);
    });
    session.throttle.recordSuccess();
    return { recoveryCode: newCode };
  } finally {
    await db.destroy();
    key.fill(0);
  }
}
