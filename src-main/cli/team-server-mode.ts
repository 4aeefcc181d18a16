import { hasFlag, readOption, resolveDataDir } from '../core/data-dir/resolve-data-dir';
import { startingCore } from '../core/host/starting-core';
import { startCoreWorker } from '../core/host/worker-core';
import { rendererIsBuilt } from '../web/bridge-server';
import { startTeamServer } from '../web/team-server';
import { ensureSelfSigned, readCertificate } from '../web/tls-certificate';
import { builtSiblings, isProcessEntry } from './built-siblings';
import { serveUntilStopped } from './serve-until-stopped';

const USAGE = `Brücke team server

  npm run serve -- --data-dir DIR [--host 0.0.0.0] [--port 8443] [--cert FILE --key FILE]
                   [--allow-host NAME[:PORT]]... [--stay-unlocked]

Serves the app and its data over HTTPS to the office's workstations. Without --cert/--key it
generates a self-signed certificate at first start; \`npm run admin -- server-info\` prints its
fingerprint, which each workstation compares once when it connects. Every person signs in with
their own password. After a restart the server is locked until someone signs in;
--stay-unlocked keeps the key in memory after the first admin's log-in until the server stops
(scheduled work such as backups then runs while nobody is signed in).`;

/** All values of a repeatable option (`--allow-host a --allow-host b`). */
function readAll(argv: readonly string[], name: string): string[] {
  const values: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === name && argv[i + 1]) values.push(argv[i + 1]!);
    else if (arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1));
  });
  return values;
}

/**
 * The team server, built (`out/main/serve.js`, plain Node), with the core's worker from the built
 * `core-worker.js` beside it. `npm run serve` (cli/serve.ts) builds when the sources changed and
 * then runs this.
 */
export async function main(argv: string[]): Promise<void> {
  if (hasFlag(argv, '--help')) {
    console.log(USAGE);
    return;
  }
  const dataDir = resolveDataDir(argv);
  const host = readOption(argv, '--host') ?? '0.0.0.0';
  const port = Number(readOption(argv, '--port') ?? 8443);
  const certFile = readOption(argv, '--cert');
  const keyFile = readOption(argv, '--key');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number`);
  if (Boolean(certFile) !== Boolean(keyFile)) throw new Error('--cert and --key go together');

  const { coreWorker, rendererDir } = builtSiblings(import.meta.url);
  if (!rendererIsBuilt(rendererDir)) throw new Error('the renderer is not built (npm run build)');

  const allowed = readAll(argv, '--allow-host');
  const certificate = certFile && keyFile ? readCertificate(certFile, keyFile) : await ensureSelfSigned(dataDir, allowed.map((h) => h.replace(/:\d+$/, '')));
  // Test mode (end-to-end tests only) may move the clock; a production start never does.
  // The core runs in a worker thread (core/host): a slow call (a year's indicators, a backup)
  // holds that thread only, so the server keeps serving files and taking calls meanwhile. It
  // listens while that thread still loads the core; calls wait for it.
  const testMode = process.env.BRUECKE_TEST_MODE === '1';
  const starting = startCoreWorker({ entry: coreWorker, dataDir, stayUnlocked: hasFlag(argv, '--stay-unlocked'), ...(testMode ? { testClock: true } : {}) });
  const core = startingCore(starting, { testClock: testMode });
  const server = await startTeamServer({
    core,
    rendererDir,
    certificate,
    host,
    port,
    allowedHosts: allowed.length > 0 ? allowed : ['localhost', '127.0.0.1'],
  });

  console.log(`Brücke team server is running on ${host}:${server.port}. Data directory: ${dataDir}`);
  console.log(`Certificate fingerprint (SHA-256): ${certificate.fingerprint}`);
  console.log(`Workstations connect to ${server.url}`);
  console.log('Press Ctrl+C to stop.');

  await serveUntilStopped(server, core, starting);
}

if (isProcessEntry(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`The team server could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
