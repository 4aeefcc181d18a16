import { AUDIT_ACTIONS, AUDIT_ANCHOR_STATES, DAMAGE_KINDS, ERASURE_REASONS, ERROR_CODES, MODULES, ROLES } from '../../../src-main/contract';
import { IMPORT_FIELD_KEYS, IMPORT_MESSAGES, IMPORT_TARGET_IDS, importFieldKey, importTargetKey } from '../../../src-main/contract/imports';
import { PERIOD_KINDS, REPORT_MEASURES, REPORT_TABLES, reportMeasureKey, reportTableKey } from '../../../src-main/contract/reports';
import { LIST_EXPORT_FORMATS } from '../../../src-main/contract/list-export';
import { MODULE_DYNAMIC_KEYS } from '../modules/module-keys';

/**
 * Translation keys built at run time, which a text search for literal keys cannot see.
 * The i18n key test counts these as used, and requires each to exist in every language.
 */
export const errorKey = (code: string): string => `errors:${code}`;
export const damageKey = (kind: string): string => `errors:damage.${kind}`;
export const auditAnchorKey = (state: string): string => `errors:auditAnchor.${state}`;
export const roleKey = (role: string): string => `common:role.${role}`;
export const moduleKey = (module: string): string => `common:module.${module}`;
export const roleHintKey = (role: string): string => `common:roleHint.${role}`;
export const moduleHintKey = (module: string): string => `common:moduleHint.${module}`;
export const auditActionKey = (action: string): string => `privacy:action.${action}`;
export const erasureReasonKey = (reason: string): string => `privacy:subject.reasons.${reason}`;

export const exportFormatKey = (format: string): string => `common:export.${format}`;
/** The subject report (Art. 15) on paper, in the client's language beside German (locales/<lng>/forms.json). */
export const SUBJECT_REPORT_TEXTS = ['title', 'reference', 'printedOn', 'intro', 'records', 'module', 'data', 'accessTitle', 'when', 'who', 'what', 'none', 'system', 'byMention', 'restrictedSince'] as const;
/**
 * Columns the subject reads most (their reference, the appointment, the call, the household and
 * its case, the texts): printed with a label in their language; any other column prints with its
 * database name only. The database name stays beside every label, small, for the officer.
 */
export const SUBJECT_REPORT_FIELDS = [
  'id', 'client_reference', 'start_local', 'end_local', 'duration_minutes', 'language', 'topic', 'setting', 'address', 'status', 'created_at', 'note', 'notes', 'comment',
  'employee_ref', 'employee_name', 'employee_contact', 'question', 'answer', 'outcome', 'started_at', 'closed_at',
  'reference', 'members', 'languages', 'stage', 'stage_reason', 'moved_out_on', 'reason', 'what',
] as const;
/** The field's label key, or null when the column has no label (it prints as its database name). */
export const subjectReportFieldKey = (column: string): string | null =>
  (SUBJECT_REPORT_FIELDS as readonly string[]).includes(column) ? `forms:subject.fields.${column}` : null;
export const SUBJECT_REPORT_ACTIONS = ['view', 'create', 'update', 'delete', 'export', 'erase', 'other'] as const;
export const subjectReportKey = (key: string): string => `forms:subject.${key}`;
export const subjectReportModuleKey = (module: string): string => `forms:subject.modules.${module}`;
export const subjectReportActionKey = (action: string): string =>
  `forms:subject.actions.${(SUBJECT_REPORT_ACTIONS as readonly string[]).includes(action) ? action : 'other'}`;

export const periodKindKey = (kind: string): string => `reports:kind.${kind}`;

export const DYNAMIC_KEYS: string[] = [
  ...ERROR_CODES.map(errorKey),
  ...DAMAGE_KINDS.map(damageKey),
  ...AUDIT_ANCHOR_STATES.map(auditAnchorKey),
  ...ROLES.map(roleKey),
  ...ROLES.map(roleHintKey),
  ...MODULES.map(moduleKey),
  ...MODULES.map(moduleHintKey),
  ...AUDIT_ACTIONS.map(auditActionKey),
  ...ERASURE_REASONS.map(erasureReasonKey),
  ...SUBJECT_REPORT_TEXTS.map(subjectReportKey),
  ...MODULES.map(subjectReportModuleKey),
  ...SUBJECT_REPORT_ACTIONS.map(subjectReportActionKey),
  ...SUBJECT_REPORT_FIELDS.map((f) => `forms:subject.fields.${f}`),
  ...MODULE_DYNAMIC_KEYS,
  ...REPORT_MEASURES.map(reportMeasureKey),
  ...REPORT_TABLES.map(reportTableKey),
  ...PERIOD_KINDS.map(periodKindKey),
  ...IMPORT_FIELD_KEYS.map(importFieldKey),
  ...IMPORT_TARGET_IDS.map(importTargetKey),
  ...IMPORT_MESSAGES,
  ...LIST_EXPORT_FORMATS.map(exportFormatKey),
];
