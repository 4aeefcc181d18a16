import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type TestCore } from '../testing/test-core';
import { HANNA, hotlineCore, taxonomyByKey } from '../testing/hotline-fixtures';
import { signIn } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

describe('outreach entries', () => {
  it('outreach entries are corrected, and may keep a channel deactivated since', async () => {
    const tax = await taxonomyByKey(t);
    const entry = { kind: 'event' as const, place: 'Ausbildungsmesse Rheine', channelId: tax('channel.trainingFair').id, count: 40, date: '2026-10-15', notes: '' };
    const saved = await t.must('hotline.outreachSave', { id: null, outreach: entry });
    const fixed = await t.must('hotline.outreachSave', { id: saved.id, version: saved.version, outreach: { ...entry, count: 45, notes: 'Stand mit IHK' } });
    expect(fixed).toEqual({ id: saved.id, version: 2, ...entry, count: 45, notes: 'Stand mit IHK' });
    expect((await t.must('hotline.outreachList', {})).items).toEqual([fixed]);
    expect(await t.call('hotline.outreachSave', { id: 999_999, version: 1, outreach: entry })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    await signIn(t, ADMIN);
    await t.must('hotline.taxonomySetActive', { id: tax('channel.trainingFair').id, active: false });
    await signIn(t, HANNA);
    const kept = await t.must('hotline.outreachSave', { id: saved.id, version: fixed.version, outreach: { ...entry, count: 50 } });
    expect(kept).toMatchObject({ count: 50, channelId: tax('channel.trainingFair').id });
    // Switching to an inactive channel is refused like a new entry would be.
    await signIn(t, ADMIN);
    await t.must('hotline.taxonomySetActive', { id: tax('channel.flyer').id, active: false });
    await signIn(t, HANNA);
    expect(await t.call('hotline.outreachSave', { id: saved.id, version: kept.version, outreach: { ...entry, channelId: tax('channel.flyer').id } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
