import { ADMIN_ONLY, channel } from './channel';
import * as f from './fields';

/**
 * The table against its anchor outside the database (the chain head as last committed):
 * `behind` — fewer entries than anchored (entries removed from the end, an older copy put back,
 * commits lost with the `-wal`); `diverged` — another entry at the anchored position;
 * `unreadable` — the anchor file does not open under the key; `missing` — the file is gone.
 */
export const AUDIT_ANCHOR_STATES = ['matches', 'behind', 'diverged', 'unreadable', 'missing'] as const;
export type AuditAnchorState = (typeof AUDIT_ANCHOR_STATES)[number];

export interface AuditVerification {
  /** The chain links and the anchor both hold. */
  intact: boolean;
  entries: number;
  /** The first entry whose hash does not match its content or its predecessor. */
  firstBrokenId: number | null;
  anchor: AuditAnchorState;
  /** How many entries the anchor says were committed (null when it cannot be read). */
  anchoredEntries: number | null;
}

export interface MaintenanceReport {
  /** SQLite integrity_check (and the cipher's page check where available). */
  database: { ok: boolean; problems: string[] };
  audit: AuditVerification;
}

export const maintenanceChannels = {
  /** Checks the database pages and the audit chain. */
  'maintenance.verify': channel<MaintenanceReport>()({ input: f.empty, access: ADMIN_ONLY, kind: 'read' }),
} as const;
