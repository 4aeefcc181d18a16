import crypto from 'node:crypto';
import { z } from 'zod';

/**
 * A recovery code that has replaced the previous one but has not yet been confirmed as stored by
 * an admin. It lives in the keyring, encrypted under a key derived from the master key it belongs
 * with, and is shown to every admin who signs in until one of them confirms it: a crash (or a lost
 * answer) between writing a new recovery slot and showing the code must never leave a code nobody
 * has seen. Anyone able to decrypt it already holds the master key the code unlocks, so keeping it
 * there gives nothing away.
 */
const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const pendingRecoveryCodeSchema = z.object({
  /** Names this code when an admin confirms it, so a newer one is never confirmed unseen. */
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  nonce: b64,
  ciphertext: b64,
  tag: b64,
});

export type PendingRecoveryCode = z.infer<typeof pendingRecoveryCodeSchema>;

const INFO = 'bruecke pending recovery code v1';

function derive(masterKey: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), INFO, 32));
}

export function sealPendingRecoveryCode(code: string, masterKey: Buffer): PendingRecoveryCode {
  const id = crypto.randomBytes(12).toString('base64url');
  const key = derive(masterKey);
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(id, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  key.fill(0);
  return { id, nonce: nonce.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The code, or null when it was sealed under another master key (never readable with this one). */
export function openPendingRecoveryCode(pending: PendingRecoveryCode, masterKey: Buffer): string | null {
  const key = derive(masterKey);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(pending.nonce, 'base64'));
    decipher.setAAD(Buffer.from(pending.id, 'utf8'));
    decipher.setAuthTag(Buffer.from(pending.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(pending.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}
