import { EntitySchema } from 'typeorm';
import type { ModuleId } from '../../contract';

/** Consent to data processing for one subject of one module (see contract/consent.ts). */
export interface Consent {
  id: number;
  module: ModuleId;
  subjectType: string;
  subjectId: number;
  purpose: string;
  givenOn: string;
  givenBy: 'dataSubject' | 'legalRepresentative' | 'guardian';
  formLanguage: string;
  /** The consent text's version and SHA-256 in the form language (contract/consent-form.ts); null before they were kept. */
  formVersion: number | null;
  formTextHash: string | null;
  recordedAt: string;
  recordedBy: number;
  withdrawnOn: string | null;
  withdrawnRecordedBy: number | null;
}

export const ConsentEntity = new EntitySchema<Consent>({
  name: 'Consent',
  tableName: 'consent',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    module: { type: 'text' },
    subjectType: { type: 'text', name: 'subject_type' },
    subjectId: { type: 'integer', name: 'subject_id' },
    purpose: { type: 'text' },
    givenOn: { type: 'text', name: 'given_on' },
    givenBy: { type: 'text', name: 'given_by' },
    formLanguage: { type: 'text', name: 'form_language' },
    formVersion: { type: 'integer', name: 'form_version', nullable: true },
    formTextHash: { type: 'text', name: 'form_text_hash', nullable: true },
    recordedAt: { type: 'text', name: 'recorded_at' },
    recordedBy: { type: 'integer', name: 'recorded_by' },
    withdrawnOn: { type: 'text', name: 'withdrawn_on', nullable: true },
    withdrawnRecordedBy: { type: 'integer', name: 'withdrawn_recorded_by', nullable: true },
  },
});
