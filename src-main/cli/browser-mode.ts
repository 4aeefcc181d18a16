import { hasFlag, readOption, resolveDataDir } from '../core/data-dir/resolve-data-dir';
import { startingCore } from '../core/host/starting-core';
import { startCoreWorker } from '../core/host/worker-core';
import { rendererIsBuilt, startBridge } from '../web/bridge-server';
import type { DemoLogin } from '../core/demo';
import { builtSiblings, isProcessEntry } from './built-siblings';
import { openBrowser } from './open-browser';
import { serveUntilStopped } from './serve-until-stopped';

/**
 * Browser mode, built (`out/main/web.js`, plain Node): the loopback bridge in this process, the
 * core in a worker thread of it (core/host) from the built `core-worker.js` beside this file, the
 * renderer in any browser. `npm run start:web` (cli/start-web.ts) builds when the sources changed
 * and then runs this. Options: --data-dir DIR, --demo, --port N, --no-open, --open.
 * BRUECKE_TEST_MODE=1 lets end-to-end tests move the clock; nothing else reads it.
 */
export async function main(argv: string[]): Promise<void> {
  const testMode = process.env.BRUECKE_TEST_MODE === '1';
  const { coreWorker, rendererDir } = builtSiblings(import.meta.url);
  if (!rendererIsBuilt(rendererDir)) throw new Error('the renderer is not built (npm run build)');

  let dataDir = resolveDataDir(argv);
  let demo: DemoLogin | null = null;
  // Loaded only for demo runs: it pulls in the whole core, which otherwise loads once, in the worker.
  const demoKit = hasFlag(argv, '--demo') ? await import('../core/demo') : null;
  if (demoKit) {
    demo = await demoKit.prepareDemoDataDir();
    dataDir = demo.dataDir;
    demoKit.printDemoLogin(demo);
  }

  // The core runs in its own thread: a slow call never stops this one from serving files and
  // taking other tabs' calls. The bridge listens while that thread still loads the core, so the
  // browser fetches the page meanwhile; its first call waits for the core. Test mode gives the
  // core a clock the tests may move.
  const starting = startCoreWorker({ entry: coreWorker, dataDir, ...(testMode ? { testClock: true } : {}) });
  const core = startingCore(starting, { testClock: testMode });
  const port = Number(readOption(argv, '--port') ?? 0);
  const bridge = await startBridge({ core, rendererDir, port, ...(core.testClock ? { testClock: core.testClock } : {}) });

  console.log(`Brücke (browser mode) is running. Data directory: ${dataDir}`);
  console.log(`Open this address in your browser (it contains this launch's access token; do not share it):`);
  console.log(`  ${bridge.url}`);
  console.log('Press Ctrl+C to stop.');
  if (hasFlag(argv, '--open') || (!hasFlag(argv, '--no-open') && !testMode)) openBrowser(bridge.url);

  await serveUntilStopped(bridge, core, starting, () => {
    if (demo) demoKit?.removeDemoDataDir(demo);
  });
}

if (isProcessEntry(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`Brücke could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
