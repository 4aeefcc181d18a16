import { z } from 'zod';
import { channel, type Access } from './channel';
import * as f from './fields';
import type { FileDownload } from './files';

/**
 * Moving in from Excel: the lists people keep today (interpreters, requesters, employers, households) read
 * from XLSX or CSV (`;` or `,`, UTF-8 or Windows-1252, as German Excel writes them), mapped column
 * by column, checked row by row with the same schema the form uses, and saved in one transaction
 * through the module's own save channel — or not at all.
 */

/** Each list a module can take in, with the columns a file may map to (`imports:field.<key>`). */
export const IMPORT_FIELDS = {
  'pool.interpreters': [
    { key: 'nameLatin', required: true },
    { key: 'nameNative', required: false },
    { key: 'gender', required: true },
    { key: 'languages', required: true },
    { key: 'phone', required: false },
    { key: 'email', required: false },
    { key: 'status', required: false },
    { key: 'confidentialitySignedOn', required: false },
    { key: 'notes', required: false },
  ],
  'pool.requesters': [
    { key: 'name', required: true },
    { key: 'requesterType', required: true },
    { key: 'trained', required: false },
    { key: 'address', required: false },
    { key: 'phone', required: false },
    { key: 'contactName', required: false },
    { key: 'contactPhone', required: false },
    { key: 'contactEmail', required: false },
  ],
  'hotline.employers': [
    { key: 'name', required: true },
    { key: 'sector', required: false },
    { key: 'sizeBand', required: false },
    { key: 'street', required: false },
    { key: 'postcode', required: false },
    { key: 'city', required: false },
    { key: 'notes', required: false },
    { key: 'contactName', required: false },
    { key: 'contactRole', required: false },
    { key: 'contactPhone', required: false },
    { key: 'contactEmail', required: false },
  ],
  'housing.households': [
    { key: 'reference', required: true },
    { key: 'membersUnder6', required: false },
    { key: 'members6to17', required: false },
    { key: 'members18to64', required: false },
    { key: 'members65plus', required: false },
    { key: 'languages', required: false },
    { key: 'roomsNeeded', required: true },
    { key: 'accessibility', required: false },
    { key: 'rentingStatus', required: true },
    { key: 'incomeSource', required: true },
    { key: 'accommodation', required: true },
    { key: 'movedInOn', required: true },
  ],
} as const satisfies Record<string, readonly { key: string; required: boolean }[]>;
export type ImportTargetId = keyof typeof IMPORT_FIELDS;
export const IMPORT_TARGET_IDS = Object.keys(IMPORT_FIELDS) as [ImportTargetId, ...ImportTargetId[]];
export const IMPORT_FIELD_KEYS = [...new Set(Object.values(IMPORT_FIELDS).flatMap((fields) => fields.map((x) => x.key)))];
/** Messages the core gives about a file or a row (besides the forms' own rules). */
export const IMPORT_MESSAGES = ['imports:invalidValue', 'imports:columnRequired', 'imports:unreadableFile'] as const;

export const importFieldKey = (key: string): string => `imports:field.${key}`;
export const importTargetKey = (target: string): string => `imports:target.${target.replace('.', '_')}`;

/** Those who work in a module may import into it (the core checks the target's own channel too). */
const IMPORTERS: Access = { kind: 'signedIn', roles: ['coordinator', 'hotline', 'caseworker'] };

/** 10 MB of file as base64: an 80-row list is a few kilobytes; a whole district's list still fits. */
const fileBase64 = z.string().min(1, { error: 'imports:emptyFile' }).max(14_000_000, { error: 'imports:fileTooLarge' });
const fileName = f.requiredText(255);

export const importReadInput = z.strictObject({ target: z.enum(IMPORT_TARGET_IDS), fileName, base64: fileBase64 });

/** Which column (by its index in the file) holds which field; null: not in the file. */
export const importRunInput = z.strictObject({
  target: z.enum(IMPORT_TARGET_IDS),
  fileName,
  base64: fileBase64,
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(500).nullable()),
  /** Check only: nothing is written. */
  dryRun: z.boolean(),
});

/** Rows sent per `imports.stage` call at most; the renderer sends 500. */
export const IMPORT_STAGE_CHUNK_MAX = 1000;
const stageToken = z.string().min(1).max(64);

/**
 * One chunk of a file's rows, checked and held by the core under a token of the caller's session until
 * `imports.commit` or `imports.discard` (or log-out, lock, expiry). The first chunk has token null.
 */
export const importStageInput = z.strictObject({
  token: stageToken.nullable(),
  target: z.enum(IMPORT_TARGET_IDS),
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(500).nullable()),
  /** All the file's data rows, so progress can be told as checked / total. */
  total: z.number().int().min(1).max(200_000),
  rows: z.array(z.array(z.string().max(10_000)).max(501)).min(1).max(IMPORT_STAGE_CHUNK_MAX),
});
export const importTokenInput = z.strictObject({ token: stageToken });

export interface ImportStageProgress {
  token: string;
  /** Rows checked so far (all chunks), of `total`. */
  checked: number;
  total: number;
  /** The check so far (dryRun true); complete once checked = total. */
  result: ImportResult;
}

export const rejectedReportInput = z.strictObject({
  rows: z.array(z.strictObject({ line: z.number().int().positive(), reasons: f.optionalText(2000) })).max(100_000),
  texts: z.strictObject({ line: f.optionalText(60), reasons: f.optionalText(60) }),
});

export interface ImportFile {
  /** The header row, as the file names its columns. */
  columns: string[];
  /** Data rows (the header not counted). */
  rows: number;
  format: 'xlsx' | 'csv';
  /** CSV only: how the bytes were read and which separator was found. */
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: string | null;
  /** The data rows' cells (header not included), for staging in chunks (`imports.stage`). */
  data: string[][];
}

export interface ImportIssue {
  /** The field the problem is in (a key of IMPORT_FIELDS), or '' for the row as a whole. */
  field: string;
  /** An i18n key (`validation:required`, `imports:invalidValue` …). */
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  /** Rows that would be (or were) added. */
  accepted: number;
  /** Rows already in Brücke, or twice in the file: skipped, never added twice. */
  duplicates: number[];
  rejected: { line: number; issues: ImportIssue[] }[];
  imported: number;
}

export const importsChannels = {
  'imports.read': channel<ImportFile>()({ input: importReadInput, access: IMPORTERS, kind: 'read' }),
  /** Dry run, or the commit: every accepted row in one transaction, each audited, or nothing. */
  'imports.run': channel<ImportResult>()({ input: importRunInput, access: IMPORTERS, kind: 'write' }),
  /** Checks a chunk of rows and holds the valid ones (nothing written) — progress for large files. */
  'imports.stage': channel<ImportStageProgress>()({ input: importStageInput, access: IMPORTERS, kind: 'read' }),
  /** Saves every held row in one transaction, each audited, or nothing; the token is then gone. */
  'imports.commit': channel<ImportResult>()({ input: importTokenInput, access: IMPORTERS, kind: 'write' }),
  /** Cancel: forgets the held rows; nothing was written. */
  'imports.discard': channel<null>()({ input: importTokenInput, access: IMPORTERS, kind: 'read' }),
  /** The rejected rows with their reasons (in the user's words) as a CSV for German Excel. */
  'imports.rejectedReport': channel<FileDownload>()({ input: rejectedReportInput, access: IMPORTERS, kind: 'read' }),
} as const;
