import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { booking, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

describe('matching at regional size', () => {
  it('explains only those who speak the language and counts the others; the one asked about is still judged whatever they speak', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const paused = await t.must('pool.interpreterSave', interpreter({ nameNative: 'سارة', nameLatin: 'Sara Paused', status: 'paused' }));
    const darya = await t.must('pool.interpreterSave', interpreter({ nameNative: 'دریا', nameLatin: 'Darya Farsi', languages: [{ language: 'fa', dialect: '', level: 'native' }] }));
    await t.must('pool.interpreterSave', interpreter({ nameNative: 'Олена', nameLatin: 'Olena Ukr', languages: [{ language: 'uk', dialect: '', level: 'fluent' }] }));
    // Gone: neither explained nor counted.
    await t.must('pool.interpreterSave', interpreter({ nameNative: 'Ali', nameLatin: 'Ali Left', status: 'left', languages: [{ language: 'tr', dialect: '', level: 'good' }] }));
    const req = await requester(t);
    const [id] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00'))).ids;

    const match = await t.must('pool.matchProposals', { id: id! });
    expect(match.proposals.map((p) => p.interpreterId)).toEqual([laila.id]);
    expect(match.rejected).toEqual([expect.objectContaining({ interpreterId: paused.id, whyNot: ['notActive'] })]);
    expect(match.notSpeaking).toBe(2);

    expect(await t.call('pool.assignmentPropose', { id: id!, interpreterId: darya.id })).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
  });
});
