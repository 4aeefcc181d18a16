import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { localClient } from '../../core/client';
import { APP } from '../../core/composition';
import { createCore } from '../../core/core';
import { exportDatabase } from '../../core/db/export-database';
import { databasePath, rawConnection } from '../../core/db/open-database';
import { openDatabase } from '../../core/db/open-database';
import * as keyring from '../../core/keys/keyring';
import { wholeDaysBetween } from '../../core/db/sql-dialect';
import { PROJECT_ROOT } from '../project-root';
import { Random } from './random';

/**
 * The regional data set of the benchmark: a Caritas pool, a city hotline and a housing team of a
 * district, several years deep. Written with bulk inserts into the app's real (migrated, encrypted)
 * schema, from a seeded random source, so every run measures the same data. Cached between runs
 * under a hash of the migrations and this generator; a schema change makes a new one.
 */
export const GENERATOR_VERSION = 1;

export interface Scale {
  name: 'full' | 'small';
  interpreters: number;
  requesters: number;
  assignments: number;
  employers: number;
  calls: number;
  shelters: number;
  households: number;
  tasks: number;
  /** Staff accounts per working role (coordinator, hotline, caseworker), for the team load test. */
  staffPerRole: number;
}

export const FULL: Scale = { name: 'full', interpreters: 1000, requesters: 2000, assignments: 250_000, employers: 20_000, calls: 100_000, shelters: 40, households: 25_000, tasks: 300_000, staffPerRole: 20 };
export const SMALL: Scale = { name: 'small', interpreters: 10, requesters: 20, assignments: 2_500, employers: 200, calls: 1_000, shelters: 4, households: 250, tasks: 3_000, staffPerRole: 2 };

/** Who the benchmark signs in as; also the staff the team load test uses. */
export const BENCH_ADMIN = { username: 'bench.admin', displayName: 'Bench Admin', password: 'Benchmark-Passwort-1' };
export const staffName = (role: string, i: number) => `${role}.${String(i).padStart(2, '0')}`;
export const STAFF_PASSWORD = 'Team-Last-Passwort-1';

export interface Dataset {
  /** A fresh copy of the cached data directory for this run (writes change it). */
  dataDir: string;
  /** A plaintext copy of the same database, for encrypted/plain comparisons. */
  plainFile: string;
  scale: Scale;
  generatedMs: number | null;
}

function cacheKey(scale: Scale): string {
  const names = APP.schema.migrations.map((M) => new M().name).join(',');
  return crypto.createHash('sha256').update(`${GENERATOR_VERSION}|${names}|${JSON.stringify(scale)}`).digest('hex').slice(0, 16);
}

/** The cached data set for `scale`, generated first if needed, copied into `workDir`. */
export async function prepareDataset(scale: Scale, workDir: string, log: (line: string) => void): Promise<Dataset> {
  const cache = path.join(PROJECT_ROOT, '.cache', 'bench', `${scale.name}-${cacheKey(scale)}`);
  let generatedMs: number | null = null;
  if (!fs.existsSync(path.join(cache, 'done'))) {
    fs.rmSync(cache, { recursive: true, force: true });
    log(`generating the ${scale.name} data set (cached afterwards) …`);
    const started = performance.now();
    await generate(scale, cache);
    generatedMs = performance.now() - started;
    fs.writeFileSync(path.join(cache, 'done'), new Date().toISOString());
    log(`  generated in ${(generatedMs / 1000).toFixed(1)} s`);
  }
  const dataDir = path.join(workDir, 'data');
  fs.cpSync(path.join(cache, 'data'), dataDir, { recursive: true });
  const plainFile = path.join(workDir, 'plain.db');
  fs.copyFileSync(path.join(cache, 'plain.db'), plainFile);
  return { dataDir, plainFile, scale, generatedMs };
}

