import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What a backup says about itself, beside it as `<name>.json` (no personal data, no key): when,
 * which app and schema, the file's SHA-256, which backup key (by id), the erasure ledger's
 * high-water mark, the master key sealed under the backup key, and the key slots (keyring.json:
 * salted hashes, no names) so users sign in to a restored installation with their passwords.
 */
export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.string(),
  file: z.string(),
  bytes: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string(),
  erasureHighWater: z.number().int(),
  sealedMasterKey: z.string(),
  keyring: z.unknown(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export const BACKUP_EXTENSION = '.bkp';

export function manifestPathOf(backupFile: string): string {
  return backupFile.replace(/\.bkp$/, '.json');
}

export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestPathOf(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Backups in a folder with their manifests, newest first. A file without a readable manifest is left out. */
export function listBackups(folder: string): { file: string; manifest: BackupManifest }[] {
  if (!folder || !fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith('bruecke-') && name.endsWith(BACKUP_EXTENSION))
    .map((name) => path.join(folder, name))
    .flatMap((file) => {
      const manifest = readManifest(file);
      return manifest ? [{ file, manifest }] : [];
    })
    .sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
}
