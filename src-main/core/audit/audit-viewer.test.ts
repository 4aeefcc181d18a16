import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANNA } from '../testing/hotline-fixtures';
import { CARLA, interpreter } from '../testing/pool-fixtures';
import { textOf, workbookOf } from '../testing/files';
import { colleague, startModuleCore } from '../testing/staff';
import { ADMIN, type TestClient, type TestCore } from '../testing/test-core';

let t: TestCore;
let admin: TestClient;
let hanna: TestClient;
let interpreterId: number;

beforeEach(async () => {
  // Carla (pool) at the default window, Hanna (hotline) at hers, the admin at a third.
  t = await startModuleCore(['pool', 'hotline'], [CARLA, HANNA]);
  const created = await t.must('pool.interpreterSave', interpreter());
  interpreterId = created.id;
  await t.must('pool.interpreterSave', { ...interpreter({ phone: '05971 4321' }), id: interpreterId, version: created.version });
  await t.must('pool.interpreterGet', { id: interpreterId });
  await t.must('pool.interpretersList', { search: '', status: null });
  hanna = await colleague(t, HANNA, 'hanna-pc');
  const employer = await hanna.must('hotline.employerSave', {
    id: null,
    employer: { name: 'Bäckerei Ems', sector: 'Handwerk', sizeBand: 'small', street: 'Emsstraße 4', postcode: '48431', city: 'Rheine', notes: '' },
  });
  const contact = await hanna.must('hotline.contactSave', { employerId: employer.id, id: null, contact: { name: 'Herr Weber', role: '', phone: '', email: '' } });
  await hanna.must('hotline.contactRemove', { employerId: employer.id, id: contact.id });
  admin = await colleague(t, ADMIN, 'admin-pc');
});
afterEach(() => t.cleanup());

const idOf = async (username: string) => (await admin.must('users.list', { includeInactive: false })).find((u) => u.username === username)!.id;

describe('the audit viewer', () => {
  it('shows reads, lists and changes by the person who made them', async () => {
    const carlaId = await idOf(CARLA.username);
    const page = await admin.must('audit.list', { filter: { userId: carlaId, module: 'pool' } });
    expect(page.entries.map((e) => `${e.action}:${e.entity}`)).toEqual(['list:interpreter', 'view:interpreter', 'update:interpreter', 'create:interpreter']);
    expect(new Set(page.entries.map((e) => e.userName))).toEqual(new Set([CARLA.displayName]));
    expect(page.entries[2]!.details).toMatchObject({ changed: expect.arrayContaining(['phone']) });
    // Entries hold what identifies the record, never its content.
    expect(JSON.stringify(page)).not.toContain('Haddad');
  });

  it('filters by action, record and module', async () => {
    const deletions = await admin.must('audit.list', { filter: { action: 'delete' } });
    expect(deletions.entries.map((e) => [e.entity, e.userName])).toEqual([['hotlineEmployerContact', HANNA.displayName]]);
    const record = await admin.must('audit.list', { filter: { entity: 'interpreter', entityId: String(interpreterId) } });
    expect(record.total).toBe(3);
    const hotline = await admin.must('audit.list', { filter: { module: 'hotline' } });
    expect(hotline.entries.every((e) => e.entity.startsWith('hotline'))).toBe(true);
    expect(hotline.total).toBeGreaterThanOrEqual(3);
    const byHanna = await admin.must('audit.list', { filter: { userId: await idOf(HANNA.username) } });
    expect(new Set(byHanna.entries.map((e) => e.userName))).toEqual(new Set([HANNA.displayName]));
    const future = await admin.must('audit.list', { filter: { from: '2027-01-01' } });
    expect(future.total).toBe(0);
    const today = await admin.must('audit.list', { filter: { from: '2026-11-23', to: '2026-11-23', userId: await idOf(CARLA.username) } });
    expect(today.total).toBeGreaterThanOrEqual(4);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await admin.call('audit.list', { filter: { from: '2026-11-23', to: '2026-11-01' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
  });

  it('is for admins only', async () => {
    const result = await t.call('audit.list', { filter: {} });
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
  });

  it('exports CSV and XLSX, and the export is itself recorded', async () => {
    const csv = textOf(await admin.must('audit.export', { filter: { action: 'delete' }, format: 'csv' }));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Nr.;Zeit;Person (ID);Person;Aktion;Datensatzart;Datensatz;Details');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`;${HANNA.displayName};delete;hotlineEmployerContact;`);
    const book = await workbookOf(await admin.must('audit.export', { filter: {}, format: 'xlsx' }));
    expect(book.getWorksheet('Protokoll')!.rowCount).toBeGreaterThan(10);
    const exports = await admin.must('audit.list', { filter: { action: 'export', entity: 'audit' } });
    expect(exports.entries.map((e) => [e.userName, e.details?.['format']])).toEqual([
      [ADMIN.displayName, 'xlsx'],
      [ADMIN.displayName, 'csv'],
    ]);
  });

  it("gives a record's history to its module's staff, not to others", async () => {
    const history = await t.must('audit.history', { entity: 'interpreter', entityId: interpreterId });
    expect(history.map((e) => `${e.action}:${e.userName}`)).toEqual([
      `view:${CARLA.displayName}`,
      `update:${CARLA.displayName}`,
      `create:${CARLA.displayName}`,
    ]);
    const refused = await hanna.call('audit.history', { entity: 'interpreter', entityId: interpreterId });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  });
});
