import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../data-dir/atomic-file';

/**
 * Where the backups are, mirrored beside the database in a small plain file, because the setting
 * itself lives inside the encrypted database: when that database is damaged, start-up still has
 * to find the backups to offer. The file holds a folder path and nothing else (no personal data,
 * no key, no schedule); the backups themselves need the backup code. Written whenever the admin
 * saves the backup settings and after every backup, so an installation from before this file gets
 * it with its next backup.
 */
export const BACKUP_LOCATION_FILE = 'backup-location.json';

const locationSchema = z.object({ format: z.literal(1), folder: z.string() });

export function writeBackupLocation(dataDir: string, folder: string): void {
  writeFileAtomic(dataDir, BACKUP_LOCATION_FILE, JSON.stringify({ format: 1, folder }, null, 2));
}

/** The mirrored backup folder, or null when none was set (or the file is unreadable: then nothing is offered, nothing guessed). */
export function readBackupLocation(dataDir: string): string | null {
  try {
    const parsed = locationSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, BACKUP_LOCATION_FILE), 'utf8')));
    return parsed.success && parsed.data.folder ? parsed.data.folder : null;
  } catch {
    return null;
  }
}
