import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, MODULES } from '../../contract';
import { HANNA } from '../testing/hotline-fixtures';
import { CASEWORKER } from '../testing/housing-fixtures';
import { CARLA } from '../testing/pool-fixtures';
import { colleague, createStaff, type Person } from '../testing/staff';
import { loginAdmin, setUp, startTestCore, type TestClient, type TestCore } from '../testing/test-core';
import { CALLERS, mayCall, permissionTable, type Caller } from './permission-matrix';

/**
 * The permission matrix role × channel, generated from the contract, is the table in the README's
 * access section (a changed access must change the documentation), and the router enforces exactly
 * it: every channel called as every role and signed out is refused (FORBIDDEN / NOT_AUTHENTICATED)
 * exactly where the table has no ✓.
 */
const README = path.resolve(import.meta.dirname, '..', '..', '..', 'README.md');
const START = '<!-- permission-matrix:start -->';
const END = '<!-- permission-matrix:end -->';
const REPORTER: Person = { username: 'rita.report', displayName: 'Rita Report', password: 'Bericht-fuer-den-Rat-1', roles: ['reporting'] };

/** Channels whose call with an empty input would end the caller's session or change the installation: the table covers them, the live check does not. */
const NOT_CALLED = new Set(['session.logout', 'session.lock', 'session.setup', 'session.login', 'session.recover', 'connection.useLocal', 'connection.useServer', 'connection.probe']);

describe('the permission matrix', () => {
  it("is the table in the README's access section", () => {
    const readme = fs.readFileSync(README, 'utf8');
    const table = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(readme.includes(START) && readme.includes(END)).toBe(true);
    // On a difference, paste the expected table between the markers.
    expect(table).toBe(permissionTable());
  });

  describe('as the router enforces it', () => {
    let t: TestCore;
    const callers = new Map<Caller, TestClient>();
    beforeAll(async () => {
      t = await startTestCore();
      await setUp(t, [...MODULES]);
      await createStaff(t, [CARLA, HANNA, CASEWORKER, REPORTER]);
      await loginAdmin(t);
      callers.set('admin', t);
      callers.set('coordinator', await colleague(t, CARLA, 'm-coordinator'));
      callers.set('hotline', await colleague(t, HANNA, 'm-hotline'));
      callers.set('caseworker', await colleague(t, CASEWORKER, 'm-caseworker'));
      callers.set('reporting', await colleague(t, REPORTER, 'm-reporting'));
      callers.set('signed out', t.client('m-signed-out'));
    });
    afterAll(() => t?.cleanup());

    it('refuses exactly where the table has no ✓', { timeout: 300_000 }, async () => {
      const mismatches: string[] = [];
      let checked = 0;
      for (const channel of CHANNEL_NAMES) {
        if (NOT_CALLED.has(channel)) continue;
        for (const who of CALLERS) {
          // An input no schema accepts: a refusal for access comes first, else INVALID_INPUT (or a read of nothing).
          const result = await callers.get(who)!.call(channel, { '\u0000': 1 } as never);
          const refused = !result.ok && (result.error.code === 'FORBIDDEN' || result.error.code === 'NOT_AUTHENTICATED');
          checked++;
          if (refused === mayCall(channel, who)) mismatches.push(`${channel} as ${who}: ${JSON.stringify(result).slice(0, 80)}`);
        }
      }
      console.log(`[permission matrix] ${checked} channel × caller pairs checked`);
      expect(mismatches).toEqual([]);
    });
  });
});
