import type { EntitySchema } from 'typeorm';
import { hotlineModule } from '../../contract/hotline';
import { defineCoreModule } from '../module';
import { employerRows } from './import-employers';
import { hotlineReport } from './report';
import { CallDraftEntity } from './call-draft.entity';
import { HotlineCallEntity, SupportActionEntity } from './call.entity';
import { seedHotlineDemo } from './demo';
import { EmployerContactEntity, EmployerEntity } from './employer.entity';
import { hotlineHandlers } from './handlers';
import { namedCaseErasure } from './named-case-erasure';
import { HotlineModule1764000000000 } from './migrations/1764000000000-hotline';
import { HotlineRecordVersions1764400100000 } from './migrations/1764400100000-record-versions';
import { HotlineCallListIndexes1765200100000 } from './migrations/1765200100000-call-list-indexes';
import { HotlineTaxonomyLabelMap1765400000000 } from './migrations/1765400000000-taxonomy-label-map';
import { HotlineCallSearch1766000100000 } from './migrations/1766000100000-call-search';
import { HotlineIndicatorIndexes1766000200000 } from './migrations/1766000200000-indicator-indexes';
import { OutreachEntity } from './outreach.entity';
import { TaxonomyEntity } from './taxonomy.entity';

/** Free text typed during and after a call: it may mention the employee or the caller. */
const CALL_TEXTS = ['question', 'answer', 'handover_note', 'outcome'];

/** The hotline module as the core composes it. */
export const hotlineCoreModule = defineCoreModule({
  contract: hotlineModule,
  handlers: hotlineHandlers,
  entities: [
    TaxonomyEntity,
    EmployerEntity,
    EmployerContactEntity,
    HotlineCallEntity,
    CallDraftEntity,
    SupportActionEntity,
    OutreachEntity,
  ] as EntitySchema[],
  migrations: [HotlineModule1764000000000, HotlineRecordVersions1764400100000, HotlineCallListIndexes1765200100000, HotlineTaxonomyLabelMap1765400000000, HotlineCallSearch1766000100000, HotlineIndicatorIndexes1766000200000],
  seedDemo: seedHotlineDemo,
  recordErasures: [namedCaseErasure],
  auditEntities: ['hotlineCall', 'hotlineCallDraft', 'hotlineEmployer', 'hotlineEmployerContact', 'hotlineIndicators', 'hotlineOutreach', 'hotlineSupportAction', 'hotlineTaxonomy'],
  personalData: [
    // The employee a call is about: initials or a pseudonym, a name and contact only in a named case.
    // Anonymised, a call keeps its quarter; its length and the time to closing stay.
    {
      table: 'hotline_call',
      subject: 'employee',
      referenceColumns: ['employee_ref', 'employee_name', 'employee_contact'],
      freeTextColumns: CALL_TEXTS,
      auditEntity: 'hotlineCall',
      quarterDates: [{ column: 'started_on' }, { column: 'started_at', alongside: ['ended_at', 'closed_at', 'created_at', 'updated_at'] }],
    },
    // The person at the employer who called.
    { table: 'hotline_call', subject: 'contactPerson', referenceColumns: ['caller_name'], freeTextColumns: CALL_TEXTS },
    { table: 'hotline_employer_contact', subject: 'contactPerson', referenceColumns: ['name', 'phone', 'email'], freeTextColumns: [] },
    { table: 'hotline_employer', subject: 'contactPerson', referenceColumns: [], freeTextColumns: ['notes'] },
    { table: 'hotline_support_action', subject: 'employee', referenceColumns: [], freeTextColumns: ['outcome'] },
    // A call being typed holds all of the above as one JSON text.
    { table: 'hotline_call_draft', subject: 'employee', referenceColumns: [], freeTextColumns: ['data'] },
    { table: 'hotline_call_draft', subject: 'contactPerson', referenceColumns: [], freeTextColumns: ['data'] },
  ],
  restrictable: [{ recordType: 'hotlineCall', table: 'hotline_call' }],
  retention: [
    // An anonymous call is kept 24 months after it was closed; anonymised, it still counts in the indicators.
    { id: 'hotline.closedCall', table: 'hotline_call', startColumn: 'closed_at', startWhen: { column: 'status', in: ['closed'] }, defaultMonths: 24, action: 'anonymise' },
  ],
  // Staff keep their employer lists in Excel; each row is saved like the employer form saves it.
  importTargets: [{ id: 'hotline.employers', channel: 'hotline.employerSave', rows: employerRows }],
  indicators: { channels: ['hotline.indicators', 'hotline.indicatorsPublished', 'hotline.indicatorsExport'], report: hotlineReport },
});
