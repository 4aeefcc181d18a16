/**
 * The process the kill -9 suite kills (kill-nine.test.ts): a real core on a real data directory,
 * writing multi-row transactions through the router as a coordinator (a requester with 2–6
 * contacts, one transaction each) and, every few writes, deactivating a fresh user as an admin,
 * which rekeys the database. Each commit is acknowledged on stdout only after the call returned ok.
 *
 * Before writing it checks what a previous, killed run left: every acknowledged requester present
 * with all its contacts, no requester with fewer contacts than it was written with, a pending
 * recovery code (if any) that opens the recovery slot, else the last confirmed one does.
 *
 * Protocol: argv = data dir, run number, file of the previous run's acknowledged writes ("name count" per line).
 * stdin = one JSON line with the passwords and the last confirmed recovery code (never argv or
 * env). stdout lines: `ready`, `ack NAME COUNT`, `rekey-begin`, `rekey-end`, `confirmed CODE`,
 * `verified N`, `problem TEXT`, `check OK|...`.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { type ChannelName, type InputOf, type OutputOf } from '../../contract';
import { localClient } from '../client';
import { createCore } from '../core';
import * as keyring from '../keys/keyring';
import { FAST_KDF } from '../testing/test-core';

interface Secrets {
  admin: { username: string; password: string };
  writer: { username: string; password: string };
  recoveryCode: string;
  /** A code the previous run was confirming when it was killed: its confirmation may have committed. */
  confirming?: string | null;
  /** Stop after the checks (the suite's final look). */
  checkOnly?: boolean;
}

const [dataDir, runArg, ackFile] = process.argv.slice(2);
if (!dataDir || !runArg || !ackFile) throw new Error('kill-writer: data dir, run number and ack file expected');
const run = Number(runArg);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function readSecrets(): Promise<Secrets> {
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return JSON.parse(line) as Secrets;
  }
  throw new Error('kill-writer: no secrets on stdin');
}

const secrets = await readSecrets();
const core = await createCore({ dataDir, kdf: FAST_KDF });
const admin = localClient(core, 'admin-window');
const writer = localClient(core, 'writer-window');
const must = <C extends ChannelName>(client: typeof admin, channel: C, input: InputOf<C>): Promise<OutputOf<C>> => client.must(channel, input);

await must(admin, 'session.login', secrets.admin);
await must(writer, 'session.login', secrets.writer);

// What the killed runs left.
const expected = new Map<string, number>();
for (const line of fs.existsSync(ackFile) ? fs.readFileSync(ackFile, 'utf8').split('\n') : []) {
  const [name, count] = line.split(' ');
  if (name && count) expected.set(name, Number(count));
}
// The previous run's writes (the suite checks every run's at the end, straight from the database).
const stored = (await must(writer, 'pool.requestersList', { search: `K${String(run - 1).padStart(4, '0')}-` })).rows;
const byName = new Map(stored.map((r) => [r.name, r]));
for (const [name, count] of expected) {
  const found = byName.get(name);
  if (!found) say(`problem lost ${name}`);
  else if (found.contacts.length !== count) say(`problem partial ${name} ${found.contacts.length}/${count}`);
}
for (const r of stored) {
  const written = Number(/^K\d{4}-\d+-(\d)$/.exec(r.name)?.[1] ?? r.contacts.length);
  if (r.contacts.length !== written) say(`problem partial ${r.name} ${r.contacts.length}/${written}`);
}
say(`verified ${expected.size}`);

// The recovery code: a pending one must open the recovery slot, else the last one confirmed must —
// or the one being confirmed when the previous run was killed (committed, not yet acknowledged).
const pending = await must(admin, 'users.recoveryCodePending', {});
const opens = async (code: string) =>
  keyring.unlockWithRecoveryCode(keyring.readKeyring(dataDir), code).then(
    () => true,
    () => false,
  );
if (pending) {
  if (!(await opens(pending.recoveryCode))) say('problem recovery code pending does not open the recovery slot');
} else if (!(await opens(secrets.recoveryCode))) {
  if (secrets.confirming && (await opens(secrets.confirming))) say(`confirmed ${secrets.confirming}`);
  else say('problem recovery code confirmed does not open the recovery slot');
}
if (pending) {
  say(`confirming ${pending.recoveryCode}`);
  await must(admin, 'users.recoveryCodeConfirm', { id: pending.id });
  say(`confirmed ${pending.recoveryCode}`);
}

if (secrets.checkOnly) {
  const report = await must(admin, 'maintenance.verify', {});
  say(`check ${report.database.ok && report.audit.intact ? 'OK' : JSON.stringify(report)}`);
  await core.close();
  process.exit(0);
}

say('ready');
for (let seq = 0; ; seq++) {
  const count = 2 + (seq % 5);
  const name = `K${String(run).padStart(4, '0')}-${seq}-${count}`;
  await must(writer, 'pool.requesterSave', {
    id: null,
    name,
    type: 'practice',
    trained: false,
    address: '',
    phone: '',
    contacts: Array.from({ length: count }, (_, i) => ({ id: null, name: `Kontakt ${i + 1}`, phone: '', email: '' })),
  });
  say(`ack ${name} ${count}`);
  if (seq % 3 === 2) {
    const { user } = await must(admin, 'users.create', { username: `u${run}-${seq}`, displayName: `U ${run} ${seq}`, roles: ['hotline'] });
    say('rekey-begin');
    await must(admin, 'users.deactivate', { id: user.id });
    say('rekey-end');
    const fresh = await must(admin, 'users.recoveryCodePending', {});
    if (fresh) {
      say(`confirming ${fresh.recoveryCode}`);
      await must(admin, 'users.recoveryCodeConfirm', { id: fresh.id });
      say(`confirmed ${fresh.recoveryCode}`);
    }
  }
}
