import type { ParsedInputOf } from '../../contract';
import type { CASE_LIST_COLUMNS, CaseCard } from '../../contract/housing';
import { instantCell, type ListExportSpec } from '../exports/list-export';
import { listCases } from './cases-service';
import { readHousingSettings } from './settings-service';

type CaseFilter = ParsedInputOf<'housing.casesExport'>['filter'];

const PAGE = 500;

/** The case list (one household per case) as the screen shows it: every page, same stage filter and order. */
export const caseListExport: ListExportSpec<CaseFilter, CaseCard, (typeof CASE_LIST_COLUMNS)[number]> = {
  entity: 'moveOutCase',
  fileStem: 'auszugsfaelle',
  pageSize: PAGE,
  async page({ db, now }, filter, offset) {
    return listCases(db, { ...filter, offset, limit: PAGE }, await readHousingSettings(db), now);
  },
  columns: {
    reference: (r) => r.reference,
    // Stages may be the installation's own: the screen sends each one's name as `housing:stage.<key>`.
    stage: (r) => ({ word: `housing:stage.${r.stage}` }),
    daysInStage: (r) => r.daysInStage,
    waitingOn: (r) => (r.waitingOn ? { word: `housing:actor.${r.waitingOn.actor}` } : null),
    waitingSince: (r) => (r.waitingOn ? instantCell(r.waitingOn.since) : null),
    members: (r) => r.members,
    accommodation: (r) => r.accommodationName,
    expiringDocuments: (r) => r.expiringDocuments,
  },
  auditFilter: (f) => ({ stage: f.stage ?? null, includeEnded: f.includeEnded, sort: f.sort }),
};
