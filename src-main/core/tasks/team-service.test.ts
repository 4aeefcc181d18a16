import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, openTestDatabase } from '../testing/test-database';
import { createTask } from './tasks-service';
import { handOver, openTasksOf, teamOverview } from './team-service';

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

const NOW = new Date('2026-11-23T08:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const ENABLED = ['pool', 'hotline', 'housing'] as const;

describe('the team view', () => {
  it('counts open and overdue tasks per colleague in my modules only, unassigned apart, and hands a call-back over', async () => {
    const hanna = await addUser(db, 'hanna', ['hotline']);
    const olaf = await addUser(db, 'olaf', ['hotline']);
    const ines = await addUser(db, 'ines', ['hotline', 'caseworker']);
    const carla = await addUser(db, 'carla', ['caseworker']);
    const m = db.manager;
    const task = (ownerUserId: number | null, due: number, module: 'hotline' | 'housing' = 'hotline') =>
      createTask(m, { module, kind: module === 'hotline' ? 'hotline.callBack' : 'housing.followUp', title: 'T', subject: { type: 'x', id: 1 }, ownerUserId, dueAt: hours(due) }, hanna.id, NOW);
    const lateCall = await task(hanna.id, -2);
    await task(hanna.id, 5);
    await task(olaf.id, 1);
    await task(null, -1);
    await task(carla.id, -3, 'housing');

    const overview = await teamOverview(m, ['hotline'], [...ENABLED], NOW);
    expect(overview.members.map((p) => [p.displayName, p.open, p.overdue])).toEqual([
      ['hanna', 2, 1],
      [null, 1, 1],
      ['olaf', 1, 0],
      ['ines', 0, 0],
    ]);
    expect(overview.colleagues.map((c) => c.displayName)).toEqual(['hanna', 'ines', 'olaf']);

    // Someone in two modules: one row with the tasks of both, for a viewer of both.
    await task(ines.id, -4, 'housing');
    await task(ines.id, 2);
    const both = await teamOverview(m, ['hotline', 'housing'], [...ENABLED], NOW);
    expect(both.members.map((p) => [p.displayName, p.open, p.overdue])).toEqual([
      ['hanna', 2, 1],
      ['ines', 2, 1],
      [null, 1, 1],
      ['carla', 1, 1],
      ['olaf', 1, 0],
    ]);

    // Hanna is ill: her overdue call-back goes to Olaf and shows among his tasks.
    expect(await handOver(m, lateCall.id, olaf.id, hanna, [...ENABLED])).toEqual({ from: hanna.id });
    const olafs = await openTasksOf(m, olaf.id, ['hotline'], 0, NOW);
    expect(olafs.total).toBe(2);
    expect(olafs.rows[0]).toMatchObject({ id: lateCall.id, ownerName: 'olaf', overdue: true });
    expect((await openTasksOf(m, null, ['hotline'], 0, NOW)).total).toBe(1);

    // Not to someone outside the module, not from outside it, not once it is done.
    await expect(handOver(m, lateCall.id, carla.id, olaf, [...ENABLED])).rejects.toMatchObject({ code: 'NOT_ELIGIBLE' });
    const housingTask = (await openTasksOf(m, carla.id, ['housing'], 0, NOW)).rows[0]!;
    await expect(handOver(m, housingTask.id, ines.id, olaf, [...ENABLED])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(handOver(m, housingTask.id, ines.id, carla, ['hotline'])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
