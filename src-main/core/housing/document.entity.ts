import { EntitySchema } from 'typeorm';
import type { DocumentKind, DocumentStatus } from '../../contract/housing';

/** One item of a case's document checklist (WBS, rent approval …). */
export interface CaseDocument {
  id: number;
  caseId: number;
  kind: DocumentKind;
  customLabel: string | null;
  status: DocumentStatus;
  statusOn: string | null;
  expiresOn: string | null;
}

export const CaseDocumentEntity = new EntitySchema<CaseDocument>({
  name: 'HousingCaseDocument',
  tableName: 'housing_case_document',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'case_id' },
    kind: { type: 'text' },
    customLabel: { type: 'text', name: 'custom_label', nullable: true },
    status: { type: 'text' },
    statusOn: { type: 'text', name: 'status_on', nullable: true },
    expiresOn: { type: 'text', name: 'expires_on', nullable: true },
  },
});
