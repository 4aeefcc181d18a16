import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localClient } from '../core/client';
import { createCore } from '../core/core';
import { setLogSilent } from '../core/log';

/**
 * `npm run bench`: speed and memory are measured here, never by timed assertions in tests.
 * So far: how long unlocking takes (scrypt with production parameters, unwrapping the slot,
 * opening the encrypted database, running the migration check) and a round of common calls.
 * The regional-scale benchmark (250k assignments) arrives with its issue.
 */
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  setLogSilent(true);
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-bench-')), 'data');
  const core = await createCore({ dataDir });
  const password = 'measure-the-unlock-1';
  const { must } = localClient(core);
  try {
    await must('session.setup', {
      organisationName: 'Benchmark',
      modules: ['pool', 'hotline', 'housing'],
      admin: { username: 'bench', displayName: 'Bench', password },
      uiLanguage: 'de',
    });
    const unlock: number[] = [];
    const status: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let t = performance.now();
      await must('session.login', { username: 'bench', password });
      unlock.push(performance.now() - t);
      t = performance.now();
      await must('session.status', {});
      status.push(performance.now() - t);
      await must('session.lock', {});
    }
    const rss = process.memoryUsage().rss / 2 ** 20;
    console.log(`unlock (log-in to open database), median of ${ROUNDS}: ${median(unlock).toFixed(0)} ms`);
    console.log(`session.status while unlocked, median of ${ROUNDS}: ${median(status).toFixed(2)} ms`);
    console.log(`resident memory after the runs: ${rss.toFixed(0)} MiB`);
  } finally {
    await core.close();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
