import { CONSENT_GIVERS } from '../../../../src-main/contract/consent';
import {
  CALL_STATUSES,
  OUTREACH_KINDS,
  SEED_KEYS,
  SIZE_BANDS,
  SUPPORT_ACTION_KINDS,
  TAXONOMY_KINDS,
  URGENCIES,
} from '../../../../src-main/contract/hotline/values';

/**
 * Translation keys of the hotline module built at run time (enum values), so the i18n
 * check counts them as used. No React here: the check runs in Node.
 */
/** Seed keys like `legal.workPermit` become flat translation keys (`hotline:tax.legal_workPermit`). */
export const taxonomyKey = (key: string) => `hotline:tax.${key.replaceAll('.', '_')}`;
export const urgencyKey = (u: string) => `hotline:urgency.${u}`;
export const sizeBandKey = (s: string) => `hotline:sizeBand.${s}`;
export const supportKindKey = (k: string) => `hotline:supportKind.${k}`;
export const outreachKindKey = (k: string) => `hotline:outreachKind.${k}`;
export const callStatusKey = (s: string) => `hotline:status.${s}`;
export const followUpKindKey = (k: string) => `hotline:taskKind.${k}`;
export const followUpStatusKey = (s: string) => `hotline:followUp.status.${s}`;
export const taxonomyKindKey = (k: string) => `hotline:taxonomyKind.${k}`;

export const dynamicKeys: string[] = [
  ...SEED_KEYS.map(taxonomyKey),
  ...URGENCIES.map(urgencyKey),
  ...SIZE_BANDS.map(sizeBandKey),
  ...SUPPORT_ACTION_KINDS.map(supportKindKey),
  ...OUTREACH_KINDS.map(outreachKindKey),
  ...CALL_STATUSES.map(callStatusKey),
  ...TAXONOMY_KINDS.map(taxonomyKindKey),
  ...['open', 'done', 'cancelled'].map(followUpStatusKey),
  // The hotline's own rule messages (contract/hotline/schemas.ts), shown by the form kit's fields.
  ...['postcode', 'email', 'duration'].map((k) => `hotline:validation.${k}`),
  ...CONSENT_GIVERS.map((g) => `hotline:namedCase.giver.${g}`),
];
