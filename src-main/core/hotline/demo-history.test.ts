import { afterEach, expect, it } from 'vitest';
import { buildApi } from '../../contract';
import { HANNA, hotlineCore, taxonomyByKey } from '../testing/hotline-fixtures';
import { signIn } from '../testing/staff';
import type { TestCore } from '../testing/test-core';
import { seedHotlineDemo } from './demo';

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

it('seeds a year of calls and outreach, so the indicators show topics, routing and channels month by month', async () => {
  t = await hotlineCore();
  const core = t.core;
  const clock = t.clock;
  const now = clock.now();
  await seedHotlineDemo(buildApi((channel, input) => core.call(channel, input)), now, { setNow: (d) => clock.set(d) });
  // The demo's driver brings the clock back and signs in again (a year forward is idle time).
  clock.set(now);
  await signIn(t, HANNA);

  const year = await t.must('hotline.indicators', { from: '2025-11-23', to: '2026-11-23' });
  // 72 past calls (one every 5 days), a third of them routed, and the 5 of today.
  expect(year.totalCalls).toBe(77);
  expect(year.answeredInCall).toBe(48 + 1);
  const months = new Set(year.callsByMonthTopic.map((r) => r.month));
  expect(months.size).toBeGreaterThanOrEqual(12);
  const tax = await taxonomyByKey(t);
  // Topics by hand: n % 8 picks the topic; "legal" holds n % 8 in {0, 1, 2, 5}: 36 of 72, plus 2 today.
  const legal = year.callsByMonthTopic.filter((r) => r.topicId === tax('legal').id).reduce((s, r) => s + r.count, 0);
  expect(legal).toBe(36 + 2);
  // Outreach: a flyer round every sixth call (12), and today's flyer.
  const flyer = year.callsByChannel.find((c) => c.channelId === tax('channel.flyer').id)!;
  expect(flyer.outreachCount).toBe([6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66, 72].reduce((s, n) => s + 40 + (n % 5) * 10, 0) + 150);
  // No year-old call-backs on the start page: only the three follow-ups of today’s calls are open.
  expect(year.openFollowUps).toBe(3);
});
