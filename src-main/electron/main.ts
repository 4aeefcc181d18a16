import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { hasFlag, resolveDataDir } from '../core/data-dir/resolve-data-dir';
import { serverT, uiLanguageOf } from '../core/i18n/server-t';
import { startCoreWorker } from '../core/host/worker-core';
import { createLogger } from '../core/log';
import { appEntryUrl, appPaths, nativeBindingPath } from './app-paths';
import { readChoice, SwitchableCore } from './connection';
import { installHardening } from './hardening';
import { registerIpc } from './ipc';
import { mainWindowOptions } from './window-options';

/**
 * The desktop app's composition root: lifecycle, one window, the core (in a worker thread) behind IPC. Everything
 * decided here is small; the decisions themselves live in the pure modules beside it.
 */


const log = createLogger('electron/main');
const paths = appPaths(path.dirname(fileURLToPath(import.meta.url)));

function start(): void {
  // Before ready: every renderer, including any we never meant to create, gets the OS sandbox.
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    console.log('Brücke is already running; its window has been brought to the front.');
    app.quit();
    return;
  }

  const argv = process.argv;
  // Started early, so demo seeding overlaps with Chromium's start-up.
  const dataDir = chooseDataDir(argv);
  // Awaited after ready; this keeps an early failure from counting as an unhandled rejection.
  dataDir.catch(() => undefined);
  let window: BrowserWindow | null = null;
  let core: Promise<SwitchableCore> | undefined;
  let closing: Promise<void> | undefined;
  let closed = false;
  let unregisterIpc: (() => void) | undefined;

  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Closing the last window ends the app on every platform: it locks the session and releases
  // the data directory, which is what staff expect when they close it at the end of a shift.
  app.on('window-all-closed', () => app.quit());

  // Hold the quit until the core has locked the session, closed the database and released the
  // instance lock; then quit again for real.
  app.on('before-quit', (event) => {
    if (!core || closed) return;
    // Also holds a second quit (another Ctrl+C) that arrives while the core is still closing.
    event.preventDefault();
    if (closing) return;
    unregisterIpc?.();
    closing = core
      .then((c) => c.close())
      .catch((error: unknown) => log.error('closing the core failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app
    .whenReady()
    .then(async () => {
      const entry = appEntryUrl(paths.rendererIndex, process.env, app.isPackaged);
      installHardening(app, session.defaultSession, entry);
      const directory = await dataDir;
      const configDir = app.getPath('userData');
      // A data folder named on the command line wins; otherwise the choice made at first start.
      const explicit = hasFlag(argv, '--data-dir') || hasFlag(argv, '--demo') || Boolean(process.env.BRUECKE_DATA_DIR);
      const initial = explicit ? { kind: 'local' as const } : (readChoice(configDir) ?? { kind: 'local' as const });
      const binding = nativeBindingPath(paths.appRoot, process.env);
      // The local core runs in a worker thread, so no call can freeze the window (core/host).
      const openLocal = () => startCoreWorker({ entry: paths.coreWorker, dataDir: directory, ...(binding ? { nativeBinding: binding } : {}) });
      const switchable = new SwitchableCore({ configDir, initial, openLocal });
      const pending = Promise.resolve(switchable);
      core = pending;
      // A local core opens even when the data directory is locked or read-only; the renderer
      // then shows session.status's reason. A rejection is a bug and ends up below.
      const ready = await pending;
      if (closing) return; // quit while the core was opening; before-quit closes it
      unregisterIpc = registerIpc(ipcMain, ready, entry);
      window = createMainWindow(entry);
    })
    .catch((error: unknown) => {
      log.error('start-up failed', error);
      // No one is signed in yet: the box speaks the system's language (German when not a UI language).
      const t = serverT(uiLanguageOf(app.getPreferredSystemLanguages()));
      dialog.showErrorBox('Brücke', t('server:startup.failed'));
      app.exit(1);
    });
}

/** `--demo` seeds a throw-away data directory and prints its log-in; otherwise the usual lookup. */
async function chooseDataDir(argv: readonly string[]): Promise<string> {
  if (!hasFlag(argv, '--demo')) return resolveDataDir(argv);
  // Loaded only for demo runs, so the seeding code stays out of a normal start-up.
  // `npm start --demo` seeds the folder in Node and passes --data-dir instead; this path serves a
  // direct `electron out/main/index.js --demo`, so it must use the Electron build of the addon.
  const { prepareDemoDataDir, printDemoLogin, removeDemoDataDir } = await import('../core/demo');
  const nativeBinding = nativeBindingPath(paths.appRoot, process.env);
  const demo = await prepareDemoDataDir(nativeBinding ? { nativeBinding } : {});
  // Demo credentials only: the folder is throw-away and holds invented records.
  printDemoLogin(demo);
  // After the core has closed it (will-quit comes after before-quit's close), the folder goes.
  app.once('will-quit', () => removeDemoDataDir(demo));
  return demo.dataDir;
}

function createMainWindow(entry: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(paths.preload, { devTools: !app.isPackaged, icon: paths.icon }));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => log.error(`renderer gone: ${details.reason}`));
  window.loadURL(entry).catch((error: unknown) => log.error('could not load the UI', error));
  return window;
}

start();
