import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANNA, hotlineCore, OLAF } from '../testing/hotline-fixtures';
import { signIn } from '../testing/staff';
import { startTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

describe('a call being typed', () => {
  it('survives a restart of the core and belongs only to the person typing it', async () => {
    const draft = await t.must('hotline.draftStart', {});
    const data = { employerName: 'Bäckerei Schulte', callerName: 'Herr Schulte', question: 'Wie lange gilt eine Besch', urgency: 'normal' as const };
    await t.must('hotline.draftSave', { id: draft.id, data });
    await t.cleanup();

    const again = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
    t = again;
    await signIn(t, HANNA);
    const drafts = await t.must('hotline.draftsMine', {});
    expect(drafts).toEqual([expect.objectContaining({ id: draft.id, startedAt: draft.startedAt, data })]);

    await signIn(t, OLAF);
    expect(await t.must('hotline.draftsMine', {})).toEqual([]);
    expect(await t.call('hotline.draftGet', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('hotline.draftSave', { id: draft.id, data: {} })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is removed when the screen is left with nothing typed, and never listed as in progress', async () => {
    const empty = await t.must('hotline.draftStart', {});
    await t.must('hotline.draftSave', { id: empty.id, data: { employerName: '  ', urgency: 'normal', followUpKind: 'none', answeredInCall: false } });
    expect(await t.must('hotline.draftsMine', {})).toEqual([]);
    expect(await t.must('hotline.draftLeave', { id: empty.id })).toEqual({ removed: true });
    expect(await t.call('hotline.draftGet', { id: empty.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const typed = await t.must('hotline.draftStart', {});
    await t.must('hotline.draftSave', { id: typed.id, data: { callerName: 'Frau A' } });
    expect((await t.must('hotline.draftsMine', {})).map((d) => d.id)).toEqual([typed.id]);
    expect(await t.must('hotline.draftLeave', { id: typed.id })).toEqual({ removed: false });
    expect((await t.must('hotline.draftGet', { id: typed.id })).data).toEqual({ callerName: 'Frau A' });

    // An empty draft left behind by a lock is cleared when the next call starts; typed ones stay.
    const abandoned = await t.must('hotline.draftStart', {});
    const next = await t.must('hotline.draftStart', {});
    expect(await t.call('hotline.draftGet', { id: abandoned.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await t.must('hotline.draftGet', { id: next.id })).id).toBe(next.id);
    expect((await t.must('hotline.draftsMine', {})).map((d) => d.id)).toEqual([typed.id]);

    // Someone else's draft is not theirs to remove.
    await signIn(t, OLAF);
    expect(await t.call('hotline.draftLeave', { id: typed.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
