import { describe, expect, it } from 'vitest';
import { SessionTable } from '../session/sessions';
import { MAX_IDLE_MS, StagingTable, type Staging } from './staging';

/** The held rows themselves: the import service test covers what a caller sees (NOT_FOUND); this, that nothing stays in memory. */
const staging = (sessionToken: string, touchedAt: number): Omit<Staging, 'token'> => ({
  sessionToken,
  touchedAt,
  target: 'pool.interpreters',
  mapping: {},
  total: 1,
  result: { dryRun: true, rows: 0, accepted: 0, duplicates: [], rejected: [], imported: 0 },
  accepted: [{ line: 2, value: { nameLatin: 'Jürgen Öztürk' } }],
  seen: new Set(),
  known: new Set(),
  prepared: null,
});

describe('held import rows', () => {
  it('are dropped once their session has ended (log-out, lock) or after 30 idle minutes', () => {
    const sessions = new SessionTable();
    const carla = sessions.create({ id: 1, username: 'carla', autoLockMinutes: 120 }, 'local', 0);
    const other = sessions.create({ id: 1, username: 'carla', autoLockMinutes: 120 }, 'other-desk', 0);
    const table = new StagingTable();
    const mine = table.create(staging(carla.token, 0), sessions, 0);
    table.create(staging(other.token, 0), sessions, 0);
    expect(table.size).toBe(2);
    expect(() => table.own(mine.token, other.token, sessions, 1)).toThrow('NOT_FOUND');

    sessions.remove(carla.token);
    // The next import call of anyone sweeps: Carla's rows are gone, not merely unreachable.
    table.create(staging(other.token, 10), sessions, 10);
    expect(table.size).toBe(2);
    expect(() => table.own(mine.token, carla.token, sessions, 10)).toThrow('NOT_FOUND');

    table.create(staging(other.token, MAX_IDLE_MS + 5), sessions, MAX_IDLE_MS + 5);
    // The first of the other desk's (untouched since 0) has expired; the one touched at 10 has not.
    expect(table.size).toBe(2);
  });
});
