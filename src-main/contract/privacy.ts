import { z } from 'zod';
import { ADMIN_ONLY, channel } from './channel';
import * as f from './fields';
import type { FileDownload } from './files';
import { modules, type ModuleId } from './modules';

export const ERASURE_REASONS = ['request', 'consentWithdrawn'] as const;

export interface ErasureResult {
  modules: { module: ModuleId; anonymised: number; scrubbed: number }[];
}

/** A client reference as staff typed it: initials, a case number, a pseudonym. */
export const clientReference = f.requiredText(80).refine((v) => v.replace(/[\s.]/g, '').length >= 2, { error: 'validation:referenceTooShort' });

export const eraseInput = z.strictObject({
  reference: clientReference,
  modules,
  reason: z.enum(ERASURE_REASONS),
});

/** One record found for a data subject: which module and table, and its fields (personal data, for the subject's own copy). */
export interface SubjectRecord {
  module: ModuleId;
  table: string;
  /** `reference`: the row carries the reference; `mention`: its free text mentions it. */
  match: 'reference' | 'mention';
  fields: Record<string, unknown>;
  /** When processing of this record was restricted (Art. 18), if it is now; the report says so. */
  restrictedSince?: string | null;
}

/** Who accessed the subject's records, and when (from the audit trail; names of staff, not of other subjects). */
export interface SubjectAccessEntry {
  at: string;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
}

export interface SubjectReport {
  reference: string;
  generatedAt: string;
  records: SubjectRecord[];
  accessLog: SubjectAccessEntry[];
}

export const subjectInput = z.strictObject({ reference: clientReference, modules });

export interface RetentionView {
  paused: boolean;
  lastRun: { at: string; rows: number } | null;
  classes: { id: string; table: string; action: 'delete' | 'anonymise'; defaultMonths: number; months: number; note: string }[];
}

/**
 * What a purge does now: per deletion class, the rows it reaches (row ids of its table; for the
 * audit trail, which can hold millions, the id range instead) and what happens to them.
 */
export interface PurgePlan {
  paused: boolean;
  at: string;
  classes: {
    id: string;
    table: string;
    action: 'delete' | 'anonymise';
    months: number;
    cutoff: string;
    count: number;
    rowIds: number[];
    idRange: { from: number; to: number } | null;
  }[];
}

export const retentionInput = z.strictObject({
  paused: z.boolean(),
  classes: z.array(z.strictObject({ id: z.string().max(80), months: f.wholeNumber(1, 600), note: f.optionalText(500) })).max(100),
});

export const privacyChannels = {
  'privacy.retentionGet': channel<RetentionView>()({ input: f.empty, access: ADMIN_ONLY, kind: 'read' }),
  /** Periods per deletion class (with the legal basis as a note) and the pause switch. */
  'privacy.retentionSave': channel<RetentionView>()({ input: retentionInput, access: ADMIN_ONLY, kind: 'write' }),
  /** The dry run: exactly what a purge would anonymise or delete now. */
  'privacy.purgeDryRun': channel<PurgePlan>()({ input: f.empty, access: ADMIN_ONLY, kind: 'read' }),
  /** The purge, after the admin confirmed the dry run; paused: does nothing. Compacts the database afterwards. */
  'privacy.purgeApply': channel<PurgePlan>()({ input: z.strictObject({ confirm: z.literal(true) }), access: ADMIN_ONLY, kind: 'read' }),
  /** Erases a client everywhere in the chosen modules (anonymised, statistics kept), records it in the erasure ledger, then compacts the database. */
  'privacy.erase': channel<ErasureResult>()({ input: eraseInput, access: ADMIN_ONLY, kind: 'read' }),
  /** Subject access: everything the modules store under a reference and its variants, and who accessed it. A preview; recorded. */
  'privacy.subjectSearch': channel<SubjectReport>()({ input: subjectInput, access: ADMIN_ONLY, kind: 'read' }),
  /** The same as a JSON file for the subject; recorded as an export. */
  'privacy.subjectExport': channel<FileDownload>()({ input: subjectInput, access: ADMIN_ONLY, kind: 'read' }),
} as const;
