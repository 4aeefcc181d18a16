import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NAMED_CASE_PURPOSE } from '../../contract/hotline';
import { callInput, hotlineCore, newEmployer } from '../testing/hotline-fixtures';
import { colleague } from '../testing/staff';
import { ADMIN, type TestCore } from '../testing/test-core';

/** Withdrawing the named-case consent erases what it alone allowed; the anonymous call stays and counts. */
let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

const NAME = 'Ayşe Kaya';

describe('withdrawing consent to a named case', () => {
  it('removes the name, the contact and the name in the call’s texts, keeps the call, and is audited', async () => {
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const call = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id, { question: `Darf ${NAME} mit Duldung eine Ausbildung beginnen?` }), followUp: null });
    const consent = await t.must('hotline.consentRecord', { callId: call.id, consent: { givenOn: '2026-11-23', purpose: NAMED_CASE_PURPOSE, givenBy: 'dataSubject', formLanguage: 'tr' } });
    const named = await t.must('hotline.namedCase', { callId: call.id, version: call.version, employeeName: NAME, employeeContact: '0171 555 0101' });
    expect(named.employeeName).toBe(NAME);
    const before = await t.must('hotline.indicators', { from: '2026-11-01', to: '2026-11-30' });

    const other = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: null });
    expect(await t.call('hotline.consentWithdraw', { callId: other.id, consentId: consent.id, withdrawnOn: '2026-11-23' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const after = await t.must('hotline.consentWithdraw', { callId: call.id, consentId: consent.id, withdrawnOn: '2026-11-23' });
    expect(after).toMatchObject({ employeeName: null, employeeContact: null, namedCase: false, employeeRef: call.employeeRef });
    expect(JSON.stringify(after)).not.toContain('Kaya');
    expect((await t.must('hotline.consents', { callId: call.id }))[0]!.withdrawnOn).toBe('2026-11-23');
    // Without consent in force the name cannot come back.
    expect(await t.call('hotline.namedCase', { callId: call.id, version: after.version, employeeName: NAME, employeeContact: '' })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    expect((await t.must('hotline.indicators', { from: '2026-11-01', to: '2026-11-30' })).totalCalls).toBe(before.totalCalls + 1);

    const admin = await colleague(t, ADMIN, 'admin-pc');
    const erased = await admin.must('audit.list', { filter: { action: 'erase' } });
    expect(erased.entries).toHaveLength(1);
    expect(erased.entries[0]).toMatchObject({ entity: 'hotlineCall', entityId: String(call.id), details: { reason: 'consentWithdrawn' } });
    expect(JSON.stringify(erased.entries)).not.toContain('Kaya');
  });
});
