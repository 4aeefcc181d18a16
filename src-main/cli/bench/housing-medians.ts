import Database from 'better-sqlite3-multiple-ciphers';
import { DataSource } from 'typeorm';
import { APP } from '../../core/composition';
import { housingIndicators } from '../../core/housing/indicators-service';
import { readHousingSettings } from '../../core/housing/settings-service';

/**
 * Times `housingIndicators` on a plaintext copy of a bench data set (`plain.db` of
 * `.cache/bench/full-*`), migrated to the current schema first. For when the full data set cannot
 * be regenerated in time after a schema change: `npx tsx src-main/cli/bench/housing-medians.ts
 * <copy of plain.db> [runs]`. Works on the copy given; never on a real database.
 */
async function main() {
  const [file, runsArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: housing-medians.ts <copy of plain.db> [runs]');
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: file,
    driver: Database,
    entities: [...APP.schema.entities],
    migrations: [...APP.schema.migrations],
    migrationsTableName: 'migrations',
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('cache_size = -262144');
      db.pragma('temp_store = MEMORY');
    },
  });
  await ds.initialize();
  const started = performance.now();
  const ran = await ds.runMigrations({ transaction: 'each' });
  if (ran.length) console.log(`migrated (${ran.map((m) => m.name).join(', ')}) in ${(performance.now() - started).toFixed(0)} ms`);
  const settings = await readHousingSettings(ds.manager);
  const now = new Date();
  const times: number[] = [];
  let answer = '';
  for (let i = 0; i < Number(runsArg ?? 7); i++) {
    const t = performance.now();
    answer = JSON.stringify(await housingIndicators(ds.manager, settings, now));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`housing.indicators: p50 ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms over ${times.length} runs`);
  console.log(answer);
  await ds.destroy();
}

void main();
