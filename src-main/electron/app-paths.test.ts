import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appEntryUrl, appPaths, nativeBindingPath } from './app-paths';
import { PACKAGING_FUSES } from './fuses';

describe('appPaths', () => {
  it('finds the preload and the renderer beside out/main, matching electron.vite.config.ts', () => {
    const paths = appPaths(path.join('/opt/bruecke', 'out', 'main'));
    expect(paths.appRoot).toBe(path.resolve('/opt/bruecke'));
    expect(paths.preload).toBe(path.join('/opt/bruecke', 'out', 'preload', 'index.cjs'));
    expect(paths.rendererIndex).toBe(path.join('/opt/bruecke', 'out', 'renderer', 'index.html'));
    expect(paths.coreWorker).toBe(path.join('/opt/bruecke', 'out', 'main', 'core-worker.js'));
    expect(paths.icon).toBe(path.resolve('/opt/bruecke', 'resources', 'icons', 'icon-256.png'));
  });

  it('points at an icon that exists in the project', () => {
    const paths = appPaths(path.resolve(import.meta.dirname, '..', '..', 'out', 'main'));
    expect(fs.existsSync(paths.icon)).toBe(true);
  });
});

describe('appEntryUrl', () => {
  const index = '/opt/bruecke/out/renderer/index.html';

  it('loads the built index.html by default', () => {
    expect(appEntryUrl(index, {}, false)).toBe(pathToFileURL(index).href);
  });

  it('uses the dev server only in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(appEntryUrl(index, env, false)).toBe('http://localhost:5173');
    expect(appEntryUrl(index, env, true)).toBe(pathToFileURL(index).href);
  });
});

describe('nativeBindingPath', () => {
  const prepared = path.join('/opt/bruecke', '.electron-binding', 'better_sqlite3.node');

  it('prefers BRUECKE_NATIVE_BINDING', () => {
    expect(nativeBindingPath('/opt/bruecke', { BRUECKE_NATIVE_BINDING: '/x/addon.node' }, () => true)).toBe(
      path.resolve('/x/addon.node'),
    );
  });

  it('uses the prepared Electron build when it exists, else none', () => {
    expect(nativeBindingPath('/opt/bruecke', {}, (file) => file === prepared)).toBe(prepared);
    expect(nativeBindingPath('/opt/bruecke', {}, () => false)).toBeUndefined();
  });
});

describe('PACKAGING_FUSES', () => {
  it('switches off every way to run the binary as Node or a debugger, and pins the app to its asar', () => {
    expect(PACKAGING_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
