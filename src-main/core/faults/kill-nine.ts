import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ContactEntity, RequesterEntity } from '../pool/requester.entity';
import { CARLA } from '../testing/pool-fixtures';
import { createStaff } from '../testing/staff';
import { ADMIN, setUp, startTestCore, tempDir } from '../testing/test-core';
import { openAs } from '../testing/test-database';
import { bundleForNode } from '../testing/node-bundle';

/**
 * The kill -9 suite's driver: lanes of one data directory each; in every lane a writer
 * (kill-writer.ts) is started, writes until a random moment, and is killed with SIGKILL — often
 * right after it announced a rekey, so kills land inside it. Each next writer checks what the
 * killed one left; at the end a last writer runs the integrity checks and the driver reads every
 * acknowledged write straight from the database, opened with the key the keyring holds now.
 */
export interface KillNineOptions {
  /** Kills in all, spread over the lanes. */
  kills: number;
  lanes: number;
  seed: number;
  /** Longest wait after `ready` before the kill, in ms. */
  maxDelayMs: number;
  /** Chance that a kill is aimed into a rekey when one begins. */
  rekeyAim: number;
  onProgress?: (line: string) => void;
}

export interface KillNineReport {
  kills: number;
  killsDuringRekey: number;
  acknowledged: number;
  rekeysFinished: number;
  problems: string[];
}

/** mulberry32: reproducible randomness from the printed seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RunOutcome {
  acks: string[];
  duringRekey: boolean;
  rekeysFinished: number;
  confirmed: string | null;
  /** The last code the writer began to confirm (its confirmation may commit before the kill, unacknowledged). */
  confirming: string | null;
  problems: string[];
  killed: boolean;
}

