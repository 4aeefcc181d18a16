import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronRuntime = { ok: true; binary: string; version: string } | { ok: false; reason: string };

export interface FindElectronRuntimeOptions {
  /** A file (path or file URL) to resolve the `electron` package from; defaults to this module. */
  resolveFrom?: string;
  env?: NodeJS.ProcessEnv;
  nodeVersion?: string;
}

/** Electron's own installer (`electron/install.js`) refuses older Node versions. */
const INSTALLER_MIN_NODE = [22, 12] as const;

/**
 * Finds an Electron binary that can actually run, without ever starting a download.
 *
 * `require('electron')` is not used on purpose: when the binary is missing, the package's
 * index.js spawns its installer, which goes to the network (and needs Node ≥ 22.12). This reads
 * the same files the installer writes — `path.txt` and `dist/version` — and checks the binary.
 */
export function findElectronRuntime(options: FindElectronRuntimeOptions = {}): ElectronRuntime {
  const env = options.env ?? process.env;
  const nodeVersion = options.nodeVersion ?? process.versions.node;
  const requireFrom = createRequire(options.resolveFrom ?? import.meta.url);

  let packageJson: string;
  try {
    packageJson = requireFrom.resolve('electron/package.json');
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm ci)' };
  }
  const packageDir = path.dirname(packageJson);
  const version = readVersion(packageJson);
  if (!version) return { ok: false, reason: `cannot read the version in ${packageJson}` };

  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = readText(path.join(packageDir, 'path.txt'));
  if (!relative && !overrideDir) return { ok: false, reason: notDownloaded(version, nodeVersion) };

  let binary: string;
  if (overrideDir) {
    binary = path.join(overrideDir, relative ?? 'electron');
  } else {
    binary = path.join(packageDir, 'dist', relative!);
    const distVersion = readText(path.join(packageDir, 'dist', 'version'))?.replace(/^v/, '');
    // A stale dist would make the package's index.js re-download on first use.
    if (distVersion && distVersion !== version) {
      return { ok: false, reason: `the downloaded Electron binary is ${distVersion}, but the electron package is ${version}` };
    }
  }

  try {
    fs.accessSync(binary, fs.constants.X_OK);
  } catch {
    return { ok: false, reason: `${notDownloaded(version, nodeVersion)}; ${binary} is missing or not executable` };
  }
  return { ok: true, binary, version };
}

function notDownloaded(version: string, nodeVersion: string): string {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  const [needMajor, needMinor] = INSTALLER_MIN_NODE;
  const nodeTooOld = major < needMajor || (major === needMajor && minor < needMinor);
  const why = nodeTooOld
    ? `its installer needs Node ${needMajor}.${needMinor} or newer — this is Node ${nodeVersion} — and internet access`
    : 'its installer downloads it from the internet on first use, and that has not happened';
  return `the Electron ${version} runtime is not installed (${why})`;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function readVersion(packageJson: string): string | undefined {
  try {
    const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}
