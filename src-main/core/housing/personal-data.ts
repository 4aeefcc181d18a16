import type { PersonalDataTable } from '../module';

/**
 * Where the housing module keeps personal data (its descriptor's personalData), in a file of its
 * own so the handlers can erase a household (withdrawn consent) without importing the module.
 */
export const HOUSING_PERSONAL_DATA: readonly PersonalDataTable[] = [
  { table: 'housing_household', subject: 'client', referenceColumns: ['reference'], freeTextColumns: [], auditEntity: 'household', quarterDates: [{ column: 'created_at' }] },
  // Move-outs are counted per quarter of moved_out_on; every date of an anonymised case goes to its quarter.
  {
    table: 'housing_case',
    subject: 'client',
    referenceColumns: [],
    freeTextColumns: ['stage_reason'],
    auditEntity: 'moveOutCase',
    quarterDates: [{ column: 'moved_out_on' }, { column: 'stage_since' }, { column: 'planned_move_on' }, { column: 'paused_from' }, { column: 'created_at' }],
  },
  { table: 'housing_stage_history', subject: 'client', referenceColumns: [], freeTextColumns: ['reason'] },
  { table: 'housing_waiting_period', subject: 'client', referenceColumns: [], freeTextColumns: ['what'] },
  { table: 'housing_case_document', subject: 'client', referenceColumns: [], freeTextColumns: ['custom_label'] },
  { table: 'housing_case_contact', subject: 'contactPerson', referenceColumns: ['name', 'phone', 'email'], freeTextColumns: [] },
];
