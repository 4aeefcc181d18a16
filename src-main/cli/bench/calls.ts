import type { LocalClient } from '../../core/client';
import type { RawDb } from './measure';

/** Ids of real records in the data set, for detail calls and writes. */
export interface Fixtures {
  interpreterId: number;
  requesterId: number;
  assignmentId: number;
  requestedAssignmentId: number;
  employerId: number;
  callId: number;
  caseId: number;
  registeredCaseIds: number[];
  topicId: number;
  today: string;
  mondayOfWeek: string;
  month: string;
  quarter: { from: string; to: string };
  year: { from: string; to: string };
}

export function loadFixtures(db: RawDb): Fixtures {
  const one = (sql: string) => (db.prepare(sql).get() as { id: number }).id;
  const today = new Date().toISOString().slice(0, 10);
  const date = new Date(`${today}T12:00:00Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  const q = Math.floor(date.getUTCMonth() / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = date.getUTCFullYear();
  const quarterEnd = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return {
    interpreterId: one(`SELECT id FROM pool_interpreter WHERE status = 'active' ORDER BY id LIMIT 1`),
    requesterId: one(`SELECT id FROM pool_requester ORDER BY id LIMIT 1`),
    assignmentId: one(`SELECT id FROM pool_assignment WHERE status = 'done' ORDER BY id DESC LIMIT 1`),
    requestedAssignmentId: one(`SELECT id FROM pool_assignment WHERE status = 'requested' ORDER BY start_local DESC LIMIT 1`),
    employerId: one(`SELECT employer_id AS id FROM hotline_call GROUP BY employer_id ORDER BY COUNT(*) DESC LIMIT 1`),
    callId: one(`SELECT id FROM hotline_call ORDER BY id DESC LIMIT 1`),
    caseId: one(`SELECT id FROM housing_case WHERE stage = 'searching' ORDER BY id LIMIT 1`),
    registeredCaseIds: (db.prepare(`SELECT id FROM housing_case WHERE stage = 'registered' ORDER BY id LIMIT 200`).all() as { id: number }[]).map((r) => r.id),
    topicId: one(`SELECT id FROM hotline_taxonomy WHERE kind = 'topic' ORDER BY id LIMIT 1`),
    today,
    mondayOfWeek: monday,
    month: today.slice(0, 7),
    quarter: { from: `${year}-${pad(q * 3 + 1)}-01`, to: quarterEnd },
    year: { from: `${year}-01-01`, to: `${year}-12-31` },
  };
}

export interface CallSpec {
  name: string;
  channel: string;
  input: () => unknown;
  /** Hand-written SQL returning the same result, for the router/raw and encrypted/plain ratios. */
  raw?: { sql: string; params: unknown[] }[];
  kind: 'read' | 'write';
}

/** Every list, search, detail, matching, start-page and indicator call the UI makes, and the main writes. */
export function callSpecs(f: Fixtures, bench: { userId: number }): CallSpec[] {
  let booking = 0;
  let employer = 0;
  let moved = 0;
  const read = (name: string, channel: string, input: unknown, raw?: CallSpec['raw']): CallSpec => ({ name, channel, input: () => input, kind: 'read', ...(raw ? { raw } : {}) });
  return [
    read('session.status', 'session.status', {}),
    read('tasks.mine (start page)', 'tasks.mine', {}, [
      {
        sql: `SELECT * FROM task WHERE status = 'open' AND module IN ('pool','hotline','housing') AND (owner_user_id = ? OR owner_user_id IS NULL) ORDER BY due_at, id LIMIT 50`,
        params: [bench.userId],
      },
      {
        sql: `SELECT COUNT(*), SUM(due_at < ?) FROM task WHERE status = 'open' AND module IN ('pool','hotline','housing') AND (owner_user_id = ? OR owner_user_id IS NULL)`,
        params: [new Date().toISOString(), bench.userId],
      },
    ]),
    read('tasks.team', 'tasks.team', {}),
    read('pool.interpretersList (all)', 'pool.interpretersList', { search: '', status: null }, [
      { sql: `SELECT * FROM pool_interpreter ORDER BY name_latin, id LIMIT 100`, params: [] },
      { sql: `SELECT COUNT(*) FROM pool_interpreter`, params: [] },
      { sql: `SELECT * FROM pool_interpreter_language WHERE interpreter_id IN (SELECT id FROM pool_interpreter ORDER BY name_latin, id LIMIT 100)`, params: [] },
      {
        sql: `SELECT interpreter_id, kind, MAX(date_from) FROM pool_interpreter_item WHERE interpreter_id IN (SELECT id FROM pool_interpreter ORDER BY name_latin, id LIMIT 100) AND kind IN ('supervision', 'training') AND date_from <> '' GROUP BY 1, 2`,
        params: [],
      },
    ]),
    read('pool.interpretersList search', 'pool.interpretersList', { search: 'Haddad', status: null }),
    read('pool.interpreterGet', 'pool.interpreterGet', { id: f.interpreterId }),
    read('pool.requestersList search', 'pool.requestersList', { search: 'Praxis 1' }),
    read('pool.assignmentsList page', 'pool.assignmentsList', { status: null, from: '', to: '', interpreterId: null, limit: 50, offset: 0 }, [
      { sql: `SELECT * FROM pool_assignment ORDER BY start_local, id LIMIT 50`, params: [] },
      { sql: `SELECT COUNT(*) FROM pool_assignment`, params: [] },
    ]),
    read('pool.assignmentGet', 'pool.assignmentGet', { id: f.assignmentId }),
    read('pool.matchProposals', 'pool.matchProposals', { id: f.requestedAssignmentId }),
    read('pool.calendarWeek', 'pool.calendarWeek', { weekStart: f.mondayOfWeek, interpreterId: null }),
    read('pool.upcoming', 'pool.upcoming', {}),
    read('pool.quality', 'pool.quality', {}, [
      { sql: `SELECT * FROM pool_interpreter WHERE status IN ('active', 'paused') ORDER BY name_latin`, params: [] },
      { sql: `SELECT interpreter_id, COUNT(*), AVG(accuracy), AVG(role), AVG(punctuality), AVG(confidentiality), AVG(overall) FROM pool_feedback GROUP BY interpreter_id`, params: [] },
      // The rest of the answer: each one's ten latest overall ratings (the trend) and open supervision wishes.
      {
        sql: `SELECT i.id, f.overall FROM pool_interpreter i JOIN pool_feedback f ON f.assignment_id IN (SELECT f2.assignment_id FROM pool_feedback f2 WHERE f2.interpreter_id = i.id ORDER BY f2.session_date DESC, f2.assignment_id DESC LIMIT 10) WHERE i.status IN ('active', 'paused') ORDER BY i.id, f.session_date DESC, f.assignment_id DESC`,
        params: [],
      },
      {
        sql: `SELECT i.id, (SELECT COUNT(*) FROM pool_feedback f WHERE f.interpreter_id = i.id AND f.supervision_wish = 1 AND f.session_date >= COALESCE((SELECT MAX(s.date_from) FROM pool_interpreter_item s WHERE s.interpreter_id = i.id AND s.kind = 'supervision' AND s.date_from <> ''), '')) FROM pool_interpreter i WHERE i.status IN ('active', 'paused')`,
        params: [],
      },
    ]),
    read('pool.missingFeedback', 'pool.missingFeedback', {}),
    read('pool.unmetDemand', 'pool.unmetDemand', {}),
    read('pool.feeStatement', 'pool.feeStatement', { interpreterId: f.interpreterId, month: f.month }),
    read('hotline.employersList search', 'hotline.employersList', { query: 'bäckerei ems', page: 1 }),
    read('hotline.employerGet', 'hotline.employerGet', { id: f.employerId }),
    read('hotline.callsList open', 'hotline.callsList', { status: 'open', employerId: null, query: '', page: 1 }, [
      { sql: `SELECT c.*, e.name FROM hotline_call c JOIN hotline_employer e ON e.id = c.employer_id WHERE c.status = 'open' ORDER BY c.started_at DESC, c.id DESC LIMIT 25`, params: [] },
      { sql: `SELECT COUNT(*) FROM hotline_call WHERE status = 'open'`, params: [] },
    ]),
    read('hotline.callsList search', 'hotline.callsList', { status: 'all', employerId: null, query: 'Anrufer 123', page: 1 }, [
      {
        sql: `SELECT c.*, e.name FROM hotline_call c JOIN hotline_employer e ON e.id = c.employer_id WHERE (e.name_search LIKE ? OR c.caller_name LIKE ?) ORDER BY c.started_at DESC, c.id DESC LIMIT 25`,
        params: ['%anrufer 123%', '%Anrufer 123%'],
      },
    ]),
    read('hotline.callGet', 'hotline.callGet', { id: f.callId }),
    read('hotline.draftsMine', 'hotline.draftsMine', {}),
    read('hotline.indicators quarter', 'hotline.indicators', { from: f.quarter.from, to: f.quarter.to }, [
      { sql: `SELECT substr(started_on, 1, 7), topic_id, COUNT(*) FROM hotline_call WHERE started_on BETWEEN ? AND ? GROUP BY 1, 2`, params: [f.quarter.from, f.quarter.to] },
      { sql: `SELECT substr(started_on, 1, 7), routing_id, COUNT(*) FROM hotline_call WHERE started_on BETWEEN ? AND ? GROUP BY 1, 2`, params: [f.quarter.from, f.quarter.to] },
      { sql: `SELECT heard_via_id, COUNT(*), SUM(answered_in_call) FROM hotline_call WHERE started_on BETWEEN ? AND ? GROUP BY 1`, params: [f.quarter.from, f.quarter.to] },
      // The rest of the answer: follow-ups of the calls not answered in the call, open follow-ups, outreach.
      {
        sql: `SELECT COUNT(*), AVG(julianday(first_done) - julianday(started_at)) FROM (SELECT c.started_at, (SELECT MIN(t.completed_at) FROM task t WHERE t.subject_type = 'hotlineCall' AND t.status = 'done' AND t.subject_id = c.id) AS first_done FROM hotline_call c WHERE c.started_on BETWEEN ? AND ? AND c.answered_in_call = 0) WHERE first_done IS NOT NULL`,
        params: [f.quarter.from, f.quarter.to],
      },
      { sql: `SELECT COUNT(*), SUM(due_at < ?) FROM task WHERE module = 'hotline' AND status = 'open'`, params: [new Date().toISOString()] },
      { sql: `SELECT channel_id, SUM(count) FROM hotline_outreach WHERE date BETWEEN ? AND ? GROUP BY 1`, params: [f.quarter.from, f.quarter.to] },
    ]),
    read('hotline.indicators year', 'hotline.indicators', { from: f.year.from, to: f.year.to }),
    read('housing.casesList (board)', 'housing.casesList', {}),
    read('housing.caseGet', 'housing.caseGet', { id: f.caseId }),
    read('housing.accommodationsList', 'housing.accommodationsList', {}),
    read('housing.offersList', 'housing.offersList', {}),
    read('housing.indicators', 'housing.indicators', {}, [
      { sql: `SELECT stage, COUNT(*) FROM housing_case GROUP BY stage`, params: [] },
      { sql: `SELECT to_stage, AVG(julianday(COALESCE(ended_at, datetime('now'))) - julianday(at)) FROM housing_stage_history GROUP BY to_stage`, params: [] },
      { sql: `SELECT actor, COUNT(*), SUM(julianday(COALESCE(answered_at, datetime('now'))) - julianday(requested_at)) FROM housing_waiting_period GROUP BY actor`, params: [] },
      { sql: `SELECT SUM(members) FROM housing_occupancy WHERE moved_out_on IS NULL`, params: [] },
    ]),
    {
      name: 'write: pool.bookingCreate',
      channel: 'pool.bookingCreate',
      kind: 'write',
      input: () => ({
        requesterId: f.requesterId, contactId: null, start: `2027-0${1 + (booking % 9)}-${String(1 + ((booking++ >> 3) % 28)).padStart(2, '0')}T10:00`, durationMinutes: 60,
        setting: 'phone', address: '', language: 'ar', dialect: '', topic: 'health', sensitivity: 'normal', genderPreference: 'none', clientReference: 'B.M.', weeklyCount: 1,
      }),
    },
    {
      name: 'write: hotline.employerSave',
      channel: 'hotline.employerSave',
      kind: 'write',
      input: () => ({ id: null, employer: { name: `Benchmark GmbH ${employer++}`, sector: 'Handel', sizeBand: 'small', street: '', postcode: '48431', city: 'Rheine', notes: '' } }),
    },
    {
      name: 'write: hotline.callLog',
      channel: 'hotline.callLog',
      kind: 'write',
      input: () => ({
        draftId: null,
        call: {
          employerId: f.employerId, callerName: 'Frau Bench', callerRole: 'Personal', employeeRef: 'X.Y.', topicId: f.topicId, subtopicId: null,
          question: 'Frage', answer: 'Antwort', answeredInCall: true, urgency: 'normal', routingId: null, handoverNote: '', heardViaId: null,
        },
        followUp: null,
      }),
    },
    {
      name: 'write: housing.caseMove',
      channel: 'housing.caseMove',
      kind: 'write',
      input: () => ({ id: f.registeredCaseIds[moved++ % Math.max(1, f.registeredCaseIds.length)], fromStage: 'registered', to: 'documentsReady', reason: 'Unterlagen liegen vor' }),
    },
  ];
}

export async function signedIn(client: LocalClient, username: string, password: string): Promise<number> {
  const status = (await client.must('session.login', { username, password })) as { user: { id: number } };
  return status.user.id;
}
