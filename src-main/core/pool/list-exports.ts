import type { ParsedInputOf } from '../../contract';
import { ASSIGNMENT_LIST_COLUMNS, INTERPRETER_LIST_COLUMNS, INTERPRETER_PAGE_MAX, type AssignmentSummary, type InterpreterSummary } from '../../contract/pool';
import type { ListExportSpec } from '../exports/list-export';
import { listAssignments } from './assignments-service';
import { listInterpreters } from './interpreters-service';

/** Word keys are the screen's translation keys (`pool:status.done`); languages are `lang.<code>`. */
const poolWord = (kind: string, value: string) => ({ word: `pool:${kind}.${value}` });
const languageWord = (code: string) => `lang.${code}`;

type InterpreterFilter = ParsedInputOf<'pool.interpretersExport'>['filter'];
type AssignmentFilter = ParsedInputOf<'pool.assignmentsExport'>['filter'];

/** The interpreter list as the screen shows it: every page of the same search and status. */
export const interpreterListExport: ListExportSpec<InterpreterFilter, InterpreterSummary, (typeof INTERPRETER_LIST_COLUMNS)[number]> = {
  entity: 'interpreter',
  fileStem: 'sprachmittelnde',
  pageSize: INTERPRETER_PAGE_MAX,
  async page({ db }, filter, offset) {
    return listInterpreters(db, { ...filter, offset, limit: INTERPRETER_PAGE_MAX });
  },
  columns: {
    name: (r) => r.nameLatin,
    nameNative: (r) => r.nameNative,
        languages: (r) => ({ words: r.languages.map((l) => ({ word: languageWord(l.language), detail: l.dialect })) }),
    focusPools: (r) => ({ words: r.focusPools.map((p) => `pool:focusPool.${p}`) }),
    status: (r) => poolWord('interpreterStatus', r.status),
    lastSupervision: (r) => (r.lastSupervisionOn ? { date: r.lastSupervisionOn } : null),
  },
  auditFilter: (f) => ({ search: f.search ? 'text' : '', status: f.status }),
};

/** The assignment list as the screen shows it: every page of the same status and period. */
export const assignmentListExport: ListExportSpec<AssignmentFilter, AssignmentSummary, (typeof ASSIGNMENT_LIST_COLUMNS)[number]> = {
  entity: 'poolAssignment',
  fileStem: 'einsaetze',
  pageSize: 200,
  async page({ db }, filter, offset) {
    const [rows, total] = await listAssignments(db, { ...filter, offset, limit: 200 });
    return { rows, total };
  },
  columns: {
    start: (r) => ({ date: r.start }),
    language: (r) => ({ word: languageWord(r.language) }),
    topic: (r) => poolWord('topic', r.topic),
    requester: (r) => r.requesterName,
    interpreter: (r) => r.interpreterName ?? null,
    status: (r) => poolWord('status', r.status),
  },
  auditFilter: (f) => ({ status: f.status, from: f.from, to: f.to, interpreterId: f.interpreterId }),
};
