import { describe, expect, it } from 'vitest';
import { runKillNine } from './kill-nine';

/**
 * kill -9 at random moments of a process writing through the real services, a quarter of the kills
 * aimed into a rekey (a user's deactivation): every acknowledged commit is there, none is partial,
 * the integrity checks are clean, the data opens with the key the keyring holds, and a replaced
 * recovery code is never lost. `npm run test:kill-nine` runs the longer variant.
 */
describe('kill -9 while writing and rekeying', () => {
  it('loses no acknowledged write and always opens with the current key', { timeout: 1_200_000 }, async () => {
    const seed = Number(process.env.BRUECKE_KILL_SEED ?? Date.now() % 1_000_000);
    const kills = Number(process.env.BRUECKE_KILLS ?? 200);
    const report = await runKillNine({ kills, lanes: 4, seed, maxDelayMs: 1000, rekeyAim: 0.4, onProgress: (line) => process.env.BRUECKE_KILL_PROGRESS && console.log(line) });
    console.log(`[kill -9] seed ${seed}: ${report.kills} kills (${report.killsDuringRekey} during a rekey), ${report.acknowledged} acknowledged writes, ${report.rekeysFinished} rekeys finished`);
    expect(report.problems).toEqual([]);
    expect(report.kills).toBeGreaterThanOrEqual(kills);
    expect(report.killsDuringRekey).toBeGreaterThan(0);
  });
});
