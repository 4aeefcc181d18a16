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
  ...MODULE_DYNAMIC_KEYS,
  ...REPORT_MEASURES.map(reportMeasureKey),
  ...REPORT_TABLES.map(reportTableKey),
  ...PERIOD_KINDS.map(periodKindKey),
  ...IMPORT_FIELD_KEYS.map(importFieldKey),
  ...IMPORT_TARGET_IDS.map(importTargetKey),
  ...IMPORT_MESSAGES,
  ...LIST_EXPORT_FORMATS.map(exportFormatKey),
];
