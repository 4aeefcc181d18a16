import fs from 'node:fs';
import path from 'node:path';
import { ERASURE_REASONS, MODULES, type ErasureResult } from '../contract';
import type { FileDownload as FileDownloadValue } from '../contract/files';
import { readOption } from '../core/data-dir/resolve-data-dir';
import { CliError, openCore, required, signIn, unwrap, type Opened } from './admin-session';
import { readSecret } from './read-secret';

/*
 * Data-subject requests from the admin tool. The client reference is personal data, so like a
 * password it comes from standard input (the line after the password), never from an argument
 * that process lists and shell history would keep.
 */

function chosenModules(argv: string[]): string[] {
  const listed = (readOption(argv, '--modules') ?? MODULES.join(',')).split(',').map((m) => m.trim()).filter(Boolean);
  const unknown = listed.filter((m) => !(MODULES as readonly string[]).includes(m));
  if (unknown.length > 0) throw new CliError(`unknown module(s): ${unknown.join(', ')} (known: ${MODULES.join(', ')})`);
  return listed;
}

async function signedInWithReference(argv: string[]): Promise<{ opened: Opened; reference: string }> {
  const opened = await openCore(argv);
  try {
    await signIn(opened, argv);
    const reference = (await readSecret('Client reference (initials, case number, pseudonym): ')).trim();
    return { opened, reference };
  } catch (error) {
    await opened.core.close();
    throw error;
  }
}

/**
 * `export-subject --out FILE.json`: everything the modules store about one client and who accessed
 * it, as the app's JSON export (recorded as an export). The readable PDF needs the print view of a
 * browser, so it is made in the app (Subject access → Print).
 */
export async function exportSubjectCommand(argv: string[]): Promise<number> {
  const out = path.resolve(required(argv, '--out'));
  if (!out.endsWith('.json')) throw new CliError('--out must name a .json file (the readable PDF is printed from the app)');
  const modules = chosenModules(argv);
  const { opened, reference } = await signedInWithReference(argv);
  try {
    const file = unwrap<FileDownloadValue>(await opened.client.call('privacy.subjectExport', { reference, modules }), 'subject export');
    fs.writeFileSync(out, Buffer.from(file.base64, 'base64'), { mode: 0o600 });
    const report = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as { records: unknown[]; accessLog: unknown[] };
    console.log(`wrote ${out}: ${report.records.length} record(s), ${report.accessLog.length} access entr${report.accessLog.length === 1 ? 'y' : 'ies'}`);
    return 0;
  } finally {
    await opened.core.close();
  }
}

/**
 * `erase --reason request|consentWithdrawn`: the modules' own erasure functions (rows anonymised,
 * counts kept, free-text mentions replaced), the erasure ledger (re-applied after every restore),
 * then the bytes compacted away. Asks first how many records it reaches and waits for "yes".
 */
export async function eraseCommand(argv: string[]): Promise<number> {
  const reason = required(argv, '--reason');
  if (!(ERASURE_REASONS as readonly string[]).includes(reason)) throw new CliError(`--reason must be one of: ${ERASURE_REASONS.join(', ')}`);
  const modules = chosenModules(argv);
  const { opened, reference } = await signedInWithReference(argv);
  try {
    const found = unwrap<{ records: unknown[] }>(await opened.client.call('privacy.subjectSearch', { reference, modules }), 'search');
    process.stderr.write(`${found.records.length} record(s) found in ${modules.join(', ')}. This cannot be undone, and a restore re-applies it.\n`);
    const answer = (await readSecret('Type "yes" to erase: ')).trim().toLowerCase();
    if (answer !== 'yes') {
      console.log('not erased');
      return 1;
    }
    const result = unwrap<ErasureResult>(await opened.client.call('privacy.erase', { reference, modules, reason }), 'erase');
    for (const m of result.modules) console.log(`${m.module}\t${m.anonymised} record(s) anonymised\t${m.scrubbed} free-text mention(s) replaced`);
    console.log('recorded in the erasure ledger; the freed bytes were overwritten and the database compacted');
    return 0;
  } finally {
    await opened.core.close();
  }
}
