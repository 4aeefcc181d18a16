/**
 * The long kill -9 run (`npm run test:kill-nine -- --kills 1000 --lanes 4 --seed 42`), for CI
 * beside `npm test`, which runs 200 kills. Exits non-zero on any lost or partial write.
 */
import { parseArgs } from 'node:util';
import { runKillNine } from './kill-nine';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '1000' }, lanes: { type: 'string', default: '4' }, seed: { type: 'string' } },
});
const seed = Number(values.seed ?? Date.now() % 1_000_000);
process.env.BRUECKE_LOG = 'silent';
const started = Date.now();
const report = await runKillNine({
  kills: Number(values.kills),
  lanes: Number(values.lanes),
  seed,
  maxDelayMs: 1500,
  rekeyAim: 0.4,
  onProgress: (line) => console.log(line),
});
console.log(
  `[kill -9] seed ${seed}: ${report.kills} kills (${report.killsDuringRekey} during a rekey), ${report.acknowledged} acknowledged writes, ${report.rekeysFinished} rekeys finished, ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
for (const problem of report.problems) console.log(`PROBLEM ${problem}`);
process.exit(report.problems.length === 0 && report.kills >= Number(values.kills) ? 0 : 1);
