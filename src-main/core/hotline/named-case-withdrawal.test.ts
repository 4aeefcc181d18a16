import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NAMED_CASE_PURPOSE } from '../../contract/hotline';
import { listBackups } from '../backup/backup-manifest';
import { restoreBackup } from '../backup/restore-backup';
import { APP } from '../composition';
import { applyKey, DATABASE_FILE } from '../db/open-database';
import { reapplyErasuresFor } from '../handlers/composed-handlers';
import { callInput, HANNA, hotlineCore, newEmployer } from '../testing/hotline-fixtures';
import { decryptedBytes } from '../testing/plaintext';
import { colleague, signIn } from '../testing/staff';
import { toLocalDate } from '../time/local-time';
import { masterKeyOf } from '../testing/test-database';
import { ADMIN, startTestCore, tempDir, type TestCore } from '../testing/test-core';

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

describe('the erased name in the database file', () => {
  it('is gone from the file once the withdrawal has committed, free pages and WAL included', async () => {
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const call = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: null });
    const consent = await t.must('hotline.consentRecord', { callId: call.id, consent: { givenOn: '2026-11-23', purpose: NAMED_CASE_PURPOSE, givenBy: 'dataSubject', formLanguage: 'tr' } });
    await t.must('hotline.namedCase', { callId: call.id, version: call.version, employeeName: NAME, employeeContact: '0171 555 0101' });
    const key = await masterKeyOf(t.dataDir, ADMIN.username, ADMIN.password);
    const file = path.join(t.dataDir, DATABASE_FILE);
    // The name written through to the file itself, as any checkpoint would: there it must not stay.
    const raw = new Database(file);
    try {
      applyKey(raw, key);
      raw.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      raw.close();
    }
    expect(decryptedBytes(file, key).includes(Buffer.from('Kaya'))).toBe(true);

    await t.must('hotline.consentWithdraw', { callId: call.id, consentId: consent.id, withdrawnOn: '2026-11-23' });
    expect(decryptedBytes(file, key).includes(Buffer.from('Kaya'))).toBe(false);
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
  });
});

describe('a restore of a backup from before the withdrawal', () => {
  it('erases the name again and shows the consent withdrawn, before anyone signs in', async () => {
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const call = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id, { answer: `Ja, ${NAME} darf.` }), followUp: null });
    const consent = await t.must('hotline.consentRecord', { callId: call.id, consent: { givenOn: '2026-11-23', purpose: NAMED_CASE_PURPOSE, givenBy: 'dataSubject', formLanguage: 'tr' } });
    await t.must('hotline.namedCase', { callId: call.id, version: call.version, employeeName: NAME, employeeContact: '0171 555 0101' });
    // Another named case, never withdrawn: the restore must leave it alone.
    const kept = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: null });
    await t.must('hotline.consentRecord', { callId: kept.id, consent: { givenOn: '2026-11-23', purpose: NAMED_CASE_PURPOSE, givenBy: 'dataSubject', formLanguage: 'de' } });
    await t.must('hotline.namedCase', { callId: kept.id, version: kept.version, employeeName: 'Jonas Weber', employeeContact: '' });

    const admin = await colleague(t, ADMIN, 'admin-pc');
    const folder = path.join(tempDir('bruecke-backups-'), 'share');
    await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: false });
    const code = (await admin.must('backup.newCode', {})).backupCode;
    await admin.must('backup.run', {});
    const [before] = listBackups(folder);

    await t.must('hotline.consentWithdraw', { callId: call.id, consentId: consent.id, withdrawnOn: '2026-11-24' });

    const target = path.join(tempDir('bruecke-restored-'), 'data');
    const report = await restoreBackup({ backupFile: before!.file, secret: { code }, targetDir: target, schema: APP.schema, reapplyErasures: reapplyErasuresFor(APP.modules) });
    expect(report.erasuresReapplied).toBe(1);
    const key = await masterKeyOf(target, ADMIN.username, ADMIN.password);
    expect(decryptedBytes(path.join(target, DATABASE_FILE), key).includes(Buffer.from('Kaya'))).toBe(false);
    const restored = await startTestCore({ dataDir: target, clock: t.clock });
    try {
      await signIn(restored, HANNA);
      const again = await restored.must('hotline.callGet', { id: call.id });
      expect(again).toMatchObject({ employeeName: null, employeeContact: null, namedCase: false });
      expect(again.answer).toBe('Ja, [gelöscht] darf.');
      // The ledger keeps when the erasure was recorded, not the date staff typed: the restored consent is withdrawn as of that day.
      expect((await restored.must('hotline.consents', { callId: call.id }))[0]!.withdrawnOn).toBe(toLocalDate(t.clock.now()));
      expect(await restored.call('hotline.namedCase', { callId: call.id, version: again.version, employeeName: NAME, employeeContact: '' })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
      expect((await restored.must('hotline.callGet', { id: kept.id })).employeeName).toBe('Jonas Weber');
    } finally {
      await restored.cleanup();
    }
  });
});
