import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { SubjectReport } from '../contract';
import { booking, CARLA, requester } from '../core/testing/pool-fixtures';
import { startModuleCore } from '../core/testing/staff';
import { ADMIN, startTestCore, tempDir } from '../core/testing/test-core';
import { runAdmin } from './run-admin.test-support';

const SUBJECT = 'QX-47116';
const OTHER = 'BM-20002';

it('exports a subject as JSON and erases it after the confirmation, the reference read from standard input', { timeout: 300_000 }, async () => {
  const t = await startModuleCore(['pool'], [CARLA]);
  const req = await requester(t);
  const [id] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { clientReference: SUBJECT }))).ids as [number];
  await t.must('pool.bookingCreate', booking(req, '2026-12-01T10:00', { clientReference: OTHER }));
  await t.must('pool.assignmentGet', { id });
  const dataDir = t.dataDir;
  await t.cleanup();
  const as = ['--data-dir', dataDir, '--user', ADMIN.username];

  const out = path.join(tempDir(), 'subject.json');
  const exported = await runAdmin(['export-subject', ...as, '--out', out], `${ADMIN.password}\n${SUBJECT}\n`);
  expect(exported.code, exported.stderr).toBe(0);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as SubjectReport;
  expect(report.records).toHaveLength(1);
  expect(report.accessLog.some((e) => e.userName === CARLA.displayName && e.action === 'view')).toBe(true);
  expect(fs.readFileSync(out, 'utf8')).not.toContain(OTHER);
  expect(fs.statSync(out).mode & 0o077).toBe(0);

  const declined = await runAdmin(['erase', ...as, '--reason', 'request'], `${ADMIN.password}\n${SUBJECT}\nno\n`);
  expect(declined.code).toBe(1);
  expect(declined.stderr).toContain('1 record(s) found in pool');
  const erased = await runAdmin(['erase', ...as, '--reason', 'request', '--modules', 'pool'], `${ADMIN.password}\n${SUBJECT}\nyes\n`);
  expect(erased.code, erased.stderr).toBe(0);
  expect(erased.stdout).toContain('pool\t1 record(s) anonymised');
  expect(erased.stdout + erased.stderr).not.toContain(SUBJECT);

  const after = await startTestCore({ dataDir });
  await after.must('session.login', { username: ADMIN.username, password: ADMIN.password });
  expect((await after.must('privacy.subjectSearch', { reference: SUBJECT, modules: ['pool'] })).records).toEqual([]);
  expect((await after.must('privacy.subjectSearch', { reference: OTHER, modules: ['pool'] })).records).toHaveLength(1);
  const ledger = await after.must('audit.list', { filter: { action: 'erase' } });
  expect(ledger.entries).toHaveLength(1);
  await after.cleanup();

  const wrongReason = await runAdmin(['erase', ...as, '--reason', 'because'], `${ADMIN.password}\n${SUBJECT}\nyes\n`);
  expect(wrongReason.stderr).toContain('--reason must be one of: request, consentWithdrawn');
});
