import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARLA, interpreter } from '../testing/pool-fixtures';
import { colleague, startModuleCore, type Person } from '../testing/staff';
import type { TestClient, TestCore } from '../testing/test-core';

const PAUL: Person = { username: 'paul', displayName: 'Paul Pool', password: 'Zweiter-Koordinator-1', roles: ['coordinator'] };
const CONFLICT_BY_PAUL = { ok: false, error: { code: 'CONFLICT', details: { changedBy: 'Paul Pool', changedAt: '2026-11-23T08:00:00.000Z' } } };

let t: TestCore;
let carla: TestClient;
let paul: TestClient;
beforeEach(async () => {
  t = await startModuleCore(['pool'], [CARLA, PAUL]);
  carla = await colleague(t, CARLA, '10.0.0.1');
  paul = await colleague(t, PAUL, '10.0.0.2');
});
afterEach(() => t.cleanup());

describe('two coordinators editing one pool record', () => {
  it('an interpreter: the stale save is refused naming who saved in between, and overwrites nothing', async () => {
    const { id } = await carla.must('pool.interpreterSave', interpreter());
    const { createdAt: _c, updatedAt: _u, conflictRequesters: _r, ...seenByCarla } = await carla.must('pool.interpreterGet', { id });
    const { createdAt: _c2, updatedAt: _u2, conflictRequesters: _r2, ...seenByPaul } = await paul.must('pool.interpreterGet', { id });
    expect(seenByCarla.version).toBe(1);

    expect(await paul.must('pool.interpreterSave', { ...seenByPaul, phone: '05971 4242' })).toMatchObject({ version: 2 });
    t.clock.advance(5 * 60_000);
    expect(await carla.call('pool.interpreterSave', { ...seenByCarla, notes: 'Nur vormittags' })).toMatchObject(CONFLICT_BY_PAUL);

    const now = await carla.must('pool.interpreterGet', { id });
    expect(now).toMatchObject({ phone: '05971 4242', notes: '', version: 2, languages: seenByCarla.languages, events: seenByCarla.events });
    // Reloaded, Carla's change goes through on top of Paul's.
    expect(await carla.must('pool.interpreterSave', { ...seenByCarla, phone: now.phone, version: now.version, notes: 'Nur vormittags' })).toMatchObject({
      phone: '05971 4242',
      notes: 'Nur vormittags',
      version: 3,
    });
    // A change that does not say which version it changes is incomplete, not applied.
    expect(await carla.call('pool.interpreterSave', { ...seenByCarla, version: undefined })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'version', message: 'validation:required' }] } },
    });
  });

  it('a requester with its contact persons: the stale save changes neither the requester nor its contacts', async () => {
    const created = await carla.must('pool.requesterSave', {
      id: null,
      name: 'Praxis Dr. Beispiel',
      type: 'practice',
      trained: false,
      address: 'Emsstraße 1',
      phone: '',
      contacts: [{ id: null, name: 'Frau Muster', phone: '1', email: '' }],
    });
    const loaded = ((await paul.must('pool.requestersList', { search: '' })).rows).find((r) => r.id === created.id)!;
    expect(loaded.version).toBe(1);

    await paul.must('pool.requesterSave', { ...loaded, trained: true, contacts: [...loaded.contacts, { id: null, name: 'Herr Kaya', phone: '2', email: '' }] });
    t.clock.advance(5 * 60_000);
    // Carla, still on the version she created, removes the contact and renames the practice.
    expect(await carla.call('pool.requesterSave', { ...created, name: 'Praxis Beispiel', contacts: [] })).toMatchObject(CONFLICT_BY_PAUL);

    const [now] = (await carla.must('pool.requestersList', { search: '' })).rows;
    expect(now).toMatchObject({ name: 'Praxis Dr. Beispiel', trained: true, version: 2 });
    expect(now!.contacts.map((c) => c.name)).toEqual(['Frau Muster', 'Herr Kaya']);
  });

  it('the pool settings, even before anyone saved them: the stale save keeps the colleague’s rules', async () => {
    const seenByCarla = await carla.must('pool.settingsGet', {});
    const seenByPaul = await paul.must('pool.settingsGet', {});
    expect(seenByCarla.version).toBe(1);

    expect(await paul.must('pool.settingsSave', { ...seenByPaul, kmCents: 30 })).toMatchObject({ kmCents: 30, version: 2 });
    t.clock.advance(5 * 60_000);
    expect(await carla.call('pool.settingsSave', { ...seenByCarla, travelBufferMinutes: 45 })).toMatchObject(CONFLICT_BY_PAUL);
    expect(await carla.must('pool.settingsGet', {})).toEqual({ ...seenByCarla, kmCents: 30, version: 2 });
  });
});
