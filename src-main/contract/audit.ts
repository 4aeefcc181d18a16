import { z } from 'zod';
import { ADMIN_ONLY, SIGNED_IN, channel } from './channel';
import * as f from './fields';
import type { FileDownload } from './files';
import { moduleId, type ModuleId } from './modules';

/** The actions the audit trail records (core/audit/audit-log.ts), as the viewer filters them. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'view',
  'list',
  'export',
  'erase',
  'restrict',
  'setup',
  'login',
  'logout',
  'lock',
  'autoLock',
  'sessionEnded',
  'recover',
  'changePassword',
  'resetPassword',
  'deactivate',
  'rekey',
  'confirmRecoveryCode',
  'verify',
  'backup',
  'restore',
  'purge',
  'import',
] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

/**
 * Records that carry a history tab (who changed what, when), and the module whose staff may see
 * it. The audit holds the names of changed fields, never their values, so a history says which
 * fields changed, not from what to what.
 */
export const HISTORY_ENTITIES = {
  interpreter: 'pool',
  poolAssignment: 'pool',
  hotlineCall: 'hotline',
  hotlineEmployer: 'hotline',
  household: 'housing',
  moveOutCase: 'housing',
} as const satisfies Record<string, ModuleId>;
export type HistoryEntity = keyof typeof HISTORY_ENTITIES;

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEntryView {
  id: number;
  /** ISO instant. */
  at: string;
  userId: number | null;
  /** The acting person's display name, or null for entries without a person (setup, an ended session). */
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** Filters, counts, changed field names as recorded (JSON), never content. */
  details: Record<string, unknown> | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  total: number;
  offset: number;
}

const entityKind = z.string().trim().max(60, { error: 'validation:tooLong' }).regex(/^[A-Za-z]*$/, { error: 'validation:invalid' });

/** What the viewer filters by; every field optional, null and empty strings mean "any". */
export const auditFilter = z
  .strictObject({
    userId: f.id.nullable().default(null),
    module: moduleId.nullable().default(null),
    action: z.enum(AUDIT_ACTIONS).nullable().default(null),
    entity: entityKind.default(''),
    entityId: z.string().trim().max(40, { error: 'validation:tooLong' }).default(''),
    from: f.optionalLocalDate.default(''),
    to: f.optionalLocalDate.default(''),
  })
  .check(f.endNotBefore('from', 'to'));
export type AuditFilter = z.output<typeof auditFilter>;

export const auditChannels = {
  /** One page of the audit trail, newest first. Admin only; the look itself is recorded. */
  'audit.list': channel<AuditPage>()({
    input: z.strictObject({ filter: auditFilter, offset: z.number().int().min(0).default(0) }),
    access: ADMIN_ONLY,
    kind: 'read',
  }),
  /** Every entry the filter matches as CSV (German Excel dialect) or XLSX; the export is recorded. */
  'audit.export': channel<FileDownload>()({
    input: z.strictObject({ filter: auditFilter, format: z.enum(['csv', 'xlsx']) }),
    access: ADMIN_ONLY,
    kind: 'read',
  }),
  /** One record's history (changes, views, exports) for its module's staff and admins. */
  'audit.history': channel<AuditEntryView[]>()({
    input: z.strictObject({ entity: z.enum(Object.keys(HISTORY_ENTITIES) as [HistoryEntity, ...HistoryEntity[]]), entityId: f.id }),
    access: SIGNED_IN,
    kind: 'read',
  }),
} as const;
