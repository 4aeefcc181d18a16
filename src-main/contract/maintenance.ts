import { ADMIN_ONLY, channel } from './channel';
import * as f from './fields';

export interface AuditVerification {
  intact: boolean;
  entries: number;
  /** The first entry whose hash does not match its content or its predecessor. */
  firstBrokenId: number | null;
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
