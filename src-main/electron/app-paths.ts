import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the Electron build of the database addon lives (prepared by cli/prepare-electron-binding.ts). */
export const ELECTRON_BINDING_DIR = '.electron-binding';
export const ELECTRON_BINDING_FILE = 'better_sqlite3.node';
export const NATIVE_BINDING_ENV = 'BRUECKE_NATIVE_BINDING';

export interface AppPaths {
  /** The project (or app.asar) root: two levels above out/main/index.js. */
  appRoot: string;
  preload: string;
  rendererIndex: string;
  /** The core host's worker entry (core/host/core-worker.ts), built beside the main bundle. */
  coreWorker: string;
  /** The window icon (Linux shows it in the task bar; Windows and macOS take it from the package). */
  icon: string;
}

/** Paths of the built files, from the folder of the running main bundle (out/main). */
export function appPaths(mainDir: string): AppPaths {
  return {
    appRoot: path.resolve(mainDir, '..', '..'),
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    rendererIndex: path.join(mainDir, '..', 'renderer', 'index.html'),
    coreWorker: path.join(mainDir, 'core-worker.js'),
    icon: path.resolve(mainDir, '..', '..', 'resources', 'icons', 'icon-256.png'),
  };
}

/**
 * The page the window loads, and the only one it may show and accept IPC from. The dev server's
 * URL (set by `electron-vite dev`) is honoured only in an unpackaged app, so an environment
 * variable cannot point an installed app at a foreign page.
 */
export function appEntryUrl(rendererIndex: string, env: NodeJS.ProcessEnv, isPackaged: boolean): string {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (devUrl && !isPackaged) return devUrl;
  return pathToFileURL(rendererIndex).href;
}

/**
 * The better-sqlite3 addon built for Electron's ABI, if one was prepared. The build in
 * node_modules is for the machine's Node (tests, browser mode) and Electron cannot load it, so
 * the two are kept apart rather than rebuilt in place.
 */
export function nativeBindingPath(
  appRoot: string,
  env: NodeJS.ProcessEnv,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  const fromEnv = env[NATIVE_BINDING_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  const prepared = path.join(appRoot, ELECTRON_BINDING_DIR, ELECTRON_BINDING_FILE);
  return exists(prepared) ? prepared : undefined;
}
