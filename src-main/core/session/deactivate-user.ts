import crypto from 'node:crypto';
import { appendAudit } from '../audit/audit-log';
import { AppError } from '../errors';
import * as keyring from '../keys/keyring';
import { generateRecoveryCode } from '../keys/recovery-code';
import { createLogger } from '../log';
import { assertAnotherAdminRemains, getUser } from '../users/users-service';
import type { SessionManager } from './session-manager';

const log = createLogger('deactivate');

/**
 * Deactivating a user ends their sessions at once, removes their key slot and rekeys the
 * database, because an old copy of the keyring plus their password would otherwise still open
 * it. The recovery code is replaced too (the user may have seen it). Everyone else stays signed
 * in: the database is reopened under the new key within the call. Crash-safe in four steps:
 *   1. keyring without the user, every slot holding the current and the next key, the new
 *      recovery code in its slot and pending (sealed under the next key) until an admin confirms it;
 *   2. the user marked inactive (audited);
 *   3. a verified, flushed copy under the next key renamed over the database (DatabaseHost.rekey);
 *   4. keyring with only the next key.
 * A kill at any moment leaves a database that one of the slots' keys opens (DatabaseHost.ensureOpen
 * finishes the rekey at the next log-in) and a new recovery code that is shown to admins until
 * confirmed. Runs again for a user whose earlier deactivation was cut short. Runs in the router's queue.
 */
export async function deactivateUser(session: SessionManager, actorId: number, targetId: number): Promise<{ recoveryCode: string }> {
  if (targetId === actorId) throw new AppError('CANNOT_DEACTIVATE_SELF');
  const host = session.host;
  const target = await getUser(host.db.manager, targetId);
  const ring = keyring.readKeyring(session.dataDir);
  if (!target.active && !keyring.hasUserSlot(ring, target.username)) throw new AppError('USER_DEACTIVATED');
  if (target.roles.includes('admin')) await assertAnotherAdminRemains(host.db.manager, target.id);

  const ended = await session.endAllOf(target.id, actorId);

  const next = crypto.randomBytes(32);
  const recoveryCode = generateRecoveryCode();
  const kdf = session.options.kdf;

  let phaseOne = keyring.withoutUser(ring, target.username);
  phaseOne = await keyring.replaceRecoveryCode(phaseOne, recoveryCode, host.key, kdf, next);
  phaseOne = await keyring.addNextMasterKey(phaseOne, host.key, next);
  keyring.writeKeyring(session.dataDir, phaseOne);

  const now = session.clock.now();
  await host.db.transaction(async (m) => {
    await m.update('User', { id: target.id }, { active: false, deactivatedAt: now.toISOString() });
    await appendAudit(m, { userId: actorId, action: 'deactivate', entity: 'user', entityId: target.id, details: { sessionsEnded: ended } }, now);
    await appendAudit(m, { userId: actorId, action: 'rekey', entity: 'database' }, now);
  });
  await host.rekey(next);
  keyring.writeKeyring(session.dataDir, await keyring.promoteNextMasterKey(phaseOne, next));
  log.info(`user ${target.id} deactivated (${ended} session(s) ended), database rekeyed`);
  return { recoveryCode };
}