interface Writer {
  child: ChildProcessWithoutNullStreams;
  /** 'close': the process ended and its output has been read to the end. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: string;
}

/**
 * Started one run ahead: the child loads its modules (most of a start's cost) while the previous
 * writer still runs, and touches the data directory only once it has read its secrets.
 */
function spawnWriter(writer: string, dataDir: string, run: number, ackFile: string): Writer {
  const child = spawn(process.execPath, [writer, dataDir, String(run), ackFile], {
    env: { ...process.env, BRUECKE_LOG: 'silent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const w: Writer = { child, exited: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))), stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (w.stderr += chunk.toString()));
  return w;
}

function driveWriter(w: Writer, run: number, secrets: object, killAt: { afterReadyMs: number | null; rekeyDelayMs: number | null }): Promise<RunOutcome> {
  const { child } = w;
  return new Promise((resolve) => {
    child.stdin.end(`${JSON.stringify(secrets)}\n`);
    const outcome: RunOutcome = { acks: [], duringRekey: false, rekeysFinished: 0, confirmed: null, confirming: null, problems: [], killed: false };
    let inRekey = false;
    let pending = '';
    const kill = () => {
      if (outcome.killed) return;
      outcome.killed = true;
      outcome.duringRekey = inRekey;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, ...rest] = line.split(' ');
        if (word === 'ack') outcome.acks.push(rest.join(' '));
        else if (word === 'problem') outcome.problems.push(`run ${run}: ${rest.join(' ')}`);
        else if (word === 'confirmed') outcome.confirmed = rest.join(' ');
        else if (word === 'confirming') outcome.confirming = rest.join(' ');
        else if (word === 'check' && rest[0] !== 'OK') outcome.problems.push(`final check: ${rest.join(' ')}`);
        else if (word === 'rekey-begin') {
          inRekey = true;
          if (killAt.rekeyDelayMs !== null && !outcome.killed) {
            const delay = killAt.rekeyDelayMs;
            killAt.rekeyDelayMs = null;
            setTimeout(kill, delay);
          }
        } else if (word === 'rekey-end') {
          inRekey = false;
          outcome.rekeysFinished++;
        } else if (word === 'ready' && killAt.afterReadyMs !== null) setTimeout(kill, killAt.afterReadyMs);
      }
    });
    void w.exited.then(({ code, signal }) => {
      if (!outcome.killed && (code !== 0 || signal)) outcome.problems.push(`run ${run}: writer ended by itself (${signal ?? code}): ${w.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      resolve(outcome);
    });
  });
}

async function prepareLane(dir: string): Promise<{ dataDir: string; recoveryCode: string }> {
  const dataDir = path.join(dir, 'data');
  const t = await startTestCore({ dataDir });
  const recoveryCode = await setUp(t, ['pool']);
  await createStaff(t, [CARLA]);
  await t.cleanup();
  return { dataDir, recoveryCode };
}

async function runLane(writer: string, lane: number, kills: number, options: KillNineOptions, report: KillNineReport): Promise<void> {
  const dir = fs.mkdtempSync(path.join(path.dirname(writer), `lane-${lane}-`));
  const { dataDir, recoveryCode: firstCode } = await prepareLane(dir);
  const next = random(options.seed + lane);
  let recoveryCode = firstCode;
  let confirming: string | null = null;
  const ackFile = path.join(dir, 'previous-acks.txt');
  const allAcks = new Map<string, number>();
  const secrets = (checkOnly: boolean) => ({
    admin: { username: ADMIN.username, password: ADMIN.password },
    writer: { username: CARLA.username, password: CARLA.password },
    recoveryCode,
    confirming,
    checkOnly,
  });
  let upcoming = spawnWriter(writer, dataDir, 1, ackFile);
  for (let run = 1; run <= kills; run++) {
    const aimAtRekey = next() < options.rekeyAim;
    const current = upcoming;
    upcoming = spawnWriter(writer, dataDir, run + 1, ackFile);
    const outcome = await driveWriter(current, run, secrets(false), {
      afterReadyMs: Math.floor(next() * options.maxDelayMs),
      // A rekey of a small database takes a few tens of ms: aim anywhere inside it.
      rekeyDelayMs: aimAtRekey ? Math.floor(next() * 60) : null,
    });
    if (outcome.killed) report.kills++;
    if (outcome.duringRekey) report.killsDuringRekey++;
    report.rekeysFinished += outcome.rekeysFinished;
    report.problems.push(...outcome.problems.map((p) => `lane ${lane} ${p}`));
    if (outcome.confirmed) recoveryCode = outcome.confirmed;
    // Begun after the last acknowledged confirmation: the next run may find it committed.
    confirming = outcome.confirming !== null && outcome.confirming !== outcome.confirmed ? outcome.confirming : null;
    for (const ack of outcome.acks) {
      const [name, count] = ack.split(' ');
      allAcks.set(name!, Number(count));
    }
    fs.writeFileSync(ackFile, outcome.acks.join('\n'));
    report.acknowledged += outcome.acks.length;
    options.onProgress?.(`lane ${lane} run ${run}: ${outcome.acks.length} acked${outcome.duringRekey ? ', killed during a rekey' : ''}`);
  }
  const final = await driveWriter(upcoming, kills + 1, secrets(true), { afterReadyMs: null, rekeyDelayMs: null });
  report.problems.push(...final.problems.map((p) => `lane ${lane} ${p}`));

  // Every acknowledged write, straight from the database under the key the keyring holds now.
  const db = await openAs(dataDir, ADMIN.username, ADMIN.password);
  try {
    const rows = (await db
      .createQueryBuilder()
      .select('r.name', 'name')
      .addSelect('count(c.id)', 'contacts')
      .from(RequesterEntity, 'r')
      .leftJoin(ContactEntity.options.name, 'c', 'c.requesterId = r.id')
      .groupBy('r.id')
      .getRawMany()) as { name: string; contacts: number }[];
    const stored = new Map(rows.map((r) => [r.name, Number(r.contacts)]));
    for (const [name, count] of allAcks) {
      if (!stored.has(name)) report.problems.push(`lane ${lane}: acknowledged ${name} lost`);
      else if (stored.get(name) !== count) report.problems.push(`lane ${lane}: ${name} has ${stored.get(name)} of ${count} contacts`);
    }
    for (const [name, count] of stored) {
      const written = Number(/-(\d)$/.exec(name)?.[1]);
      if (count !== written) report.problems.push(`lane ${lane}: ${name} stored partially (${count}/${written})`);
    }
  } finally {
    await db.destroy();
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function runKillNine(options: KillNineOptions): Promise<KillNineReport> {
  const dir = tempDir('bruecke-kill-nine-');
  const writer = bundleForNode(path.join(import.meta.dirname, 'kill-writer.ts'), dir);
  const report: KillNineReport = { kills: 0, killsDuringRekey: 0, acknowledged: 0, rekeysFinished: 0, problems: [] };
  const perLane = Math.ceil(options.kills / options.lanes);
  try {
    await Promise.all(Array.from({ length: options.lanes }, (_, lane) => runLane(writer, lane, perLane, options, report)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
