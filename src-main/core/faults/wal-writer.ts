/**
 * The process the `-wal` loss test kills (wal-loss.test.ts): a real core on a data directory, a
 * few audited writes through the router, each acknowledged on stdout only after the call returned
 * ok; then it waits to be killed, so its commits are still in the `-wal`, not in the main file.
 *
 * Protocol: argv = data dir, number of writes. stdin = one JSON line with the admin's user name
 * and password (never argv or env). stdout lines: `ack NAME`, then `done`.
 */
import readline from 'node:readline';
import { localClient } from '../client';
import { createCore } from '../core';
import { FAST_KDF } from '../testing/test-core';

const [dataDir, writesArg] = process.argv.slice(2);
if (!dataDir || !writesArg) throw new Error('wal-writer: data dir and number of writes expected');
const say = (line: string) => process.stdout.write(`${line}\n`);

async function readSecrets(): Promise<{ username: string; password: string }> {
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return JSON.parse(line) as { username: string; password: string };
  }
  throw new Error('wal-writer: no secrets on stdin');
}

const secrets = await readSecrets();
const core = await createCore({ dataDir, kdf: FAST_KDF });
const admin = localClient(core);
await admin.must('session.login', secrets);
for (let i = 0; i < Number(writesArg); i++) {
  const username = `wal.${i}`;
  await admin.must('users.create', { username, displayName: `WAL ${i}`, roles: ['hotline'] });
  say(`ack ${username}`);
}
say('done');
// Stay up (the database open, the -wal unmerged) until the test kills this process.
setInterval(() => undefined, 60_000);
