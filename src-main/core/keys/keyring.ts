import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers';
import { z } from 'zod';
import { writeFileAtomic } from '../data-dir/atomic-file';
import { AppError } from '../errors';
import { deriveKey, type KdfParams } from './kdf';
import { pendingRecoveryCodeSchema, sealPendingRecoveryCode } from './pending-recovery-code';
import { normaliseRecoveryCode } from './recovery-code';

/**
 * The keyring: one slot per user plus one recovery slot, beside the database.
 *
 * Each slot has its own X25519 key pair (libsodium box). The slot's secret key is wrapped with
 * AES-256-GCM under a key derived from the user's password (scrypt); the database master key is
 * sealed to the slot's public key (libsodium sealed box). Why the extra key pair instead of wrapping
 * the master key under the password directly: deactivating a user rekeys the database, and the new
 * master key must reach every remaining slot without knowing those users' passwords. Sealing to a
 * public key allows exactly that, while opening still needs the password.
 *
 * No user name is stored: a user slot is found by HMAC-SHA-256(lookup salt, user name).
 */

const FORMAT = 'bruecke-keyring';
const VERSION = 1;
const RECOVERY_ID = 'recovery';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const slotSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['user', 'recovery']),
  lookupSalt: b64,
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: b64 }),
  publicKey: b64,
  wrappedSecretKey: z.object({ nonce: b64, ciphertext: b64, tag: b64 }),
  sealedMasterKey: b64,
  /** Present only while a rekey is under way: the key the database is being moved to. */
  sealedNextMasterKey: b64.optional(),
});

const keyringSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  slots: z.array(slotSchema),
  /** A new recovery code not yet confirmed as stored by an admin (keys/pending-recovery-code.ts). */
  pendingRecoveryCode: pendingRecoveryCodeSchema.optional(),
});

export type Slot = z.infer<typeof slotSchema>;
export type Keyring = z.infer<typeof keyringSchema>;

export const KEYRING_FILE = 'keyring.json';

export function keyringPath(dataDir: string): string {
  return path.join(dataDir, KEYRING_FILE);
}

export function keyringExists(dataDir: string): boolean {
  return fs.existsSync(keyringPath(dataDir));
}

export function readKeyring(dataDir: string): Keyring {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(keyringPath(dataDir), 'utf8'));
  } catch {
    throw new AppError('KEYRING_CORRUPT', 'keyring is not readable JSON');
  }
  const parsed = keyringSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('KEYRING_CORRUPT', 'keyring does not match its format');
  return parsed.data;
}

/** Atomic (see data-dir/atomic-file.ts): a crash leaves the old keyring or the new one. */
export function writeKeyring(dataDir: string, keyring: Keyring): void {
  writeFileAtomic(dataDir, KEYRING_FILE, JSON.stringify(keyring, null, 2));
}

export function emptyKeyring(): Keyring {
  return { format: FORMAT, version: VERSION, slots: [] };
}

export async function ready(): Promise<void> {
  await sodium.ready;
}

function normaliseUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

function lookupId(username: string, lookupSalt: Buffer): string {
  return crypto.createHmac('sha256', lookupSalt).update(normaliseUsername(username)).digest('base64url');
}

function slotAad(id: string, publicKey: string): Buffer {
  return Buffer.from(`${FORMAT}/${VERSION}/${id}/${publicKey}`, 'utf8');
}

async function buildSlot(
  kind: Slot['kind'],
  secret: string,
  masterKey: Buffer,
  kdf: KdfParams,
  idFor: (lookupSalt: Buffer) => string,
): Promise<Slot> {
  await sodium.ready;
  const lookupSalt = crypto.randomBytes(16);
  const id = idFor(lookupSalt);
  const salt = crypto.randomBytes(16);
  const kek = await deriveKey(secret, salt, kdf);
  const pair = sodium.crypto_box_keypair();
  const publicKey = Buffer.from(pair.publicKey).toString('base64');
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(slotAad(id, publicKey));
  const ciphertext = Buffer.concat([cipher.update(pair.privateKey), cipher.final()]);
  kek.fill(0);
  pair.privateKey.fill(0);
  return {
    id,
    kind,
    lookupSalt: lookupSalt.toString('base64'),
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: salt.toString('base64') },
    publicKey,
    wrappedSecretKey: {
      nonce: nonce.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    },
    sealedMasterKey: Buffer.from(sodium.crypto_box_seal(masterKey, pair.publicKey)).toString('base64'),
  };
}

