import type { DataSource } from 'typeorm';
import { openWithKey } from '../testing/test-database';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, openTestDatabase } from '../testing/test-database';
import { readKeyring, unlockWithPassword } from '../keys/keyring';
import { ADMIN, loginAdmin, setUp, startTestCore } from '../testing/test-core';
import { writeInstallation } from '../settings/installation';
import { cancelOpenTasks, completeTask, createTask, isOverdue, openTasksFor, toTaskViews } from './tasks-service';

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

const NOW = new Date('2026-11-23T08:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

describe('the one task list', () => {
  it('lists my open tasks and unassigned ones of my modules, and knows what is overdue', async () => {
    const hanna = await addUser(db, 'hanna', ['hotline']);
    const other = await addUser(db, 'olaf', ['hotline']);
    const m = db.manager;
    const mine = await createTask(m, { module: 'hotline', kind: 'hotline.callBack', title: 'Call back Muster GmbH', subject: { type: 'hotlineCall', id: 1 }, ownerUserId: hanna.id, dueAt: hours(24) }, hanna.id, NOW);
    const late = await createTask(m, { module: 'hotline', kind: 'hotline.callBack', title: 'Late', subject: { type: 'hotlineCall', id: 2 }, ownerUserId: hanna.id, dueAt: hours(-1) }, hanna.id, NOW);
    const nobodys = await createTask(m, { module: 'hotline', kind: 'hotline.action', title: 'Unassigned', subject: { type: 'hotlineCall', id: 3 }, ownerUserId: null, dueAt: hours(2) }, hanna.id, NOW);
    await createTask(m, { module: 'hotline', kind: 'hotline.callBack', title: 'Olaf’s', subject: { type: 'hotlineCall', id: 4 }, ownerUserId: other.id, dueAt: hours(1) }, other.id, NOW);
    await createTask(m, { module: 'housing', kind: 'housing.followUp', title: 'Housing', subject: { type: 'moveOutCase', id: 1 }, ownerUserId: null, dueAt: hours(1) }, hanna.id, NOW);

    const page = { offset: 0, now: NOW };
    const found = await openTasksFor(m, hanna.id, ['hotline'], true, page);
    const list = found.rows;
    expect(list.map((t) => t.id)).toEqual([late.id, nobodys.id, mine.id]);
    expect(found).toMatchObject({ total: 3, overdue: 1 });
    expect((await openTasksFor(m, hanna.id, ['hotline'], false, page)).rows.map((t) => t.id)).toEqual([late.id, mine.id]);
    expect(await openTasksFor(m, hanna.id, [], true, page)).toEqual({ rows: [], total: 0, overdue: 0 });
    // A later page starts after the first ones, the count stays the whole list's.
    expect(await openTasksFor(m, hanna.id, ['hotline'], true, { offset: 2, now: NOW })).toMatchObject({ rows: [{ id: mine.id }], total: 3, overdue: 1 });

    const views = await toTaskViews(m, list, NOW);
    expect(views.map((v) => v.overdue)).toEqual([true, false, false]);
    expect(views[0]!.ownerName).toBe('hanna');
    // Tomorrow's task becomes overdue once the clock passes its due time.
    expect(isOverdue(mine, hours(23))).toBe(false);
    expect(isOverdue(mine, hours(25))).toBe(true);
  });

  it('completes once, and cancels open tasks of a closed subject', async () => {
    const hanna = await addUser(db, 'hanna', ['hotline']);
    const m = db.manager;
    const a = await createTask(m, { module: 'hotline', kind: 'hotline.callBack', title: 'A', subject: { type: 'hotlineCall', id: 9 }, ownerUserId: hanna.id, dueAt: hours(1) }, hanna.id, NOW);
    await createTask(m, { module: 'hotline', kind: 'hotline.action', title: 'B', subject: { type: 'hotlineCall', id: 9 }, ownerUserId: hanna.id, dueAt: hours(2) }, hanna.id, NOW);
    const done = await completeTask(m, a.id, 'reached the employer', hanna.id, hours(0.5));
    expect(done).toMatchObject({ status: 'done', outcome: 'reached the employer', completedBy: hanna.id });
    expect(isOverdue(done, hours(5))).toBe(false);
    await expect(completeTask(m, a.id, null, hanna.id, NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await cancelOpenTasks(m, { type: 'hotlineCall', id: 9 })).toBe(1);
    expect(await openTasksFor(m, hanna.id, ['hotline'], true, { offset: 0, now: NOW })).toEqual({ rows: [], total: 0, overdue: 0 });
  });
});

describe('tasks through the router', () => {
  it('shows each user only the tasks of their modules and lets them complete those', async () => {
    const t = await startTestCore();
    try {
      await setUp(t);
      await loginAdmin(t);
      const { user: hanna, oneTimePassword } = await t.must('users.create', { username: 'hanna', displayName: 'Hanna', roles: ['hotline'] });
      await t.must('session.logout', {});
      // Modules write tasks through the service; here the test plays that module.
      const { current } = await unlockWithPassword(readKeyring(t.dataDir), ADMIN.username, ADMIN.password);
      await t.cleanup();
      const raw = await openWithKey(t.dataDir, current);
      const hot = await createTask(raw.manager, { module: 'hotline', kind: 'hotline.callBack', title: 'Call back', subject: { type: 'hotlineCall', id: 1 }, ownerUserId: hanna.id, dueAt: hours(24) }, hanna.id, NOW);
      const house = await createTask(raw.manager, { module: 'housing', kind: 'housing.followUp', title: 'Visit', subject: { type: 'moveOutCase', id: 1 }, ownerUserId: null, dueAt: hours(1) }, hanna.id, NOW);
      await writeInstallation(raw.manager, { organisationName: 'Org', modules: ['hotline', 'housing'] });
      await raw.destroy();

      const again = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
      try {
        await again.must('session.login', { username: 'hanna', password: oneTimePassword });
        await again.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: 'a-private-passphrase' });
        expect((await again.must('tasks.mine', {})).rows.map((v) => v.id)).toEqual([hot.id]);
        expect(await again.call('tasks.complete', { id: house.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(await again.must('tasks.complete', { id: hot.id, outcome: 'done' })).toMatchObject({ status: 'done' });
        expect((await again.must('tasks.mine', {})).rows).toEqual([]);
      } finally {
        await again.cleanup();
      }
    } finally {
      await t.cleanup();
    }
  });
});
