import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, ERROR_CODES, MODULES, type ChannelName, type Result } from '../../contract';
import { applyKey, databasePath } from '../db/open-database';
import { HANNA } from '../testing/hotline-fixtures';
import { CASEWORKER } from '../testing/housing-fixtures';
import { CARLA } from '../testing/pool-fixtures';
import { colleague, createStaff, type Person } from '../testing/staff';
import { ADMIN, loginAdmin, setUp, startTestCore, type TestClient, type TestCore } from '../testing/test-core';
import { masterKeyOf } from '../testing/test-database';
import { arbitraryFor } from './schema-arbitrary';

/**
 * fast-check over every channel of the contract as every role (and signed out): whatever arrives,
 * the answer is ok or a typed error — never INTERNAL —, a refused call writes nothing (the
 * database's data_version, seen from a second connection, does not move), and Object.prototype is
 * never touched. Inputs: objects with the schema's own keys holding hostile values (impossible
 * dates, huge and negative numbers, prototype keys, nested junk) and anything at all; most inputs
 * follow the schema (schema-arbitrary.ts) so they reach the services.
 */
const REPORTER: Person = { username: 'rita.report', displayName: 'Rita Report', password: 'Bericht-fuer-den-Rat-1', roles: ['reporting'] };
const RUNS = Number(process.env.BRUECKE_FUZZ_RUNS ?? 40);

/** Channels that end or change the caller's own standing; fuzzed signed out only. */
const SIGNED_OUT_ONLY = new Set<string>([
  'session.login',
  'session.logout',
  'session.lock',
  'session.setup',
  'session.recover',
  'session.changePassword',
  'users.deactivate',
  'users.resetPassword',
  'users.update',
  // Would point backups at whatever folder the fuzzer makes up, and write there.
  'backup.configure',
]);

let t: TestCore;
let observer: InstanceType<typeof Database>;
const clients: { who: string; client: TestClient }[] = [];

beforeAll(async () => {
  t = await startTestCore();
  await setUp(t, [...MODULES]);
  await createStaff(t, [CARLA, HANNA, CASEWORKER, REPORTER]);
  await loginAdmin(t);
  clients.push({ who: 'admin', client: t });
  for (const person of [CARLA, HANNA, CASEWORKER, REPORTER]) clients.push({ who: person.roles[0]!, client: await colleague(t, person, `fuzz-${person.username}`) });
  clients.push({ who: 'signed out', client: t.client('fuzz-anonymous') });
  // A second connection that only watches: data_version moves when the core commits anything.
  observer = new Database(databasePath(t.dataDir), { readonly: true });
  applyKey(observer, await masterKeyOf(t.dataDir, ADMIN.username, ADMIN.password));
  // The watch works: an accepted write moves it.
  const before = dataVersion();
  await t.must('settings.updateMine', { autoLockMinutes: 30 });
  expect(dataVersion()).not.toBe(before);
});
afterAll(async () => {
  observer?.close();
  await t?.cleanup();
});

const dataVersion = () => observer.pragma('data_version', { simple: true }) as number;

function inputFor(channel: ChannelName): fc.Arbitrary<unknown> {
  const shaped = arbitraryFor(contract[channel].input as never).map((input) =>
    // Through JSON, as every transport delivers it (a __proto__ key stays an own key).
    input === undefined ? undefined : (JSON.parse(JSON.stringify(input)) as unknown),
  );
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });
}

function typed(result: Result<unknown>): boolean {
  return result.ok || ((ERROR_CODES as readonly string[]).includes(result.error.code) && result.error.code !== 'INTERNAL');
}

describe('contract fuzzing', () => {
  it(`answers every channel as every role with ok or a typed error, and writes nothing when it refuses (${RUNS} inputs each)`, { timeout: 900_000 }, async () => {
    const failures: string[] = [];
    let calls = 0;
    // The admin last: fuzzing the organisation's settings may switch modules off for everyone after.
    for (const { who, client } of [...clients.slice(1), clients[0]!]) {
      for (const channel of CHANNEL_NAMES) {
        if (SIGNED_OUT_ONLY.has(channel) && who !== 'signed out') continue;
        await fc.assert(
          fc.asyncProperty(inputFor(channel), async (input) => {
            const before = dataVersion();
            const result = await client.call(channel, input as never);
            calls++;
            if (!typed(result)) failures.push(`${channel} as ${who}: ${JSON.stringify(result)} for ${JSON.stringify(input)}`);
            if (!result.ok && dataVersion() !== before) failures.push(`${channel} as ${who}: refused (${result.error.code}) but wrote`);
            if (Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).polluted !== undefined) failures.push(`${channel} as ${who}: Object.prototype touched`);
          }),
          { numRuns: RUNS, seed: Number(process.env.BRUECKE_FUZZ_SEED ?? 20261206) },
        );
      }
    }
    console.log(`[fuzz] ${calls} calls over ${CHANNEL_NAMES.length} channels × ${clients.length} callers`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