async function generate(scale: Scale, cache: string): Promise<void> {
  const dataDir = path.join(cache, 'data');
  fs.mkdirSync(cache, { recursive: true });
  // The installation, its admin and staff, as the app would create them (real key slots).
  const core = await createCore({ dataDir });
  const admin = localClient(core);
  try {
    await admin.must('session.setup', {
      organisationName: 'Benchmark (fiktiv)',
      modules: ['pool', 'hotline', 'housing'],
      admin: { ...BENCH_ADMIN },
      uiLanguage: 'de',
    });
    const status = (await admin.must('session.login', { username: BENCH_ADMIN.username, password: BENCH_ADMIN.password })) as { user: { id: number; version: number } };
    await admin.must('users.update', { id: status.user.id, version: status.user.version, displayName: BENCH_ADMIN.displayName, roles: ['admin', 'coordinator', 'hotline', 'caseworker', 'reporting'] });
    await admin.must('settings.updateMine', { autoLockMinutes: 120 });
    for (const role of ['coordinator', 'hotline', 'caseworker'] as const) {
      for (let i = 1; i <= scale.staffPerRole; i++) {
        const { oneTimePassword } = await admin.must('users.create', { username: staffName(role, i), displayName: `${role} ${i}`, roles: [role] });
        const person = localClient(core);
        await person.must('session.login', { username: staffName(role, i), password: oneTimePassword });
        await person.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: STAFF_PASSWORD });
        await person.must('session.logout', {});
      }
    }
  } finally {
    await core.close();
  }
  const db = await openBench(dataDir);
  try {
    await fill(db, scale, new Random(20261123));
    const raw = rawConnection(db);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    exportDatabase(raw, path.join(cache, 'plain.db'), null);
  } finally {
    await db.destroy();
  }
  if (!fs.existsSync(databasePath(dataDir))) throw new Error('the data set was not written');
}

/** The data set's database with the key the bench admin's slot unwraps, as the app opens it. */
export async function openBench(dataDir: string): Promise<DataSource> {
  const { current } = await keyring.unlockWithPassword(keyring.readKeyring(dataDir), BENCH_ADMIN.username, BENCH_ADMIN.password);
  return openDatabase({ file: databasePath(dataDir), key: current, schema: APP.schema });
}

const LANGUAGES: [string, string[]][] = [
  ['ar', ['Levantinisch', 'Irakisch', 'Ägyptisch', '']],
  ['fa', ['', 'Dari']],
  ['ku', ['Kurmanji', 'Sorani']],
  ['ti', ['']],
  ['tr', ['']],
  ['ru', ['']],
  ['uk', ['']],
  ['ps', ['']],
  ['so', ['']],
  ['sq', ['']],
  ['pt', ['']],
  ['fr', ['']],
  ['en', ['']],
  ['ta', ['']],
  ['am', ['']],
  ['ro', ['']],
];

const iso = (ms: number) => new Date(ms).toISOString();
const localDate = (ms: number) => iso(ms).slice(0, 10);
const DAY = 86_400_000;

