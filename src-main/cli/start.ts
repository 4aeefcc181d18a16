import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasFlag } from '../core/data-dir/resolve-data-dir';
import { buildAppIfChanged } from './build-renderer';
import type { DemoLogin } from '../core/demo';
import { findElectronRuntime } from './electron-runtime';
import { prepareElectronBinding } from './prepare-electron-binding';
import { PROJECT_ROOT } from './project-root';

/**
 * `npm start [-- --demo] [-- --data-dir DIR]`: the desktop app where an Electron binary exists,
 * otherwise browser mode with one paragraph saying why. Run by tsx.
 */

const say = (message: string) => console.log(`[start] ${message}`);

export async function main(argv: string[]): Promise<void> {
  const runtime = findElectronRuntime();
  if (!runtime.ok) return startBrowserMode(runtime.reason, argv);

  say(`building the app for Electron ${runtime.version}`);
  buildAppIfChanged();

  say('preparing the database addon for Electron');
  let binding: string;
  try {
    binding = prepareElectronBinding(runtime.version, PROJECT_ROOT);
  } catch (error) {
    // Without an addon built for Electron the app could not open its database.
    const why = error instanceof Error ? error.message : String(error);
    return startBrowserMode(`the database addon could not be built for Electron ${runtime.version} (${why})`, argv);
  }

  // The demo folder is seeded here, in Node, where node_modules' build of the addon loads;
  // Electron then opens it like any other data directory.
  let appArgs = argv;
  let demo: DemoLogin | null = null;
  // Loaded only for demo runs: it is the whole core, which tsx would otherwise compile at every start.
  const demoKit = hasFlag(argv, '--demo') ? await import('../core/demo') : null;
  if (demoKit) {
    demo = await demoKit.prepareDemoDataDir();
    demoKit.printDemoLogin(demo);
    // First, so it wins over a --data-dir the caller gave (the first occurrence counts).
    appArgs = ['--data-dir', demo.dataDir, ...argv.filter((arg) => arg !== '--demo')];
  }

  say('starting Brücke');
  const env: NodeJS.ProcessEnv = { ...process.env, BRUECKE_NATIVE_BINDING: binding };
  // A leftover ELECTRON_RUN_AS_NODE would start a bare Node runtime instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(runtime.binary, [path.join(PROJECT_ROOT, 'out', 'main', 'index.js'), ...appArgs], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env,
  });
  // Ctrl+C reaches the child through the terminal; forward the rest so the app can close its
  // database and release the data directory before it goes.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  if (demo) demoKit?.removeDemoDataDir(demo);
  process.exitCode = code;
}

async function startBrowserMode(reason: string, argv: string[]): Promise<void> {
  console.log(
    `Brücke cannot open as a desktop app here: ${reason}. ` +
      'Starting browser mode instead: a local server that listens on ' +
      '127.0.0.1 only (not reachable from other computers) serves the same app — open the URL ' +
      'printed below in a browser on this computer. The URL holds a one-time access token; do ' +
      'not share it. Stop the server with Ctrl+C.\n',
  );
  // Loaded only now: the desktop path never needs the HTTP server. It builds when the sources
  // changed (the desktop path built already) and runs the built browser mode.
  const web = await import('./start-web');
  await web.main(argv);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error('[start] failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
