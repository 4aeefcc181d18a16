import type { ParsedInputOf } from '../../contract';
import { CALL_LIST_COLUMNS, EMPLOYER_LIST_COLUMNS, PAGE_SIZE, type CallSummary, type EmployerSummary } from '../../contract/hotline';
import { instantCell, type ListExportSpec } from '../exports/list-export';
import { listCalls } from './calls-service';
import { listEmployers } from './employers-service';

type EmployerFilter = ParsedInputOf<'hotline.employersExport'>['filter'];
type CallFilter = ParsedInputOf<'hotline.callsExport'>['filter'];

/** Pages of the hotline's lists are numbered from 1. */
const pageOf = (offset: number) => Math.floor(offset / PAGE_SIZE) + 1;

/** The employer list as the screen shows it: every page of the same search. */
export const employerListExport: ListExportSpec<EmployerFilter, EmployerSummary, (typeof EMPLOYER_LIST_COLUMNS)[number]> = {
  entity: 'hotlineEmployer',
  fileStem: 'arbeitgeber',
  pageSize: PAGE_SIZE,
  async page({ db, actorId }, filter, offset) {
    const page = await listEmployers(db, filter.query, pageOf(offset), actorId);
    return { rows: page.items, total: page.total };
  },
  columns: {
    name: (r) => r.name,
    sector: (r) => r.sector,
    city: (r) => r.city,
    calls: (r) => r.callCount,
    lastCall: (r) => instantCell(r.lastCallAt),
  },
  auditFilter: (f) => ({ search: f.query !== '' }),
};

/**
 * The call list as the screen shows it: every page of the same status, employer and search.
 * Topics and routing targets are the admin's labels, sent by the screen as `hotline:taxonomy.<id>`.
 */
export const callListExport: ListExportSpec<CallFilter, CallSummary, (typeof CALL_LIST_COLUMNS)[number]> = {
  entity: 'hotlineCall',
  fileStem: 'anrufe',
  pageSize: PAGE_SIZE,
  async page({ db }, filter, offset) {
    const page = await listCalls(db, { ...filter, page: pageOf(offset) });
    return { rows: page.items, total: page.total };
  },
  columns: {
    startedAt: (r) => instantCell(r.startedAt),
    employer: (r) => r.employerName,
    callerName: (r) => r.callerName,
    topic: (r) => ({ word: `hotline:taxonomy.${r.topicId}` }),
    routing: (r) => (r.routingId === null ? null : { word: `hotline:taxonomy.${r.routingId}` }),
    urgency: (r) => ({ word: `hotline:urgency.${r.urgency}` }),
    status: (r) => ({ word: `hotline:status.${r.status}` }),
    openFollowUps: (r) => r.openFollowUps,
  },
  auditFilter: (f) => ({ status: f.status, employerId: f.employerId, search: f.query !== '' }),
};
