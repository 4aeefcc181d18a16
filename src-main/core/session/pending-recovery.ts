import type { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit-log';
import * as keyring from '../keys/keyring';
import { openPendingRecoveryCode } from '../keys/pending-recovery-code';
import type { SessionManager } from './session-manager';

/**
 * The recovery code that replaced the previous one and that no admin has confirmed as stored yet
 * (see keys/pending-recovery-code.ts), or null. A code sealed under another key than the one in
 * use (it cannot happen unless the keyring was tampered with) counts as none.
 */
export function pendingRecoveryCode(session: SessionManager): { id: string; recoveryCode: string } | null {
  const pending = keyring.readKeyring(session.dataDir).pendingRecoveryCode;
  if (!pending) return null;
  const code = openPendingRecoveryCode(pending, session.host.key);
  return code ? { id: pending.id, recoveryCode: code } : null;
}

/** An admin stored the code: it is no longer shown. Audited; the keyring is written last so a failure rolls the entry back. */
export async function confirmRecoveryCode(session: SessionManager, db: EntityManager, actorId: number, id: string): Promise<void> {
  const ring = keyring.readKeyring(session.dataDir);
  if (ring.pendingRecoveryCode?.id !== id) return;
  await appendAudit(db, { userId: actorId, action: 'confirmRecoveryCode', entity: 'keyring' }, session.clock.now());
  keyring.writeKeyring(session.dataDir, keyring.confirmPendingRecoveryCode(ring, id));
}
