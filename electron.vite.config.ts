import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const EXCELJS_ON_DEMAND = resolve(import.meta.dirname, 'src-main/core/exports/exceljs-on-demand.ts');

/**
 * Our layout is not electron-vite's default (src/main, src/preload, src/renderer), so every
 * entry and the renderer root are named here.
 */
export default defineConfig({
  main: {
    // Loaded when first used, not at start (core/exports/exceljs-on-demand.ts).
    resolve: { alias: { exceljs: EXCELJS_ON_DEMAND } },
    build: {
      outDir: 'out/main',
      // Dependencies stay imports from node_modules, except: exceljs (the alias above puts the
      // on-demand loader in its place), and date-fns, its time-zone helper and zod, bundled with only
      // what we use: as packages they are hundreds of module files the core's worker would load at
      // every start (browser mode's cold start, README "Performance").
      externalizeDeps: { exclude: ['exceljs', 'date-fns', '@date-fns/tz', 'zod'] },
      // The core runs in a worker thread of the main process (core/host): its entry is a file of its own.
      // Browser mode (`web`) and the team server (`serve`) are built here too, for plain Node, so they
      // start from bundled JavaScript like the desktop app; their graphs never import electron
      // (eslint.config.js, e2e/built-server.spec.ts).
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src-main/electron/main.ts'),
          'core-worker': resolve(import.meta.dirname, 'src-main/core/host/core-worker.ts'),
          web: resolve(import.meta.dirname, 'src-main/cli/browser-mode.ts'),
          serve: resolve(import.meta.dirname, 'src-main/cli/team-server-mode.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot load ESM or node_modules: bundle everything into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    plugins: [react()],
    base: './',
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src-renderer/index.html') },
        // Each language's texts in a chunk of its own, beside the app's code (all are still loaded
        // at start: client forms print in any language).
        output: {
          codeSplitting: {
            groups: [{ debugName: 'locales', name: (id: string) => /[\\/]locales[\\/]([\w-]+)[\\/]/.exec(id)?.[1]?.replace(/^/, 'locale-') ?? null }],
          },
        },
      },
    },
  },
});
