import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronRuntime } from '../cli/electron-runtime';
import { nodeGypArgs, nodeGypEnv } from '../cli/prepare-electron-binding';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A project folder with a fake `electron` package, laid out as Electron's installer leaves it. */
function fakeProject(files: { pathTxt?: string; binary?: boolean; distVersion?: string }) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-electron-runtime-'));
  temps.push(root);
  const pkg = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (files.pathTxt) fs.writeFileSync(path.join(pkg, 'path.txt'), files.pathTxt);
  if (files.distVersion) fs.writeFileSync(path.join(pkg, 'dist', 'version'), files.distVersion);
  if (files.binary) fs.writeFileSync(path.join(pkg, 'dist', 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  return { from: path.join(root, 'index.js'), binary: path.join(pkg, 'dist', 'electron') };
}

describe('findElectronRuntime', () => {
  // Machine fact: the binary cannot be downloaded here, so the real project reports not-ok.
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const downloaded = fs.existsSync(path.join(electronDir, 'path.txt'));

  it.runIf(!downloaded)('reports this machine’s missing runtime with a reason, without downloading', () => {
    const result = findElectronRuntime();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/Electron \d+\.\d+\.\d+ runtime is not installed/);
    // The package's index.js would have started its installer; nothing may have been written.
    expect(fs.existsSync(path.join(electronDir, 'path.txt'))).toBe(false);
  });

  it('names the Node requirement when Node is older than 22.12', () => {
    const { from } = fakeProject({});
    const result = findElectronRuntime({ resolveFrom: from, nodeVersion: '20.20.2', env: {} });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Node 22.12 or newer — this is Node 20.20.2') });
    const newer = findElectronRuntime({ resolveFrom: from, nodeVersion: '22.12.0', env: {} });
    expect(newer.ok === false && newer.reason).toContain('internet');
  });

  it('finds an installed, executable binary', () => {
    const { from, binary } = fakeProject({ pathTxt: 'electron', binary: true, distVersion: 'v45.4.1' });
    expect(findElectronRuntime({ resolveFrom: from, env: {} })).toEqual({ ok: true, binary, version: '45.4.1' });
  });

  it('rejects a path.txt whose binary is missing', () => {
    const { from } = fakeProject({ pathTxt: 'electron', distVersion: '45.4.1' });
    const result = findElectronRuntime({ resolveFrom: from, env: {} });
    expect(result.ok === false && result.reason).toContain('missing or not executable');
  });

  it('rejects a binary left from another Electron version', () => {
    const { from } = fakeProject({ pathTxt: 'electron', binary: true, distVersion: '44.0.0' });
    const result = findElectronRuntime({ resolveFrom: from, env: {} });
    expect(result.ok === false && result.reason).toContain('44.0.0');
  });

  it('reports a missing electron package', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-no-electron-'));
    temps.push(root);
    const result = findElectronRuntime({ resolveFrom: path.join(root, 'index.js'), env: {} });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('electron package is not installed') });
  });
});

describe('prepare-electron-binding', () => {
  it('builds against Electron’s headers, not the machine’s Node', () => {
    const args = nodeGypArgs({ electron: '45.4.1', addon: '12.11.1', platform: 'linux', arch: 'x64' }, {});
    expect(args).toEqual(
      expect.arrayContaining(['rebuild', '--target=45.4.1', '--runtime=electron', '--arch=x64', '--dist-url=https://electronjs.org/headers']),
    );
  });

  it('drops npm settings that would point node-gyp at Node’s headers', () => {
    const env = nodeGypEnv({ npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.20.2', npm_config_runtime: 'node', PATH: '/bin' });
    expect(env).toEqual({ PATH: '/bin' });
  });
});
