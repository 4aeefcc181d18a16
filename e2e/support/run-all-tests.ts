import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { findOrProvisionBrowser } from './find-browser';

/**
 * `npm test`: typecheck, lint, unit and service tests (vitest), then the end-to-end tests in a
 * real Chromium (Playwright), which this script finds or installs first, then the benchmark once
 * at 1/100 scale. Every step runs even if
 * an earlier one failed, so one log shows everything; the exit code is non-zero if any failed.
 * The last line sums up the tests of both runners.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Not test-results/: Playwright empties that folder when it starts.
const RESULTS = path.join(ROOT, '.cache', 'test-reports');
const bin = (pkg: string, file: string) => path.join(ROOT, 'node_modules', pkg, file);

interface Step {
  name: string;
  ok: boolean;
}
const steps: Step[] = [];

function run(name: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
  steps.push({ name, ok });
  return ok;
}

fs.mkdirSync(RESULTS, { recursive: true });
const vitestJson = path.join(RESULTS, 'vitest.json');
const playwrightJson = path.join(RESULTS, 'playwright.json');
for (const file of [vitestJson, playwrightJson]) fs.rmSync(file, { force: true });

/**
 * Steps that use one core each, side by side on the two: their output is held and printed whole,
 * one step after the other, so the log reads as if they ran in turn.
 */
async function runSideBySide(list: { name: string; args: string[] }[]): Promise<void> {
  const started = Date.now();
  const outcomes = await Promise.all(
    list.map(
      ({ args }) =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          const child = spawn(process.execPath, args, { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('close', (code) => resolve({ code, output }));
          child.on('error', (error) => resolve({ code: 1, output: String(error) }));
        }),
    ),
  );
  list.forEach(({ name }, i) => {
    const { code, output } = outcomes[i]!;
    console.log(`\n=== ${name} ===`);
    if (output) process.stdout.write(output);
    console.log(`=== ${name}: ${code === 0 ? 'ok' : 'FAILED'} (both ${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
    steps.push({ name, ok: code === 0 });
  });
}

await runSideBySide([
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '-b'] },
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.'] },
]);
run('unit and service tests (vitest)', [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--config',
  'src-main/vitest.config.ts',
  '--reporter=verbose',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);

let browser: string | null = null;
try {
  browser = findOrProvisionBrowser();
  console.log(`\n[browser] using ${browser}`);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  steps.push({ name: 'find a browser', ok: false });
}
if (browser) {
  run('end-to-end tests (Playwright, Chromium)', [bin('@playwright/test', 'cli.js'), 'test', '-c', 'e2e/playwright.config.ts'], {
    BRUECKE_CHROMIUM: browser,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
}
// The benchmark at 1/100 of the regional scale, once, so it never rots (figures are not judged here).
run('benchmark at 1/100 scale (npm run bench -- --small)', ['--import', 'tsx', path.join(ROOT, 'src-main/cli/bench/bench.ts'), '--small', ...(browser ? [] : ['--no-cold-start'])], {
  ...(browser ? { BRUECKE_CHROMIUM: browser } : {}),
});

const counts = { passed: 0, failed: 0, skipped: 0 };
// Which tests failed, named again at the very end: a CI log is often read from its tail only.
const failures: string[] = [];
const firstLine = (text: string | undefined) => stripVTControlCharacters(text ?? '').trim().split('\n')[0]?.slice(0, 200) ?? '';
if (fs.existsSync(vitestJson)) {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8')) as VitestReport;
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  counts.skipped += v.numPendingTests + v.numTodoTests;
  for (const file of v.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'failed') failures.push(`${path.relative(ROOT, file.name)} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
    }
  }
}
if (fs.existsSync(playwrightJson)) {
  const p = JSON.parse(fs.readFileSync(playwrightJson, 'utf8')) as PlaywrightReport;
  counts.passed += p.stats.expected;
  counts.failed += p.stats.unexpected + p.stats.flaky;
  counts.skipped += p.stats.skipped;
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const bad = test.results.find((r) => r.status !== 'passed' && r.status !== 'skipped');
        if (bad) failures.push(`e2e/${spec.file}:${spec.line} › ${spec.title}: ${bad.status} ${firstLine(bad.error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of p.suites) visit(suite);
}

console.log('\n=== summary ===');
for (const step of steps) console.log(`${step.ok ? 'ok    ' : 'FAILED'}  ${step.name}`);
for (const failure of failures) console.log(`  failed: ${failure}`);
const allOk = steps.every((s) => s.ok);
// A failed step without failed tests (typecheck, lint, no browser) still counts as one failure.
const failed = counts.failed + (allOk || counts.failed > 0 ? 0 : 1);
console.log(`Tests: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(allOk ? 0 : 1);

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}
interface PlaywrightSuite {
  specs?: { title: string; file: string; line: number; tests: { results: { status: string; error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  suites: PlaywrightSuite[];
}
