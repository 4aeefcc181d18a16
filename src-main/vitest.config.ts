import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  // As in the app's build (electron.vite.config.ts): exceljs loads when first used.
  resolve: { alias: { exceljs: resolve(root, 'src-main/core/exports/exceljs-on-demand.ts') } },
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts'],
    environment: 'node',
    reporters: ['verbose'],
    // Key derivation (scrypt, 128 MiB) and encrypted databases make some tests take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: run files in parallel, but not more than the machine has.
    maxWorkers: 2,
    env: { BRUECKE_LOG: 'silent' },
  },
});