/** Fills every module's tables in one transaction per table group, with prepared statements. */
async function fill(db: DataSource, scale: Scale, rnd: Random): Promise<void> {
  const raw = rawConnection(db);
  const now = Date.now();
  const users = raw.prepare(`SELECT id, username FROM user`).all() as { id: number; username: string }[];
  const adminId = users.find((u) => u.username === BENCH_ADMIN.username)!.id;
  const byRole = (role: string) => users.filter((u) => u.username.startsWith(`${role}.`)).map((u) => u.id);
  const coordinators = byRole('coordinator');
  const hotliners = byRole('hotline');
  const caseworkers = byRole('caseworker');
  const stamp = iso(now);
  const tx = (work: () => void) => raw.transaction(work)();

  // ---------------------------------------------------------------- pool
  const interpreterIds: number[] = [];
  const interpreterLangs = new Map<number, string[]>();
  tx(() => {
    const insert = raw.prepare(`INSERT INTO pool_interpreter (name_native, name_latin, gender, phone, email, status, focus_pools, confidentiality_signed_on, first_hour_cents, further_half_hour_cents, km_cents, travel_flat_cents, notes, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, '', ?, ?)`);
    const lang = raw.prepare(`INSERT INTO pool_interpreter_language (interpreter_id, language, dialect, level) VALUES (?, ?, ?, ?)`);
    const item = raw.prepare(`INSERT INTO pool_interpreter_item (interpreter_id, kind, text, date_from, date_to, weekday, requester_id) VALUES (?, ?, ?, ?, ?, ?, NULL)`);
    for (let i = 0; i < scale.interpreters; i++) {
      const status = rnd.pick(['active', 'active', 'active', 'active', 'active', 'active', 'paused', 'left']);
      const pools = rnd.chance(0.3) ? ['general', 'health', 'mentalHealth'] : rnd.chance(0.5) ? ['general', 'health'] : ['general'];
      const id = Number(insert.run(`Dolmetscher ${i}`, `Interpreter ${i} ${rnd.pick(['Haddad', 'Yilmaz', 'Karimi', 'Petrenko', 'Tesfaye', 'Ahmadi'])}`, rnd.pick(['female', 'male', 'diverse']), '05971 0000', '', status, JSON.stringify(pools), '2025-01-15', stamp, stamp).lastInsertRowid);
      interpreterIds.push(id);
      const langs = rnd.sample(LANGUAGES, rnd.int(1, 3));
      interpreterLangs.set(id, langs.map(([code]) => code));
      for (const [code, dialects] of langs) lang.run(id, code, rnd.pick(dialects), rnd.pick(['native', 'fluent', 'good']));
      for (let d = 1; d <= 5; d++) if (rnd.chance(0.7)) item.run(id, 'availability', rnd.pick(['08:00-16:00', '09:00-13:00', '12:00-18:00']), null, null, d);
      item.run(id, 'supervision', '', localDate(now - rnd.int(10, 200) * DAY), null, null);
      item.run(id, 'training', '', localDate(now - rnd.int(30, 500) * DAY), null, null);
      if (rnd.chance(0.2)) {
        const from = now + rnd.int(-30, 60) * DAY;
        item.run(id, 'absence', '', localDate(from), localDate(from + rnd.int(1, 21) * DAY), null);
      }
    }
  });
  const requesterIds: number[] = [];
  tx(() => {
    const insert = raw.prepare(`INSERT INTO pool_requester (name, type, trained, address, phone, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)`);
    const contact = raw.prepare(`INSERT INTO pool_contact (requester_id, name, phone, email) VALUES (?, ?, '', '')`);
    for (let i = 0; i < scale.requesters; i++) {
      const id = Number(insert.run(`${rnd.pick(['Praxis', 'Klinik', 'Beratungsstelle', 'Schule', 'Jobcenter', 'Amt'])} ${i}`, rnd.pick(['practice', 'hospital', 'counselling', 'school', 'jobcenter', 'authority', 'other']), rnd.chance(0.6) ? 1 : 0, `Straße ${i}, 48431 Rheine`, stamp, stamp).lastInsertRowid);
      requesterIds.push(id);
      contact.run(id, `Kontakt ${i}`);
    }
  });
  tx(() => {
    const insert = raw.prepare(`INSERT INTO pool_assignment (requester_id, contact_id, series_id, start_local, end_local, duration_minutes, setting, address, language, dialect, topic, sensitivity, gender_preference, client_reference, status, interpreter_id, cancelled_by, late_cancellation, actual_minutes, travel_km, created_at, created_by, updated_at)
      VALUES (?, NULL, NULL, ?, ?, ?, ?, '', ?, '', ?, ?, 'none', ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`);
    const history = raw.prepare(`INSERT INTO pool_assignment_history (assignment_id, at, user_id, from_status, to_status, interpreter_id, cancelled_by, note) VALUES (?, ?, ?, ?, ?, ?, NULL, '')`);
    const feedback = raw.prepare(`INSERT INTO pool_feedback (assignment_id, interpreter_id, accuracy, role, punctuality, confidentiality, overall, comment, emotional_load, supervision_wish, debrief, client_rating, client_comment, session_date, recorded_at, recorded_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, '', NULL, 0, '', NULL, '', ?, ?, ?)`);
    // Sessions spread over four years back and three months ahead; each interpreter gets one slot a
    // day at most, so the data set itself never double-books (the database would refuse it).
    const span = Math.ceil(scale.assignments / Math.max(1, interpreterIds.length));
    const first = now - 4 * 365 * DAY;
    const step = (4 * 365 + 90) * DAY / span;
    let made = 0;
    for (let k = 0; k < span && made < scale.assignments; k++) {
      for (const interpreterId of interpreterIds) {
        if (made >= scale.assignments) break;
        made++;
        const day = first + Math.floor(k * step / DAY) * DAY;
        const minutes = rnd.pick([60, 60, 90, 120]);
        const from = rnd.int(16, 31) * 30;
        const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const start = `${localDate(day)}T${clock(from)}`;
        const end = `${localDate(day)}T${clock(from + minutes)}`;
        const future = day > now;
        const status = future ? rnd.pick(['confirmed', 'confirmed', 'proposed', 'requested']) : rnd.pick(['done', 'done', 'done', 'done', 'done', 'done', 'done', 'cancelled', 'unmet', 'noShow']);
        const staffed = status !== 'requested' && status !== 'unmet';
        const language = interpreterLangs.get(interpreterId)![0]!;
        const topic = rnd.pick(['health', 'health', 'mentalHealth', 'school', 'authority', 'other']);
        const creator = rnd.pick(coordinators);
        const id = Number(
          insert.run(rnd.pick(requesterIds), start, end, minutes, rnd.pick(['onSite', 'onSite', 'phone', 'video']), language, topic, topic === 'mentalHealth' ? 'sensitive' : 'normal', `K.${made % 997}`, status, staffed ? interpreterId : null, status === 'cancelled' ? rnd.pick(['requester', 'interpreter']) : null, status === 'done' ? minutes : null, status === 'done' ? rnd.int(0, 30) : null, iso(day - 7 * DAY), creator, iso(day)).lastInsertRowid,
        );
        history.run(id, iso(day - 7 * DAY), creator, null, 'requested', null);
        if (staffed) history.run(id, iso(day - 6 * DAY), creator, 'requested', 'proposed', interpreterId);
        if (status !== 'requested' && status !== 'proposed' && status !== 'unmet') history.run(id, iso(day - 5 * DAY), creator, 'proposed', 'confirmed', interpreterId);
        if (status === 'done' || status === 'cancelled' || status === 'noShow' || status === 'unmet') history.run(id, iso(day), creator, 'confirmed', status, staffed ? interpreterId : null);
        if (status === 'done' && rnd.chance(0.92)) feedback.run(id, interpreterId, rnd.int(2, 5), rnd.int(3, 5), rnd.int(2, 5), rnd.int(4, 5), rnd.int(2, 5), localDate(day), iso(day + DAY), creator);
      }
    }
  });

  // ---------------------------------------------------------------- hotline
  const taxonomy = raw.prepare(`SELECT id, kind FROM hotline_taxonomy`).all() as { id: number; kind: string }[];
  const ofKind = (kind: string) => taxonomy.filter((t) => t.kind === kind).map((t) => t.id);
  const employerIds: number[] = [];
  const callIds: { id: number; at: number; taker: number }[] = [];
  tx(() => {
    const insert = raw.prepare(`INSERT INTO hotline_employer (name, name_search, sector, size_band, street, postcode, city, notes, created_at, updated_at) VALUES (?, ?, ?, ?, '', '48431', 'Rheine', '', ?, ?)`);
    const contact = raw.prepare(`INSERT INTO hotline_employer_contact (employer_id, name, role, phone, email) VALUES (?, ?, 'Personal', '', '')`);
    for (let i = 0; i < scale.employers; i++) {
      const name = `${rnd.pick(['Bäckerei', 'Gasthof', 'Pflegedienst', 'Spedition', 'Metallbau', 'Reinigung', 'Elektro'])} ${rnd.pick(['Ems', 'Sonne', 'Nord', 'Brücke', 'Salinen', 'Kloster'])} ${i}`;
      const id = Number(insert.run(name, name.toLowerCase(), rnd.pick(['Handwerk', 'Gastronomie', 'Pflege', 'Logistik']), rnd.pick(['micro', 'small', 'medium', 'large']), stamp, stamp).lastInsertRowid);
      employerIds.push(id);
      contact.run(id, `Frau ${i}`);
    }
    const call = raw.prepare(`INSERT INTO hotline_call (employer_id, taken_by, status, caller_name, caller_role, employee_ref, employee_name, employee_contact, topic_id, subtopic_id, question, answer, answered_in_call, urgency, routing_id, handover_note, heard_via_id, started_at, started_on, ended_at, outcome, closed_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'Personalleitung', ?, NULL, NULL, ?, NULL, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)`);
    const topics = ofKind('topic');
    const routings = ofKind('routing');
    const channels = ofKind('channel');
    for (let i = 0; i < scale.calls; i++) {
      const at = now - rnd.int(0, 3 * 365) * DAY - rnd.int(0, 9) * 3_600_000;
      const open = at > now - 60 * DAY && rnd.chance(0.4);
      const answered = rnd.chance(0.55);
      const taker = rnd.pick(hotliners);
      const id = Number(
        call.run(rnd.pick(employerIds), taker, open ? 'open' : 'closed', `Anrufer ${i}`, `M.${i % 499}`, rnd.pick(topics), 'Darf die Person mit Duldung eine Ausbildung beginnen?', 'Auskunft gegeben.', answered ? 1 : 0, rnd.pick(['low', 'normal', 'normal', 'high']), answered ? null : rnd.pick(routings), rnd.pick(channels), iso(at), localDate(at), iso(at + 600_000), open ? null : 'erledigt', open ? null : iso(at + 2 * DAY), iso(at), iso(at)).lastInsertRowid,
      );
      callIds.push({ id, at, taker });
    }
  });

  // ---------------------------------------------------------------- housing
  const caseIds: { id: number; stage: string; since: number }[] = [];
  tx(() => {
    const shelter = raw.prepare(`INSERT INTO housing_accommodation (name, address, units, beds, created_at) VALUES (?, ?, ?, ?, ?)`);
    const shelterIds: number[] = [];
    for (let i = 0; i < scale.shelters; i++) shelterIds.push(Number(shelter.run(`Unterkunft ${i}`, `Weg ${i}`, 40, 1200, stamp).lastInsertRowid));
    const household = raw.prepare(`INSERT INTO housing_household (reference, age_bands, members, languages, rooms_needed, accessibility, renting_status, income_source, created_at) VALUES (?, ?, ?, ?, ?, 0, 'residencePermit', 'benefitsSgbII', ?)`);
    const occupancy = raw.prepare(`INSERT INTO housing_occupancy (household_id, accommodation_id, members, moved_in_on, moved_out_on) VALUES (?, ?, ?, ?, ?)`);
    const kase = raw.prepare(`INSERT INTO housing_case (household_id, stage, paused_from, stage_reason, stage_since, planned_move_on, moved_out_on, created_at, created_by) VALUES (?, ?, NULL, NULL, ?, NULL, ?, ?, ?)`);
    const history = raw.prepare(`INSERT INTO housing_stage_history (case_id, from_stage, to_stage, at, ended_at, user_id, reason) VALUES (?, ?, ?, ?, ?, ?, NULL)`);
    const wait = raw.prepare(`INSERT INTO housing_waiting_period (case_id, actor, what, requested_at, answered_at, created_by) VALUES (?, ?, 'Unterlagen', ?, ?, ?)`);
    const document = raw.prepare(`INSERT INTO housing_case_document (case_id, kind, custom_label, status, status_on, expires_on) VALUES (?, ?, NULL, ?, ?, ?)`);
    const path = ['registered', 'documentsReady', 'searching', 'viewingOffer', 'leaseSigned', 'movedOut', 'closed'];
    for (let i = 0; i < scale.households; i++) {
      const members = rnd.int(1, 6);
      const movedIn = now - rnd.int(60, 6 * 365) * DAY;
      const reach = rnd.chance(0.8) ? path.length - 1 : rnd.int(0, path.length - 2);
      const worker = rnd.pick(caseworkers);
      const hh = Number(household.run(`HH-${i}`, JSON.stringify(Array.from({ length: members }, () => rnd.pick(['under6', 'age6to17', 'age18to64', 'age18to64']))), members, JSON.stringify([rnd.pick(['ar', 'fa', 'ti', 'tr', 'uk', 'ru'])]), Math.max(1, members - 1), stamp).lastInsertRowid);
      const stepDays = Math.max(1, Math.floor((now - movedIn) / DAY / (reach + 2)));
      const at = (s: number) => movedIn + (s + 1) * stepDays * DAY;
      const movedOut = reach >= 5 ? localDate(at(5)) : null;
      occupancy.run(hh, rnd.pick(shelterIds), members, localDate(movedIn), movedOut);
      const id = Number(kase.run(hh, path[reach], iso(at(reach)), movedOut, iso(at(0)), worker).lastInsertRowid);
      caseIds.push({ id, stage: path[reach]!, since: at(reach) });
      for (let s = 0; s <= reach; s++) history.run(id, s === 0 ? null : path[s - 1], path[s], iso(at(s)), s < reach ? iso(at(s + 1)) : null, worker);
      for (let w = 0; w < 2; w++) {
        const asked = at(Math.min(reach, 2)) - rnd.int(5, 40) * DAY;
        wait.run(id, rnd.pick(['benefitsAgency', 'household', 'landlord', 'housingCompany']), iso(asked), reach > 2 || rnd.chance(0.5) ? iso(asked + rnd.int(2, 30) * DAY) : null, worker);
      }
      for (const kind of ['wbs', 'rentArrearsClearance', 'rentApproval', 'idResidencePermit', 'incomeProof']) {
        const received = reach >= 1 || rnd.chance(0.5);
        document.run(id, kind, received ? 'received' : 'missing', received ? localDate(at(0)) : null, received && rnd.chance(0.3) ? localDate(now + rnd.int(-20, 200) * DAY) : null);
      }
    }
  });

  // The stored whole days of each stay and to the move-out, as a move stores them (same expressions).
  raw.exec(`UPDATE housing_stage_history SET days_in_stage = ${wholeDaysBetween('ended_at', 'at')} WHERE ended_at IS NOT NULL`);
  raw.exec(`UPDATE housing_stage_history SET days_to_move_out = (SELECT ${wholeDaysBetween(`c.moved_out_on || 'T12:00:00Z'`, 'housing_stage_history.at')}
    FROM housing_case c WHERE c.id = housing_stage_history.case_id)`);

  // ---------------------------------------------------------------- tasks of every module
  tx(() => {
    const task = raw.prepare(`INSERT INTO task (module, kind, title, subject_type, subject_id, owner_user_id, due_at, status, created_at, created_by, completed_at, completed_by, outcome)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`);
    for (let i = 0; i < scale.tasks; i++) {
      const kind = rnd.pick(['hotline', 'hotline', 'housing', 'pool']);
      const due = now + rnd.int(-400, 30) * DAY;
      const open = due > now - 20 * DAY ? rnd.chance(0.7) : rnd.chance(0.02);
      const status = open ? 'open' : rnd.pick(['done', 'done', 'done', 'cancelled']);
      if (kind === 'hotline') {
        const c = rnd.pick(callIds);
        task.run('hotline', rnd.pick(['hotline.callBack', 'hotline.action']), `Anruf #${c.id}`, 'hotlineCall', c.id, rnd.chance(0.7) ? c.taker : null, iso(due), status, iso(due - 2 * DAY), c.taker, open ? null : iso(due), open ? null : c.taker);
      } else if (kind === 'housing') {
        const c = rnd.pick(caseIds);
        task.run('housing', rnd.pick(['housing.followUp', 'housing.documentExpiring']), `HH #${c.id}`, 'moveOutCase', c.id, null, iso(due), status, iso(due - 30 * DAY), adminId, open ? null : iso(due), open ? null : adminId);
      } else {
        task.run('pool', 'pool.missingFeedback', 'Rückmeldung fehlt', 'poolAssignment', rnd.int(1, scale.assignments), null, iso(due), status, iso(due - 3 * DAY), adminId, open ? null : iso(due), open ? null : adminId);
      }
    }
  });
}
