import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasFlag, readOption, resolveDataDir } from '../core/data-dir/resolve-data-dir';
import { startCoreWorker } from '../core/host/worker-core';
import { rendererDirFrom, rendererIsBuilt, startBridge } from '../web/bridge-server';
import { buildAppIfChanged } from './build-renderer';
import type { DemoLogin } from '../core/demo';
import { PROJECT_ROOT } from './project-root';

/**
 * Browser mode: the loopback bridge in this Node process, the core in a worker thread of it
 * (core/host), the renderer in any browser. Options: --data-dir DIR, --demo, --port N, --no-build, --no-open, --open.
 * BRUECKE_TEST_MODE=1 lets end-to-end tests move the clock; nothing else reads it.
 */
export async function main(argv: string[]): Promise<void> {
  const testMode = process.env.BRUECKE_TEST_MODE === '1';
  const rendererDir = rendererDirFrom(PROJECT_ROOT);
  if (!hasFlag(argv, '--no-build') || !rendererIsBuilt(rendererDir)) buildAppIfChanged();

  let dataDir = resolveDataDir(argv);
  let demo: DemoLogin | null = null;
  // Loaded only for demo runs: it pulls in the whole core, which otherwise loads once, in the worker.
  const demoKit = hasFlag(argv, '--demo') ? await import('../core/demo') : null;
  if (demoKit) {
    const { prepareDemoDataDir, printDemoLogin } = demoKit;
    demo = await prepareDemoDataDir();
    dataDir = demo.dataDir;
    printDemoLogin(demo);
  }

  // The core runs in its own thread: a slow call never stops this one from serving files and
  // taking other tabs' calls. Test mode gives it a clock the tests may move.
  const core = await startCoreWorker({ dataDir, ...(testMode ? { testClock: true } : {}) });
  const port = Number(readOption(argv, '--port') ?? 0);
  const bridge = await startBridge({ core, rendererDir, port, ...(core.testClock ? { testClock: core.testClock } : {}) });

  console.log(`Brücke (browser mode) is running. Data directory: ${dataDir}`);
  console.log(`Open this address in your browser (it contains this launch's access token; do not share it):`);
  console.log(`  ${bridge.url}`);
  console.log('Press Ctrl+C to stop.');
  if (hasFlag(argv, '--open') || (!hasFlag(argv, '--no-open') && !testMode)) openBrowser(bridge.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await bridge.close();
    await core.close();
    if (demo) demoKit?.removeDemoDataDir(demo);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/**
 * Opens the address in an installed Chromium/Chrome on a desktop session, if there is one
 * (`BRUECKE_BROWSER` names another program). The address carries the launch token, and any local
 * user can read a process's command line: so the browser gets the path of an owner-only file
 * that forwards to the address, and the file is removed once the browser has had time to read it.
 */
function openBrowser(url: string): void {
  const forced = process.env.BRUECKE_BROWSER;
  if (!forced && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const binary = forced ?? findBrowser();
  if (!binary) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-open-'));
  const file = path.join(dir, 'open.html');
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  fs.writeFileSync(file, `<!doctype html><meta http-equiv="refresh" content="0;url=${escaped}"><title>Brücke</title>`, { mode: 0o600 });
  const child = spawn(binary, ['--new-window', pathToFileURL(file).href], { detached: true, stdio: 'ignore', env: browserEnvironment() });
  child.unref();
  setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 30_000).unref();
}

function findBrowser(): string | null {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    const binary = found.status === 0 ? found.stdout.trim() : '';
    if (binary && fs.existsSync(binary)) return binary;
  }
  return null;
}

/** The browser inherits no Brücke settings (test switches, data directory, addon paths). */
function browserEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('BRUECKE_')));
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`Brücke could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
