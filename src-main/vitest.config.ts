import { resolve } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

/**
 * Suites that run for minutes (child processes killed or spawned, fuzzing) start first, so the two
 * workers finish together. Without results from an earlier run (a fresh clone, CI) vitest orders
 * files by size, which started the kill -9 suite, a small file, last: a minute and more of one
 * worker running alone at the end.
 */
const LONG_RUNNING = ['core/faults/kill-nine.test.ts', 'cli/admin.test.ts', 'cli/privacy-commands.test.ts', 'core/faults/contract-fuzz.test.ts', 'core/router/router.test.ts'];

class LongRunningFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const found = LONG_RUNNING.findIndex((name) => file.moduleId.replaceAll('\\', '/').endsWith(name));
      return found < 0 ? LONG_RUNNING.length : found;
    };
    const ordered = await super.sort(files);
    return ordered.map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({ file }) => file);
  }
}

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
    sequence: { sequencer: LongRunningFirst },
    env: { BRUECKE_LOG: 'silent' },
  },
});
