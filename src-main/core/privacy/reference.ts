import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { defineSetting, readSetting, writeSetting } from '../settings/settings-store';

/** A client reference as compared: case, spaces and dots do not matter (`A. K.` = `a.k.` = `AK`). */
export function normaliseReference(reference: string): string {
  return reference.toLowerCase().replace(/[\s.]/g, '');
}

/**
 * How staff may have written the reference in free text: as typed, without spaces, with a space
 * after each dot. Compared case-insensitively. References shorter than 2 characters are not
 * searched in free text (they would match everywhere).
 */
export function referenceVariants(reference: string): string[] {
  const typed = reference.trim();
  const variants = new Set([typed, typed.replace(/\s+/g, ''), typed.replace(/\.\s*/g, '. ').trim()]);
  return [...variants].filter((v) => normaliseReference(v).length >= 2);
}

/** The installation's salt for the erasure ledger; kept in the encrypted database, created at the first erasure. */
const LEDGER_SALT = defineSetting({ key: 'privacy.ledgerSalt', schema: z.string().regex(/^([0-9a-f]{64})?$/), defaults: '' });

export async function ledgerSalt(db: EntityManager): Promise<string> {
  const stored = await readSetting(db, LEDGER_SALT);
  if (stored) return stored;
  const salt = crypto.randomBytes(32).toString('hex');
  await writeSetting(db, LEDGER_SALT, salt);
  return salt;
}

/** Adopts the salt of a newer ledger (from beside the backups) when a restored database predates the first erasure. */
export async function adoptLedgerSalt(db: EntityManager, salt: string): Promise<void> {
  if (!(await readSetting(db, LEDGER_SALT))) await writeSetting(db, LEDGER_SALT, salt);
}

/** What the ledger keeps instead of the reference: a salted hash, per module (modules keep their own references). */
export function referenceHash(salt: string, module: string, reference: string): string {
  return crypto.createHash('sha256').update(salt).update('\n').update(module).update('\n').update(normaliseReference(reference)).digest('hex');
}
