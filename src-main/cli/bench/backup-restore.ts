import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupListed } from '../../contract';
import { restoreBackup } from '../../core/backup/restore-backup';
import { localClient } from '../../core/client';
import { APP } from '../../core/composition';
import { createCore } from '../../core/core';
import { databasePath } from '../../core/db/open-database';
import { hasFlag } from '../../core/data-dir/resolve-data-dir';
import { reapplyErasuresFor } from '../../core/handlers/composed-handlers';
import { setLogSilent } from '../../core/log';
import { signedIn } from './calls';
import { BENCH_ADMIN, FULL, prepareDataset, SMALL } from './dataset';

/**
 * `npm run bench:backup [-- --small]`: size and time of one encrypted backup (written, verified,
 * flushed, renamed) and of its restore into a fresh folder (code, hash, every page, re-encryption,
 * ledger re-applied) on the benchmark's data set. Prints the machine's load average beside the
 * figures: on a shared machine they mean little without it.
 */
async function main(argv: string[]): Promise<void> {
  setLogSilent(true);
  const scale = hasFlag(argv, '--small') ? SMALL : FULL;
  const runs = scale.name === 'full' ? 3 : 5;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-bench-backup-'));
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  try {
    const dataset = await prepareDataset(scale, work, (line) => console.log(line));
    const databaseBytes = fs.statSync(databasePath(dataset.dataDir)).size;
    const core = await createCore({ dataDir: dataset.dataDir });
    const folder = path.join(work, 'backups');
    const backups: { ms: number; made: BackupListed }[] = [];
    let code: string;
    try {
      const client = localClient(core);
      await signedIn(client, BENCH_ADMIN.username, BENCH_ADMIN.password);
      await client.must('backup.configure', { folder, keepDaily: 60, keepWeekly: 0, intervalHours: 0, onClose: false });
      code = (await client.must('backup.newCode', {})).backupCode;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const made = await client.must('backup.run', {});
        backups.push({ ms: performance.now() - started, made });
        console.log(`  backup ${i + 1}: ${mib(made.bytes)} in ${Math.round(backups.at(-1)!.ms)} ms (load ${load()})`);
      }
    } finally {
      await core.close();
    }
    const restores: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await restoreBackup({
        // Rotation keeps one backup a day: every run restores the newest.
        backupFile: path.join(folder, backups.at(-1)!.made.file),
        secret: { code },
        targetDir: path.join(work, `restored-${i}`),
        schema: APP.schema,
        reapplyErasures: reapplyErasuresFor(APP.modules),
      });
      restores.push(performance.now() - started);
      console.log(`  restore ${i + 1}: ${Math.round(restores.at(-1)!)} ms (load ${load()})`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `\n${scale.name} data set: database ${mib(databaseBytes)}; backup ${mib(backups[0]!.made.bytes)}, median ${Math.round(median(backups.map((b) => b.ms)))} ms; ` +
        `restore incl. verification and ledger median ${Math.round(median(restores))} ms; ${os.cpus().length} cores, load average now ${load()}`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
