import fs from 'node:fs';
import path from 'node:path';
import type { BackupListed, PurgePlan } from '../contract';
import type { FileDownload as FileDownloadValue } from '../contract/files';
import { restoreBackup } from '../core/backup/restore-backup';
import { APP } from '../core/composition';
import { hasFlag, readOption } from '../core/data-dir/resolve-data-dir';
import { reapplyErasuresFor } from '../core/handlers/composed-handlers';
import { CliError, openCore, required, signIn, unwrap } from './admin-session';
import { readSecret } from './read-secret';

/** `backup`: one backup now, as the app's "Back up now" does (folder and backup code set up in the app). */
export async function backupCommand(argv: string[]): Promise<number> {
  const opened = await openCore(argv);
  try {
    await signIn(opened, argv);
    const started = performance.now();
    const made = unwrap<BackupListed & { removed: number }>(await opened.client.call('backup.run', {}), 'backup');
    console.log(`backup ${made.file}: ${made.bytes} bytes, verified, in ${Math.round(performance.now() - started)} ms; ${made.removed} old backup(s) rotated out`);
    return 0;
  } finally {
    await opened.core.close();
  }
}

/**
 * `restore`: into a new, empty directory (never over a data directory), the backup code from
 * standard input. Checks the code and every page, re-applies the erasure ledger (the restored one
 * and the newer one beside the backups), then writes the key slots: users sign in as before.
 */
export async function restoreCommand(argv: string[]): Promise<number> {
  const backupFile = path.resolve(required(argv, '--backup'));
  const targetDir = path.resolve(required(argv, '--to'));
  const code = await readSecret('Backup code: ');
  const started = performance.now();
  try {
    const report = await restoreBackup({ backupFile, secret: { code }, targetDir, schema: APP.schema, reapplyErasures: reapplyErasuresFor(APP.modules) });
    console.log(`restored ${path.basename(backupFile)} (taken ${report.manifest.createdAt}, schema ${report.manifest.schemaVersion}) into ${targetDir} in ${Math.round(performance.now() - started)} ms`);
    console.log(`erasures re-applied: ${report.erasuresReapplied}`);
    console.log(`start Brücke with --data-dir ${targetDir}; users sign in with the passwords they had when the backup was taken`);
    return 0;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code) throw new CliError(`restore failed: ${code}`);
    throw error;
  }
}

/** `purge --dry-run|--apply`: the retention run; the dry run lists what the apply then does. */
export async function purgeCommand(argv: string[]): Promise<number> {
  const apply = hasFlag(argv, '--apply');
  if (!apply && !hasFlag(argv, '--dry-run')) throw new CliError('say --dry-run or --apply');
  const opened = await openCore(argv);
  try {
    await signIn(opened, argv);
    const plan = apply
      ? unwrap<PurgePlan>(await opened.client.call('privacy.purgeApply', { confirm: true }), 'purge')
      : unwrap<PurgePlan>(await opened.client.call('privacy.purgeDryRun', {}), 'dry run');
    if (plan.paused) console.log('retention is paused: nothing is purged');
    for (const c of plan.classes) console.log(`${c.id}\t${c.action}\t${c.months} months (before ${c.cutoff})\t${c.count} row(s)${apply ? ' done' : ''}`);
    return 0;
  } finally {
    await opened.core.close();
  }
}

/** `audit-export --out FILE`: the audit trail (optionally a period) as CSV or XLSX; the export is itself recorded. */
export async function auditExportCommand(argv: string[]): Promise<number> {
  const out = path.resolve(required(argv, '--out'));
  const format = out.endsWith('.xlsx') ? 'xlsx' : 'csv';
  const opened = await openCore(argv);
  try {
    await signIn(opened, argv);
    const filter = { from: readOption(argv, '--from') ?? '', to: readOption(argv, '--to') ?? '' };
    const file = unwrap<FileDownloadValue>(await opened.client.call('audit.export', { filter, format }), 'audit export');
    fs.writeFileSync(out, Buffer.from(file.base64, 'base64'), { mode: 0o600 });
    console.log(`wrote ${out}`);
    return 0;
  } finally {
    await opened.core.close();
  }
}
