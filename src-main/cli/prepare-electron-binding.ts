import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './electron-runtime';
import { PROJECT_ROOT } from './project-root';

/**
 * Builds the database addon (better-sqlite3-multiple-ciphers, a V8 addon, not N-API) for the
 * installed Electron into `.electron-binding/better_sqlite3.node`. The build in node_modules
 * stays untouched: tests, browser mode and the admin CLI run on the machine's Node and need it
 * as it is. The Electron main process loads this copy through the core's `nativeBinding`.
 *
 *   tsx src-main/cli/prepare-electron-binding.ts
 *
 * Needs a C++ toolchain and Electron's headers: node-gyp fetches them from electronjs.org once
 * (cached in its devdir), or reads them from BRUECKE_ELECTRON_HEADERS_DIR when offline.
 */

const ADDON = 'better-sqlite3-multiple-ciphers';
const OUTPUT_DIR = '.electron-binding';
const OUTPUT_FILE = 'better_sqlite3.node';
const STAMP_FILE = 'stamp.json';
const HEADERS_URL = 'https://electronjs.org/headers';
const HEADERS_DIR_ENV = 'BRUECKE_ELECTRON_HEADERS_DIR';

const requireHere = createRequire(import.meta.url);
const say = (message: string) => console.log(`[prepare-electron-binding] ${message}`);

export interface Stamp {
  electron: string;
  addon: string;
  platform: string;
  arch: string;
}

/** Returns the path of the Electron build of the addon, building it first when it is missing or stale. */
export function prepareElectronBinding(electronVersion: string, root: string = PROJECT_ROOT): string {
  const addonDir = path.dirname(requireHere.resolve(`${ADDON}/package.json`));
  const wanted: Stamp = {
    electron: electronVersion,
    addon: readJson<{ version: string }>(path.join(addonDir, 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
  const outDir = path.join(root, OUTPUT_DIR);
  const output = path.join(outDir, OUTPUT_FILE);
  const stampFile = path.join(outDir, STAMP_FILE);

  if (fs.existsSync(output) && sameStamp(stampFile, wanted)) {
    say(`up to date (${ADDON} ${wanted.addon} for Electron ${wanted.electron})`);
    return output;
  }

  // Building in a copy keeps node-gyp from replacing node_modules' Node build.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-electron-binding-'));
  try {
    const source = path.join(work, ADDON);
    say(`copying ${ADDON} ${wanted.addon} to ${source}`);
    fs.cpSync(addonDir, source, {
      recursive: true,
      filter: (file) => !['build', 'node_modules'].includes(path.relative(addonDir, file).split(path.sep)[0] ?? ''),
    });

    say(`building for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch}); this takes a few minutes`);
    const result = spawnSync(process.execPath, [findNodeGyp(), ...nodeGypArgs(wanted)], {
      cwd: source,
      stdio: 'inherit',
      env: nodeGypEnv(process.env),
    });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`node-gyp failed with exit code ${result.status ?? result.signal}`);

    const built = path.join(source, 'build', 'Release', OUTPUT_FILE);
    fs.mkdirSync(outDir, { recursive: true });
    // Copy then rename, so a half-written file never looks like a finished build.
    fs.copyFileSync(built, `${output}.tmp`);
    fs.renameSync(`${output}.tmp`, output);
    fs.writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
    say(`wrote ${path.relative(root, output)}`);
    return output;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function nodeGypArgs(stamp: Stamp, env: NodeJS.ProcessEnv = process.env): string[] {
  const headers = env[HEADERS_DIR_ENV];
  return [
    'rebuild',
    '--release',
    '--jobs=max',
    `--target=${stamp.electron}`,
    '--runtime=electron',
    `--arch=${stamp.arch}`,
    headers ? `--nodedir=${path.resolve(headers)}` : `--dist-url=${HEADERS_URL}`,
  ];
}

/**
 * node-gyp reads `npm_config_*` variables as options. Under `npm start` these may carry the
 * machine's Node settings (this project's machines set nodedir=/usr for the Node build), which
 * would silently build against Node's headers instead of Electron's.
 */
export function nodeGypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const overridden = /^npm_config_(nodedir|target|runtime|dist_?url|disturl|arch|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([name]) => !overridden.test(name)));
}

/** node-gyp ships inside npm; take the one npm itself would use. */
function findNodeGyp(): string {
  const candidates = [
    process.env.npm_config_node_gyp,
    process.env.npm_execpath && path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    tryResolve('node-gyp/bin/node-gyp.js'),
  ];
  const found = candidates.find((file): file is string => !!file && fs.existsSync(file));
  if (!found) throw new Error('node-gyp not found (it ships with npm; is npm installed beside node?)');
  return found;
}

function tryResolve(id: string): string | undefined {
  try {
    return requireHere.resolve(id);
  } catch {
    return undefined;
  }
}

function sameStamp(file: string, wanted: Stamp): boolean {
  try {
    const stamp = readJson<Partial<Stamp>>(file);
    return (Object.keys(wanted) as (keyof Stamp)[]).every((key) => stamp[key] === wanted[key]);
  } catch {
    return false;
  }
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function main(): void {
  const runtime = findElectronRuntime();
  if (!runtime.ok) {
    say(`nothing to build: ${runtime.reason}`);
    process.exitCode = 1;
    return;
  }
  prepareElectronBinding(runtime.version);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    say(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
