import { appendAudit } from '../audit/audit-log';
import { AppError } from '../errors';
import * as keyring from '../keys/keyring';
import { generateRecoveryCode } from '../keys/recovery-code';
import { assertPasswordFitsUser, findUserByName } from '../users/users-service';
import type { SessionManager } from './session-manager';

/**
 * When no admin can log in: the recovery code opens the database, the named admin gets a new
 * password, and the code is replaced by a new one (returned once). Nobody is signed in by it;
 * the admin then logs in with the new password. Guesses are throttled like passwords.
 */
export async function recoverWithCode(
  session: SessionManager,
  code: string,
  adminUsername: string,
  newPassword: string,
  address: string,
): Promise<{ recoveryCode: string }> {
  session.host.requireSetUp();
  const throttleKeys = { account: 'recovery', address };
  session.throttle.check(throttleKeys);
  assertPasswordFitsUser(newPassword, adminUsername);
  const ring = keyring.readKeyring(session.dataDir);
  let keys: keyring.UnlockedKeys;
  try {
    keys = await keyring.unlockWithRecoveryCode(ring, code);
  } catch (error) {
    if (error instanceof AppError && error.code === 'WRONG_RECOVERY_CODE') session.throttle.recordFailure(throttleKeys);
    throw error;
  }
  return session.exclusive(async () => {
    const host = session.host;
    const wasOpen = host.isOpen;
    await host.ensureOpen(ring, keys);
    try {
      const admin = await findUserByName(host.db.manager, adminUsername);
      if (!admin || !admin.active || !admin.roles.includes('admin')) throw new AppError('USER_NOT_FOUND');
      const newCode = generateRecoveryCode();
      const kdf = session.options.kdf;
      let updated = await keyring.setUserSlot(keyring.readKeyring(session.dataDir), admin.username, newPassword, host.key, kdf);
      // Pending until an admin confirms it: the answer carrying it may never arrive.
      updated = await keyring.replaceRecoveryCode(updated, newCode, host.key, kdf);
      await host.db.transaction(async (m) => {
        await m.update('User', { id: admin.id }, { mustChangePassword: false });
        await appendAudit(m, { userId: admin.id, action: 'recover', entity: 'user', entityId: admin.id }, session.clock.now());
        keyring.writeKeyring(session.dataDir, updated);
      });
      session.throttle.recordSuccess(throttleKeys);
      return { recoveryCode: newCode };
    } finally {
      if (!wasOpen && session.sessions.size === 0) await host.close();
    }
  });
}
