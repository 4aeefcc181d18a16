import { resolve } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

/**
 * The kill -9 suite (minutes of child processes) starts first, so the two workers finish together:
 * without results from an earlier run (a fresh clone, CI) vitest orders files by size and started
 * it, a small file, last. The admin tool's suites, which time real command-line runs with
 * production key derivation, go last, after it: beside its writers they ran three times as long
 * and came near their time limit.
 */
const FIRST = ['core/faults/kill-nine.test.ts'];
const LAST = ['cli/admin.test.ts', 'cli/privacy-commands.test.ts', 'cli/subject-commands.test.ts'];

class KillNineFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const named = (file: TestSpecification, list: string[]) => list.some((name) => file.moduleId.replaceAll('\\', '/').endsWith(name));
    const rank = (file: TestSpecification) => (named(file, FIRST) ? 0 : named(file, LAST) ? 2 : 1);
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
    sequence: { sequencer: KillNineFirst },
    env: { BRUECKE_LOG: 'silent' },
  },
});
