import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { localClient, type LocalClient } from '../../core/client';
import { readOption } from '../../core/data-dir/resolve-data-dir';
import { databasePath, rawConnection } from '../../core/db/open-database';
import * as keyring from '../../core/keys/keyring';
import { connectTeamServer } from '../../web/team-client';
import { PROJECT_ROOT } from '../project-root';
import { loadFixtures } from './calls';
import { BENCH_ADMIN, openBench, STAFF_PASSWORD, staffName, type Dataset } from './dataset';
import { openRaw, percentile } from './measure';
import { Random } from './random';

/**
 * `npm run bench -- --team [--people 50] [--minutes 5]`: simulated staff on one team server over
 * HTTPS, as an office would use it: coordinators booking and racing for the same interpreters,
 * hotline staff logging calls and searching, caseworkers moving cases, everyone opening lists and
 * their start page. Afterwards the database is checked: every acknowledged write present, no
 * double booking, one audit entry per acknowledged audited call, and the server's memory over time.
 */
export async function runTeamLoad(dataset: Dataset, argv: string[], say: (line: string) => void): Promise<void> {
  const people = Math.min(Number(readOption(argv, '--people') ?? 50), 3 * dataset.scale.staffPerRole);
  const minutes = Number(readOption(argv, '--minutes') ?? (dataset.scale.name === 'full' ? 5 : 0.5));
  const server = await startServer(dataset.dataDir);
  const connection = connectTeamServer(server.address, server.fingerprint);
  const { current: key } = await keyring.unlockWithPassword(keyring.readKeyring(dataset.dataDir), BENCH_ADMIN.username, BENCH_ADMIN.password);
  const peek = openRaw(databasePath(dataset.dataDir), key);
  const fixtures = loadFixtures(peek);
  const interpreters = (peek.prepare(`SELECT i.id FROM pool_interpreter i JOIN pool_interpreter_language l ON l.interpreter_id = i.id WHERE i.status = 'active' AND l.language = 'ar' AND i.focus_pools LIKE '%health%' ORDER BY i.id LIMIT 5`).all() as { id: number }[]).map((r) => r.id);
  const auditBefore = (peek.prepare(`SELECT COUNT(*) AS n FROM audit_entry`).get() as { n: number }).n;
  peek.close();

  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const acknowledged = { bookings: [] as number[], confirmed: [] as number[], calls: [] as number[], moves: [] as { id: number; to: string }[], auditedCalls: 0, doubleBookingRefusals: 0 };
  const memory: number[] = [];
  const deadline = Date.now() + minutes * 60_000;
  const sampler = setInterval(() => memory.push(rssMiB(server.child.pid!)), 5_000);

  // Calls that write exactly one audit entry when they succeed (all the ones used here but status/log-out).
  const AUDITED = new Set(['session.login', 'tasks.mine', 'pool.assignmentsList', 'pool.assignmentGet', 'pool.matchProposals', 'pool.interpretersList', 'pool.calendarWeek', 'pool.bookingCreate', 'pool.assignmentPropose', 'pool.assignmentConfirm', 'hotline.callsList', 'hotline.employersList', 'hotline.callLog', 'hotline.callGet', 'housing.casesList', 'housing.caseGet', 'housing.caseMove']);

  const act = async (client: LocalClient, channel: string, input: unknown): Promise<unknown> => {
    const started = performance.now();
    let r: Awaited<ReturnType<LocalClient['call']>>;
    try {
      r = await client.call(channel, input);
    } catch (error) {
      // A timeout or a dropped connection is an error of the run, not the end of it.
      const what = `${channel}: ${error instanceof Error ? error.message : 'transport'}`;
      errors.set(what, (errors.get(what) ?? 0) + 1);
      return null;
    }
    const ms = performance.now() - started;
    (latencies.get(channel) ?? latencies.set(channel, []).get(channel)!).push(ms);
    if (r.ok) {
      if (AUDITED.has(channel)) acknowledged.auditedCalls++;
      return r.value;
    }
    if (r.error.code === 'DOUBLE_BOOKING') acknowledged.doubleBookingRefusals++;
    else errors.set(`${channel}: ${r.error.code}`, (errors.get(`${channel}: ${r.error.code}`) ?? 0) + 1);
    return null;
  };

  const registered = [...fixtures.registeredCaseIds];
  const person = async (index: number) => {
    const role = (['coordinator', 'hotline', 'caseworker'] as const)[index % 3]!;
    const username = staffName(role, Math.floor(index / 3) + 1);
    const rnd = new Random(1000 + index);
    const client = localClient(connection, 'load');
    // Staff arrive over the first minute, as in an office in the morning, not all in one instant.
    await new Promise((r) => setTimeout(r, index * 1_200));
    let signedIn = false;
    for (let attempt = 0; attempt < 3 && !signedIn; attempt++) signedIn = Boolean(await act(client, 'session.login', { username, password: STAFF_PASSWORD }));
    if (!signedIn) return;
    await act(client, 'tasks.mine', {});
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, rnd.int(300, 2_500)));
      if (role === 'coordinator') {
        const step = rnd.int(0, 9);
        if (step < 3) await act(client, 'pool.assignmentsList', { status: null, from: '', to: '', interpreterId: null, limit: 50, offset: rnd.int(0, 20) * 50 });
        else if (step < 4) await act(client, 'pool.assignmentGet', { id: fixtures.assignmentId });
        else if (step < 5) await act(client, 'pool.interpretersList', { search: rnd.pick(['Haddad', 'Yilmaz', '']), status: null });
        else if (step < 6) await act(client, 'pool.calendarWeek', { weekStart: fixtures.mondayOfWeek, interpreterId: null });
        else {
          // A booking for a slot several coordinators want, then a race for the same few interpreters.
          const slot = `2027-03-${String(rnd.int(1, 28)).padStart(2, '0')}T${rnd.pick(['09:00', '10:00', '11:00'])}`;
          const booked = (await act(client, 'pool.bookingCreate', {
            requesterId: fixtures.requesterId, contactId: null, start: slot, durationMinutes: 60, setting: 'phone', address: '', language: 'ar', dialect: '', topic: 'health', sensitivity: 'normal', genderPreference: 'none', clientReference: 'L.T.', weeklyCount: 1,
          })) as { ids: number[] } | null;
          const id = booked?.ids[0];
          if (!id) continue;
          acknowledged.bookings.push(id);
          await act(client, 'pool.matchProposals', { id });
          const interpreterId = rnd.pick(interpreters);
          if (await act(client, 'pool.assignmentPropose', { id, interpreterId })) {
            if (await act(client, 'pool.assignmentConfirm', { id })) acknowledged.confirmed.push(id);
          }
        }
      } else if (role === 'hotline') {
        const step = rnd.int(0, 9);
        if (step < 3) await act(client, 'hotline.callsList', { status: 'open', employerId: null, query: '', page: 1 });
        else if (step < 5) await act(client, 'hotline.callsList', { status: 'all', employerId: null, query: `Anrufer ${rnd.int(1, 999)}`, page: 1 });
        else if (step < 7) await act(client, 'hotline.employersList', { query: rnd.pick(['bäckerei', 'gasthof ems', 'pflege']), page: 1 });
        else if (step < 8) await act(client, 'hotline.callGet', { id: fixtures.callId });
        else {
          const call = (await act(client, 'hotline.callLog', {
            draftId: null,
            call: { employerId: fixtures.employerId, callerName: 'Frau Last', callerRole: 'Personal', employeeRef: 'Z.Z.', topicId: fixtures.topicId, subtopicId: null, question: 'Frage', answer: 'Antwort', answeredInCall: true, urgency: 'normal', routingId: null, handoverNote: '', heardViaId: null },
            followUp: null,
          })) as { id: number } | null;
          if (call) acknowledged.calls.push(call.id);
        }
      } else {
        const step = rnd.int(0, 9);
        if (step < 4) await act(client, 'housing.casesList', {});
        else if (step < 7) await act(client, 'housing.caseGet', { id: fixtures.caseId });
        else if (step < 8) await act(client, 'tasks.mine', {});
        else {
          const id = registered.pop();
          if (id !== undefined && (await act(client, 'housing.caseMove', { id, fromStage: 'registered', to: 'documentsReady', reason: 'Unterlagen liegen vor' }))) acknowledged.moves.push({ id, to: 'documentsReady' });
        }
      }
    }
    await client.call('session.logout', {});
  };

  say(`team load: ${people} people over HTTPS for ${minutes} minute(s) …`);
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: people }, (_, i) => person(i)));
  } finally {
    clearInterval(sampler);
    connection.close();
    await stopServer(server.child);
  }
  const seconds = (performance.now() - started) / 1000;

  // Afterwards: what the database holds, read as an auditor would.
  const db = await openBench(dataset.dataDir);
  const raw = rawConnection(db);
  const present = (table: string, ids: number[]) =>
    ids.length === 0 ? 0 : (raw.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE id IN (${ids.map(() => '?').join(',')})`).get(...ids) as { n: number }).n;
  const lostBookings = acknowledged.bookings.length - present('pool_assignment', acknowledged.bookings);
  const lostCalls = acknowledged.calls.length - present('hotline_call', acknowledged.calls);
  const lostMoves = acknowledged.moves.filter((m) => (raw.prepare(`SELECT stage FROM housing_case WHERE id = ?`).get(m.id) as { stage: string }).stage !== m.to).length;
  const notConfirmed = acknowledged.confirmed.filter((id) => (raw.prepare(`SELECT status FROM pool_assignment WHERE id = ?`).get(id) as { status: string }).status !== 'confirmed').length;
  const doubleBookings = (raw.prepare(`SELECT COUNT(*) AS n FROM pool_assignment a JOIN pool_assignment b ON a.interpreter_id = b.interpreter_id AND a.id < b.id
      WHERE a.status IN ('confirmed','done') AND b.status IN ('confirmed','done') AND a.start_local < b.end_local AND b.start_local < a.end_local`).get() as { n: number }).n;
  const auditAfter = (raw.prepare(`SELECT COUNT(*) AS n FROM audit_entry`).get() as { n: number }).n;
  // Log-outs, and the server's own start and stop, add entries beyond the audited calls counted here.
  const logouts = (raw.prepare(`SELECT COUNT(*) AS n FROM audit_entry WHERE id > ? AND action IN ('logout', 'lock', 'autoLock')`).get(auditBefore) as { n: number }).n;
  await db.destroy();

  const calls = [...latencies.entries()].map(([channel, ms]) => ({ channel, count: ms.length, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), max: round(Math.max(...ms)) }));
  calls.sort((a, b) => b.p95 - a.p95);
  for (const c of calls) say(`  ${c.channel.padEnd(28)} ${String(c.count).padStart(6)} calls  p50 ${String(c.p50).padStart(7)} ms  p95 ${String(c.p95).padStart(7)} ms  max ${String(c.max).padStart(7)} ms`);
  const total = calls.reduce((n, c) => n + c.count, 0);
  const summary = {
    people,
    seconds: round(seconds),
    calls: total,
    callsPerSecond: round(total / seconds),
    errors: Object.fromEntries(errors),
    doubleBookingRefusals: acknowledged.doubleBookingRefusals,
    lostAcknowledgedWrites: lostBookings + lostCalls + lostMoves + notConfirmed,
    acknowledgedWrites: acknowledged.bookings.length + acknowledged.calls.length + acknowledged.moves.length + acknowledged.confirmed.length,
    doubleBookings,
    auditEntriesAdded: auditAfter - auditBefore - logouts,
    auditedCallsAcknowledged: acknowledged.auditedCalls,
    serverRssMiB: { first: memory[0] ?? null, last: memory.at(-1) ?? null, max: memory.length ? Math.max(...memory) : null },
    perCall: calls,
  };
  say(JSON.stringify({ ...summary, perCall: undefined }, null, 2));
  fs.writeFileSync(path.join(PROJECT_ROOT, 'bench-team-results.json'), JSON.stringify(summary, null, 2) + '\n');
  say('wrote bench-team-results.json');
}

const round = (n: number) => Math.round(n * 10) / 10;

function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; address: string; fingerprint: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'src-main/cli/serve.ts'), '--data-dir', dataDir, '--host', '127.0.0.1', '--port', '0', '--allow-host', '127.0.0.1', '--no-build'],
    { cwd: PROJECT_ROOT, env: { ...process.env, BRUECKE_LOG: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the team server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Workstations connect to/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the team server exited with ${code}:\n${output}`)));
  });
  return { child, address: /Workstations connect to (https:\/\/\S+)/.exec(output)![1]!, fingerprint: /fingerprint \(SHA-256\): (\S+)/.exec(output)![1]! };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
