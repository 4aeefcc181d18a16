import crypto from 'node:crypto';
import { generateRecoveryCode, normaliseRecoveryCode } from '../keys/recovery-code';

/**
 * The backup code an admin holds (shown once, like the recovery code: 30 base32 characters,
 * 150 random bits). Backups are encrypted under a key derived from it, not under the database's
 * master key, so no user's password opens a backup and a backup opens on a new machine with the
 * code alone. The code is random, not chosen by a person, so HKDF suffices (no password stretching).
 */
export function generateBackupCode(): string {
  return generateRecoveryCode();
}

export function backupKeyFromCode(code: string): Buffer {
  const ikm = Buffer.from(normaliseRecoveryCode(code), 'utf8');
  return Buffer.from(crypto.hkdfSync('sha256', ikm, Buffer.from('bruecke-backup-v1'), Buffer.from('backup database key'), 32));
}

/** Names the key in a manifest without revealing it, so a wrong code is told apart from a damaged file. */
export function backupKeyId(key: Buffer): string {
  return crypto.createHash('sha256').update('bruecke-backup-key-id\n').update(key).digest('hex').slice(0, 32);
}

/** The master key travels in the manifest sealed under the backup key (AES-256-GCM), so a restore can give the users' key slots back their database. */
export function sealMasterKey(backupKey: Buffer, masterKey: Buffer): string {
  return sealBytes(backupKey, masterKey);
}

export function openMasterKey(backupKey: Buffer, sealed: string): Buffer {
  return openBytes(backupKey, sealed);
}

/** AES-256-GCM under the backup key: `iv.tag.data`, base64 parts. */
export function sealBytes(backupKey: Buffer, plain: Buffer): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', backupKey, iv);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64')).join('.');
}

export function openBytes(backupKey: Buffer, sealed: string): Buffer {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64'));
  const decipher = crypto.createDecipheriv('aes-256-gcm', backupKey, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]);
}
