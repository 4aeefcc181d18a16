import { z } from 'zod';
import { defineSetting } from '../settings/settings-store';

/**
 * Where and how often backups are written. `key` is the backup key derived from the backup code
 * (hex): kept inside the encrypted database so scheduled backups run without the admin; never
 * returned by any channel. Null until an admin has created a backup code.
 */
export const BACKUP_SETTINGS = defineSetting({
  key: 'backup.settings',
  schema: z.object({
    folder: z.string(),
    keepDaily: z.number().int().min(1).max(60),
    keepWeekly: z.number().int().min(0).max(104),
    intervalHours: z.number().int().min(0).max(168),
    onClose: z.boolean(),
    key: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    keyId: z.string().nullable(),
    keyCreatedAt: z.string().nullable(),
    lastBackupAt: z.string().nullable(),
    lastRestoreTest: z.object({ at: z.string(), ok: z.boolean(), file: z.string(), problem: z.string().nullable() }).nullable(),
  }),
  defaults: { folder: '', keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: true, key: null, keyId: null, keyCreatedAt: null, lastBackupAt: null, lastRestoreTest: null },
});
