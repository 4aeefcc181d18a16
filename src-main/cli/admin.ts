import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODULES, type MaintenanceReport, type Result, type UserSummary } from '../contract';
import { localClient, type LocalClient } from '../core/client';
import { createCore, type Core } from '../core/core';
import { readOption, resolveDataDir } from '../core/data-dir/resolve-data-dir';
import { setLogSilent } from '../core/log';
import { readSelfSigned } from '../web/tls-certificate';
import { readSecret } from './read-secret';

const USAGE = `Brücke admin tool

  npm run admin -- init   --data-dir DIR --org NAME --admin USER [--name "Display Name"] [--modules pool,hotline,housing] [--language de|en|ar]
  npm run admin -- verify [--data-dir DIR] --user USER
  npm run admin -- users  [--data-dir DIR] --user USER
  npm run admin -- server-info [--data-dir DIR]    the team server certificate's fingerprint

The password (of the new admin for init, of USER otherwise) is read from standard input, first
line — never from an argument. The data directory defaults to BRUECKE_DATA_DIR or the OS's
user data folder. The tool takes the same instance lock as the app: stop the app first.`;

class CliError extends Error {}

function unwrap<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) {
    const damage = result.error.details?.damage;
    // A damaged database: what was found, so whoever restores knows what they are looking at.
    const found = damage ? `\ndamage found: ${damage.kind}${damage.pages?.length ? ` (pages ${damage.pages.join(', ')})` : ''}; nothing was written` : '';
    throw new CliError(`${what} failed: ${result.error.code}${result.error.message ? ` (${result.error.message})` : ''}${found}`);
  }
  return result.value as T;
}

function required(argv: string[], name: string): string {
  const value = readOption(argv, name);
  if (!value) throw new CliError(`missing ${name}\n\n${USAGE}`);
  return value;
}

/** The core on the data directory, and this command as its one client (with a session of its own once signed in). */
interface Opened {
  core: Core;
  client: LocalClient;
}

async function openCore(argv: string[]): Promise<Opened> {
  const core = await createCore({ dataDir: resolveDataDir(argv) });
  const client = localClient(core);
  const status = unwrap<{ state: string; reason?: string }>(await client.call('session.status', {}), 'status');
  if (status.state === 'unavailable') {
    await core.close();
    throw new CliError(`the data directory cannot be used: ${status.reason}`);
  }
  return { core, client };
}

async function signIn({ client }: Opened, argv: string[]): Promise<void> {
  const username = required(argv, '--user');
  const password = await readSecret(`Password for ${username}: `);
  unwrap(await client.call('session.login', { username, password }), 'log-in');
}

async function init(argv: string[]): Promise<void> {
  required(argv, '--data-dir');
  const opened = await openCore(argv);
  const { core, client } = opened;
  try {
    const username = required(argv, '--admin');
    const password = await readSecret(`New password for ${username}: `);
    const modules = (readOption(argv, '--modules') ?? MODULES.join(',')).split(',').map((m) => m.trim());
    const { recoveryCode } = unwrap<{ recoveryCode: string }>(
      await client.call('session.setup', {
        organisationName: required(argv, '--org'),
        modules,
        admin: { username, displayName: readOption(argv, '--name') ?? username, password },
        uiLanguage: readOption(argv, '--language') ?? 'de',
      }),
      'setup',
    );
    console.log(`Set up ${core.dataDir} with admin "${username}".`);
    console.log('Recovery code (shown once; store it offline, e.g. in the office safe):');
    console.log(`  ${recoveryCode}`);
  } finally {
    await core.close();
  }
}

async function verify(argv: string[]): Promise<number> {
  const opened = await openCore(argv);
  const { core, client } = opened;
  try {
    await signIn(opened, argv);
    const report = unwrap<MaintenanceReport>(await client.call('maintenance.verify', {}), 'verify');
    console.log(`database pages: ${report.database.ok ? 'ok' : 'DAMAGED'}`);
    for (const problem of report.database.problems.slice(0, 20)) console.log(`  ${problem}`);
    console.log(
      `audit trail: ${report.audit.intact ? 'intact' : `BROKEN at entry ${report.audit.firstBrokenId}`} (${report.audit.entries} entries)`,
    );
    return report.database.ok && report.audit.intact ? 0 : 2;
  } finally {
    await core.close();
  }
}

async function listUsers(argv: string[]): Promise<void> {
  const opened = await openCore(argv);
  const { core, client } = opened;
  try {
    await signIn(opened, argv);
    const users = unwrap<UserSummary[]>(await client.call('users.list', { includeInactive: true }), 'users');
    for (const u of users) {
      const state = u.active ? (u.mustChangePassword ? 'active, must change password' : 'active') : 'deactivated';
      console.log(`${u.username}\t${u.displayName}\t${u.roles.join(',')}\t${state}\tlast log-in: ${u.lastLoginAt ?? 'never'}`);
    }
  } finally {
    await core.close();
  }
}

/** The fingerprint workstations compare on first connect; reads only the public certificate. */
function serverInfo(argv: string[]): number {
  const certificate = readSelfSigned(resolveDataDir(argv));
  if (!certificate) {
    console.log('No self-signed team server certificate in this data directory (start `npm run serve` once, or the server uses the office certificate).');
    return 1;
  }
  console.log(`Team server certificate fingerprint (SHA-256):\n  ${certificate.fingerprint}`);
  return 0;
}

export async function runAdmin(argv: string[]): Promise<number> {
  setLogSilent(true);
  const [command, ...rest] = argv;
  switch (command) {
    case 'init':
      await init(rest);
      return 0;
    case 'verify':
      return verify(rest);
    case 'users':
      await listUsers(rest);
      return 0;
    case 'server-info':
      return serverInfo(rest);
    default:
      console.log(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 64;
  }
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  runAdmin(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof CliError ? `error: ${error.message}` : error);
      process.exit(1);
    },
  );
}
