import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { localClient } from '../../core/client';
import { createCore } from '../../core/core';
import { databasePath } from '../../core/db/open-database';
import * as keyring from '../../core/keys/keyring';
import { setLogSilent } from '../../core/log';
import { hasFlag, readOption } from '../../core/data-dir/resolve-data-dir';
import { rendererDirFrom, rendererIsBuilt } from '../../web/bridge-server';
import { PROJECT_ROOT } from '../project-root';
import { callSpecs, loadFixtures, signedIn } from './calls';
import { coldStartMs } from './cold-start';
import { BENCH_ADMIN, FULL, prepareDataset, SMALL } from './dataset';
import { openRaw, percentile, summarise, timeCall, timeSql, type Timing } from './measure';
import { runTeamLoad } from './team-load';
import { measureAuditCost } from './audit-cost';

/**
 * `npm run bench [-- --small] [-- --team] [-- --audit-cost] [-- --only TEXT]`: speed and memory on this machine, measured here and
 * never by timed assertions in tests. Prints a table and writes bench-results.json. `--small`
 * runs the same code at 1/100 of the regional scale in seconds (npm test runs it once so the
 * benchmark never rots); `--team` drives simulated staff over HTTPS against the data set instead;
 * `--audit-cost` splits one list call into its read, its audit entry and its anchor write;
 * `--only TEXT` times just the calls whose name contains TEXT (a quick look while working on one
 * call: no cold start, and bench-results.json is left as it was).
 */
async function main(argv: string[]): Promise<void> {
  setLogSilent(true);
  const scale = hasFlag(argv, '--small') ? SMALL : FULL;
  const runs = scale.name === 'full' ? 30 : 8;
  const only = readOption(argv, '--only');
  const say = (line: string) => console.log(line);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-bench-'));
  try {
    const dataset = await prepareDataset(scale, work, say);
    if (hasFlag(argv, '--team')) {
      await runTeamLoad(dataset, argv, say);
      return;
    }
    if (hasFlag(argv, '--audit-cost')) {
      await measureAuditCost(dataset, runs, say);
      return;
    }

    const core = await createCore({ dataDir: dataset.dataDir });
    const timings: Timing[] = [];
    const unlock: number[] = [];
    try {
      // Unlock: the first log-in derives the slot's key (scrypt, production cost) and opens the database.
      for (let i = 0; i < 3; i++) {
        const client = localClient(core);
        const started = performance.now();
        await signedIn(client, BENCH_ADMIN.username, BENCH_ADMIN.password);
        unlock.push(performance.now() - started);
        await client.must('session.logout', {});
      }
      const client = localClient(core);
      const userId = await signedIn(client, BENCH_ADMIN.username, BENCH_ADMIN.password);

      const { current: key } = await keyring.unlockWithPassword(keyring.readKeyring(dataset.dataDir), BENCH_ADMIN.username, BENCH_ADMIN.password);
      const encrypted = openRaw(databasePath(dataset.dataDir), key);
      const plain = openRaw(dataset.plainFile, null);
      const fixtures = loadFixtures(encrypted);
      for (const spec of callSpecs(fixtures, { userId }).filter((c) => only === undefined || c.name.includes(only))) {
        if (spec.name.includes('caseMove') && fixtures.registeredCaseIds.length < runs + 3) continue;
        const { samples, bytes } = await timeCall(client, spec.name, spec.channel, spec.input, runs);
        const extra: Partial<Timing> = { bytes };
        if (spec.raw) {
          const rawRuns = Math.max(3, samples.length);
          const rawSamples = (db: typeof encrypted) => {
            const totals = Array.from({ length: rawRuns }, () => 0);
            for (const q of spec.raw!) timeSql(db, q.sql, q.params, rawRuns).forEach((ms, i) => (totals[i]! += ms));
            return totals;
          };
          const onEncrypted = percentile(rawSamples(encrypted), 50);
          const onPlain = percentile(rawSamples(plain), 50);
          extra.rawRatio = round(percentile(samples, 50) / Math.max(onEncrypted, 0.001), 2);
          extra.cipherRatio = round(onEncrypted / Math.max(onPlain, 0.001), 2);
        }
        timings.push(summarise(spec.name, samples, extra));
        say(`  ${spec.name}: p50 ${timings.at(-1)!.p50.toFixed(1)} ms`);
      }
      encrypted.close();
      plain.close();
    } finally {
      await core.close();
    }
    const result = {
      scale: scale.name,
      calls: timings.map((t) => ({ ...t, p50: round(t.p50, 2), p95: round(t.p95, 2), max: round(t.max, 2) })),
      unlockMs: round(percentile(unlock, 50), 0),
      rssMiB: round(process.resourceUsage().maxRSS / 1024, 0),
      rendererGzipKiB: rendererGzipKiB(),
      coldStartMs: hasFlag(argv, '--no-cold-start') || only !== undefined ? null : await coldStartMs(dataset.dataDir, say),
      generatedMs: dataset.generatedMs,
    };
    printTable(result.calls);
    say(`unlock (first log-in, opens the database): ${result.unlockMs} ms`);
    say(`peak resident memory: ${result.rssMiB} MiB`);
    say(`renderer initial JS + CSS (gzip): ${result.rendererGzipKiB ?? 'not built'} KiB`);
    say(`browser mode cold start to an interactive log-in screen: ${result.coldStartMs ?? 'skipped'} ms`);
    if (only !== undefined) return;
    const file = path.join(PROJECT_ROOT, 'bench-results.json');
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    say(`wrote ${path.relative(PROJECT_ROOT, file)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function printTable(calls: Timing[]): void {
  const rows = calls.map((c) => [c.name, c.p50.toFixed(1), c.p95.toFixed(1), c.max.toFixed(1), c.rawRatio?.toFixed(2) ?? '', c.cipherRatio?.toFixed(2) ?? '', c.bytes === undefined ? '' : String(c.bytes)]);
  const head = ['call', 'p50 ms', 'p95 ms', 'max ms', 'router/raw', 'enc/plain', 'bytes'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log('\n' + line(head));
  for (const r of rows) console.log(line(r));
  console.log('');
}

/** What the browser loads before the log-in screen: the entry script, its preloads and CSS, gzipped. */
function rendererGzipKiB(): number | null {
  const dir = rendererDirFrom(PROJECT_ROOT);
  if (!rendererIsBuilt(dir)) return null;
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length, 0);
  return round(bytes / 1024, 1);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
