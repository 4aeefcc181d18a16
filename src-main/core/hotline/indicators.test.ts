import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callInput, HANNA, hotlineCore, newEmployer, taxonomyByKey } from '../testing/hotline-fixtures';
import { signIn } from '../testing/staff';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

describe('the hotline indicators', () => {
  it('count the calls of a period by month, topic, routing and channel, and refuse a period ending before it starts', async () => {
    const tax = await taxonomyByKey(t);
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const log = (over: Parameters<typeof callInput>[2]) => callInput(t, employer.id, over).then((call) => t.must('hotline.callLog', { draftId: null, call, followUp: null }));
    await log({ topicId: tax('legal').id, answeredInCall: true });
    await log({ topicId: tax('language').id, subtopicId: null, routingId: null, heardViaId: null });
    t.clock.set(new Date('2026-12-02T09:00:00Z'));
    await signIn(t, HANNA);
    await t.must('hotline.outreachSave', { id: null, outreach: { kind: 'flyer', place: 'Stadthalle', channelId: tax('channel.flyer').id, count: 80, date: '2026-12-01', notes: '' } });
    await log({ topicId: tax('legal').id });

    const indicators = await t.must('hotline.indicators', { from: '2026-11-01', to: '2026-12-31' });
    expect(indicators).toMatchObject({ totalCalls: 3, answeredInCall: 1, followedUp: 0, averageDaysToFollowUp: null, openFollowUps: 0, overdueFollowUps: 0 });
    expect(indicators.callsByMonthTopic).toEqual([
      { month: '2026-11', topicId: tax('legal').id, count: 1 },
      { month: '2026-11', topicId: tax('language').id, count: 1 },
      { month: '2026-12', topicId: tax('legal').id, count: 1 },
    ]);
    expect(indicators.callsByMonthRouting).toEqual([
      { month: '2026-11', routingId: null, count: 1 },
      { month: '2026-11', routingId: tax('routing.foreignersAuthority').id, count: 1 },
      { month: '2026-12', routingId: tax('routing.foreignersAuthority').id, count: 1 },
    ]);
    expect(indicators.callsByChannel).toEqual([
      { channelId: tax('channel.flyer').id, calls: 2, outreachCount: 80 },
      { channelId: null, calls: 1, outreachCount: 0 },
    ]);
    expect((await t.must('hotline.indicators', { from: '2026-12-01', to: '2026-12-31' })).totalCalls).toBe(1);

    expect(await t.call('hotline.indicators', { from: '2026-12-01', to: '2026-11-30' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'to', message: 'validation:dateOrder' }] } },
    });
  });
});