/** Unwraps the slot's secret key with the password; null when the password (or slot) is wrong. */
async function openSecretKey(slot: Slot, secret: string): Promise<Buffer | null> {
  const kek = await deriveKey(secret, Buffer.from(slot.kdf.salt, 'base64'), slot.kdf);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.wrappedSecretKey.nonce, 'base64'));
    decipher.setAAD(slotAad(slot.id, slot.publicKey));
    decipher.setAuthTag(Buffer.from(slot.wrappedSecretKey.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(slot.wrappedSecretKey.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

/**
 * The keys a slot opens: the database's master key and, while a rekey is under way (a crash
 * between rewriting the keyring and `PRAGMA rekey`), the key it is moving to. The caller tries both.
 */
export interface UnlockedKeys {
  current: Buffer;
  next: Buffer | null;
}

async function openMasterKeys(slot: Slot, secret: string): Promise<UnlockedKeys | null> {
  await sodium.ready;
  const secretKey = await openSecretKey(slot, secret);
  if (!secretKey) return null;
  const publicKey = Buffer.from(slot.publicKey, 'base64');
  const open = (sealed: string) => Buffer.from(sodium.crypto_box_seal_open(Buffer.from(sealed, 'base64'), publicKey, secretKey));
  try {
    return {
      current: open(slot.sealedMasterKey),
      next: slot.sealedNextMasterKey ? open(slot.sealedNextMasterKey) : null,
    };
  } catch {
    return null;
  } finally {
    secretKey.fill(0);
  }
}

export function findUserSlot(keyring: Keyring, username: string): Slot | undefined {
  return keyring.slots.find((slot) => {
    if (slot.kind !== 'user') return false;
    const expected = Buffer.from(lookupId(username, Buffer.from(slot.lookupSalt, 'base64')));
    const actual = Buffer.from(slot.id);
    return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
  });
}

export function hasUserSlot(keyring: Keyring, username: string): boolean {
  return findUserSlot(keyring, username) !== undefined;
}

/** The master key(s), or WRONG_CREDENTIALS. Unknown users cost one derivation too, so timing does not tell. */
export async function unlockWithPassword(keyring: Keyring, username: string, password: string): Promise<UnlockedKeys> {
  const slot = findUserSlot(keyring, username);
  if (!slot) {
    await deriveKey(password, crypto.randomBytes(16), keyring.slots[0]?.kdf ?? { N: 2 ** 17, r: 8, p: 1 });
    throw new AppError('WRONG_CREDENTIALS');
  }
  const keys = await openMasterKeys(slot, password);
  if (!keys) throw new AppError('WRONG_CREDENTIALS');
  return keys;
}

export async function unlockWithRecoveryCode(keyring: Keyring, code: string): Promise<UnlockedKeys> {
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  if (!slot) throw new AppError('KEYRING_CORRUPT', 'no recovery slot');
  const keys = await openMasterKeys(slot, normaliseRecoveryCode(code));
  if (!keys) throw new AppError('WRONG_RECOVERY_CODE');
  return keys;
}

/** Adds a slot for the user, replacing any slot they had (password reset). */
export async function setUserSlot(
  keyring: Keyring,
  username: string,
  password: string,
  masterKey: Buffer,
  kdf: KdfParams,
): Promise<Keyring> {
  const slot = await buildSlot('user', password, masterKey, kdf, (salt) => lookupId(username, salt));
  return { ...keyring, slots: [...withoutUser(keyring, username).slots, slot] };
}

export function withoutUser(keyring: Keyring, username: string): Keyring {
  const existing = findUserSlot(keyring, username);
  return existing ? { ...keyring, slots: keyring.slots.filter((s) => s !== existing) } : keyring;
}

export async function setRecoverySlot(keyring: Keyring, code: string, masterKey: Buffer, kdf: KdfParams): Promise<Keyring> {
  const slot = await buildSlot('recovery', normaliseRecoveryCode(code), masterKey, kdf, () => RECOVERY_ID);
  return { ...keyring, slots: [...keyring.slots.filter((s) => s.kind !== 'recovery'), slot] };
}

/**
 * Replaces the recovery code and keeps the new one pending (shown to admins until one confirms
 * it), encrypted under `sealUnder`: the master key the database will use once this keyring is
 * in force (the next key during a rekey).
 */
export async function replaceRecoveryCode(keyring: Keyring, code: string, masterKey: Buffer, kdf: KdfParams, sealUnder: Buffer = masterKey): Promise<Keyring> {
  const updated = await setRecoverySlot(keyring, code, masterKey, kdf);
  return { ...updated, pendingRecoveryCode: sealPendingRecoveryCode(code, sealUnder) };
}

/** An admin confirmed they stored the pending code with this id; any other pending code stays. */
export function confirmPendingRecoveryCode(keyring: Keyring, id: string): Keyring {
  if (keyring.pendingRecoveryCode?.id !== id) return keyring;
  const { pendingRecoveryCode: _confirmed, ...rest } = keyring;
  return rest;
}

/**
 * Changing one's password rewrites only that slot: the same key pair and sealed master key,
 * the secret key wrapped under a key derived from the new password with a fresh salt.
 */
export async function changeUserPassword(
  keyring: Keyring,
  username: string,
  currentPassword: string,
  newPassword: string,
  kdf: KdfParams,
): Promise<Keyring> {
  const slot = findUserSlot(keyring, username);
  if (!slot) throw new AppError('WRONG_PASSWORD');
  const secretKey = await openSecretKey(slot, currentPassword);
  if (!secretKey) throw new AppError('WRONG_PASSWORD');
  try {
    const salt = crypto.randomBytes(16);
    const kek = await deriveKey(newPassword, salt, kdf);
    const nonce = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', kek, nonce);
    cipher.setAAD(slotAad(slot.id, slot.publicKey));
    const ciphertext = Buffer.concat([cipher.update(secretKey), cipher.final()]);
    kek.fill(0);
    const updated: Slot = {
      ...slot,
      kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: salt.toString('base64') },
      wrappedSecretKey: {
        nonce: nonce.toString('base64'),
        ciphertext: ciphertext.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      },
    };
    return { ...keyring, slots: keyring.slots.map((s) => (s === slot ? updated : s)) };
  } finally {
    secretKey.fill(0);
  }
}

function seal(key: Buffer, slot: Slot): string {
  return Buffer.from(sodium.crypto_box_seal(key, Buffer.from(slot.publicKey, 'base64'))).toString('base64');
}

/**
 * Rekey, phase one: every remaining slot gets the next master key beside the current one, so a
 * crash before or after `PRAGMA rekey` still leaves a key that opens the database. No password is
 * needed, because sealing uses the slots' public keys.
 */
export async function addNextMasterKey(keyring: Keyring, current: Buffer, next: Buffer): Promise<Keyring> {
  await sodium.ready;
  return {
    ...keyring,
    slots: keyring.slots.map((slot) => ({ ...slot, sealedMasterKey: seal(current, slot), sealedNextMasterKey: seal(next, slot) })),
  };
}

/** Rekey, phase two (the database now uses `next`): only the new key remains. */
export async function promoteNextMasterKey(keyring: Keyring, next: Buffer): Promise<Keyring> {
  await sodium.ready;
  return {
    ...keyring,
    slots: keyring.slots.map(({ sealedNextMasterKey: _dropped, ...slot }) => ({ ...slot, sealedMasterKey: seal(next, slot) })),
  };
}
