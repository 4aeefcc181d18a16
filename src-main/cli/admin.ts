import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODULES, type MaintenanceReport, type UserSummary } from '../contract';
// Before the certificate library: the core loads TypeORM, which brings the reflect polyfill it needs.
import { CliError, openCore, required, signIn, unwrap } from './admin-session';
import { backupCommand, purgeCommand, restoreCommand, auditExportCommand } from './privacy-commands';
import { readOption, resolveDataDir } from '../core/data-dir/resolve-data-dir';
import { setLogSilent } from '../core/log';
import { readSelfSigned } from '../web/tls-certificate';
import { readSecret } from './read-secret';
import { eraseCommand, exportSubjectCommand } from './subject-commands';

const USAGE = `Brücke admin tool

  npm run admin -- init   --data-dir DIR --org NAME --admin USER [--name "Display Name"] [--modules pool,hotline,housing] [--language de|en|ar]
  npm run admin -- verify [--data-dir DIR] --user USER
  npm run admin -- users  [--data-dir DIR] --user USER
  npm run admin -- server-info [--data-dir DIR]    the team server certificate's fingerprint
  npm run admin -- backup [--data-dir DIR] --user ADMIN                 one encrypted backup now (folder and code set up in the app)
  npm run admin -- restore --backup FILE --to NEW_DIR                   backup code on standard input; NEW_DIR must be empty
  npm run admin -- purge  [--data-dir DIR] --user ADMIN --dry-run|--apply   retention: list, or anonymise what the classes reach
  npm run admin -- audit-export [--data-dir DIR] --user ADMIN --out FILE.csv|FILE.xlsx [--from DATE] [--to DATE]
  npm run admin -- export-subject [--data-dir DIR] --user ADMIN --out FILE.json [--modules pool,hotline,housing]
  npm run admin -- erase  [--data-dir DIR] --user ADMIN --reason request|consentWithdrawn [--modules pool,hotline,housing]

The password (of the new admin for init, of USER otherwise) is read from standard input, first
line — never from an argument. export-subject and erase read the client reference from the
next line (it is personal data), and erase then waits for "yes" after saying how many records
it reaches. The data directory defaults to BRUECKE_DATA_DIR or the OS's
user data folder. The tool takes the same instance lock as the app: stop the app first.`;

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
    const { audit } = report;
    const links = audit.firstBrokenId === null ? 'links intact' : `BROKEN at entry ${audit.firstBrokenId}`;
    console.log(`audit trail: ${audit.intact ? 'intact' : 'NOT INTACT'} (${audit.entries} entries; ${links})`);
    const anchored = audit.anchoredEntries === null ? '' : ` (${audit.anchoredEntries} entries anchored)`;
    if (audit.anchor === 'behind') console.log(`audit anchor: database BEHIND its audit anchor${anchored}: entries removed or acknowledged writes may be lost`);
    else if (audit.anchor === 'matches') console.log(`audit anchor: matches${anchored}`);
    else console.log(`audit anchor: ${audit.anchor.toUpperCase()}${anchored}`);
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
    case 'backup':
      return backupCommand(rest);
    case 'restore':
      return restoreCommand(rest);
    case 'purge':
      return purgeCommand(rest);
    case 'audit-export':
      return auditExportCommand(rest);
    case 'export-subject':
      return exportSubjectCommand(rest);
    case 'erase':
      return eraseCommand(rest);
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
