import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { openBytes, sealBytes } from '../backup/backup-code';
import { writeFileAtomic } from '../data-dir/atomic-file';

/**
 * The erasure ledger beside the backups (`erasure-ledger.bkl`), sealed under the backup key: a
 * backup taken before an erasure does not hold that erasure, so a restore reads this newer copy
 * and re-applies what it lists. Written after every erasure and every backup. Holds hashes, the
 * salt, modules, times, user ids and reasons; sealed because the salt must stay secret.
 */
export const LEDGER_FILE = 'erasure-ledger.bkl';

const ledgerFileSchema = z.object({
  salt: z.string(),
  entries: z.array(z.object({ referenceHash: z.string(), module: z.string(), at: z.string(), byUserId: z.number().nullable(), reason: z.string(), scope: z.string().default('client') })),
});
export type LedgerFile = z.infer<typeof ledgerFileSchema>;

export function writeLedgerFile(folder: string, backupKey: Buffer, ledger: LedgerFile): void {
  fs.mkdirSync(folder, { recursive: true });
  writeFileAtomic(folder, LEDGER_FILE, sealBytes(backupKey, Buffer.from(JSON.stringify(ledger), 'utf8')));
}

/** The ledger beside the backups; null when there is none; `unreadable` when it was sealed under another backup code or is damaged. */
export function readLedgerFile(folder: string, backupKey: Buffer): LedgerFile | null | 'unreadable' {
  const file = path.join(folder, LEDGER_FILE);
  if (!fs.existsSync(file)) return null;
  try {
    return ledgerFileSchema.parse(JSON.parse(openBytes(backupKey, fs.readFileSync(file, 'utf8')).toString('utf8')));
  } catch {
    return 'unreadable';
  }
}
