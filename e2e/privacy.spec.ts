import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ADMIN_ACCOUNT, callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { text } from './support/texts';

const axe = (page: Page) => expectNoAxeViolations(page, page.url());

test('the admin reads the audit trail, exports it, and sets up verified backups', async ({ page, app }) => {
  const [carla] = await setUpViaApi(app, { modules: ['pool'], accounts: [{ username: 'carla', displayName: 'Carla Koordination', roles: ['coordinator'] }] });
  await signInScript(app, carla!);
  await callApi(app, 'pool.interpreterSave', {
    id: null, nameNative: 'Laila Haddad', nameLatin: 'Laila Haddad', gender: 'female', phone: '', email: '', status: 'active',
    focusPools: ['general'], languages: [{ language: 'ar', dialect: '', level: 'native' }], qualifications: [], events: [], availability: [],
    absences: [], conflicts: [], confidentialitySignedOn: '', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '',
  });
  await callApi(app, 'session.logout');

  await logInViaUi(page, app, ADMIN_ACCOUNT);
  // Backups are not set up yet: the start page says so.
  await expect(page.getByRole('alert')).toContainText(text('de', 'privacy:notice.notSetUp'));

  await page.getByRole('button', { name: text('de', 'common:nav.audit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('de', 'privacy:audit.title') })).toBeVisible();
  await page.getByLabel(text('de', 'privacy:audit.action')).selectOption('create');
  await page.getByRole('button', { name: text('de', 'privacy:audit.apply') }).click();
  const table = page.getByRole('table', { name: text('de', 'privacy:audit.title') });
  await expect(table.getByRole('row').filter({ hasText: 'Carla Koordination' }).filter({ hasText: 'interpreter' })).toHaveCount(1);
  await expect(table).not.toContainText('Haddad');
  await axe(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: text('de', 'privacy:audit.exportCsv') }).click();
  expect((await download).suggestedFilename()).toMatch(/^protokoll-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.getByRole('button', { name: text('de', 'privacy:audit.verify') }).click();
  await expect(page.getByRole('status').filter({ hasText: text('de', 'privacy:audit.intact', { count: 0 }).split('(')[0]!.trim() })).toBeVisible();

  await page.getByRole('button', { name: text('de', 'common:nav.dataProtection') }).click();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-e2e-backups-'));
  await page.getByLabel(text('de', 'privacy:backup.folder')).fill(folder);
  await page.getByRole('button', { name: text('de', 'common:save') }).first().click();
  await page.getByRole('button', { name: text('de', 'privacy:backup.newCode') }).click();
  await expect(page.getByTestId('backup-code')).toHaveText(/^([A-Z2-7]{5}-){5}[A-Z2-7]{5}$/);
  await page.getByRole('button', { name: text('de', 'privacy:backup.now') }).click();
  const backups = page.getByRole('table', { name: text('de', 'privacy:backup.title') });
  await expect(backups.getByRole('row')).toHaveCount(2);
  await expect(backups).toContainText('.bkp');
  expect(fs.readdirSync(folder).filter((n) => n.endsWith('.bkp'))).toHaveLength(1);
  await axe(page);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a hotline worker restricts a call with a reason: it leaves the list, opened by link it says so, and the restriction can be lifted', async ({ page, app }) => {
  const [hanna] = await setUpViaApi(app, { modules: ['hotline'], accounts: [{ username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] }] });
  await signInScript(app, hanna!);
  const employer = await callApi<{ id: number }>(app, 'hotline.employerSave', {
    id: null,
    employer: { name: 'Gasthof Emsblick', sector: 'Gastronomie', sizeBand: 'small', street: 'Emsstraße 4', postcode: '48431', city: 'Rheine', notes: '' },
  });
  const taxonomy = await callApi<{ id: number; key: string | null }[]>(app, 'hotline.taxonomy', {});
  const call = await callApi<{ id: number }>(app, 'hotline.callLog', {
    draftId: null,
    call: {
      employerId: employer.id, callerName: 'Frau Köster', callerRole: 'Inhaberin', employeeRef: 'A. K.', topicId: taxonomy.find((e) => e.key === 'legal')!.id, subtopicId: null,
      question: 'Darf der Koch eine Ausbildung beginnen?', answer: 'Ja, mit Erlaubnis.', answeredInCall: true, urgency: 'normal', routingId: null, handoverNote: '', heardViaId: null,
    },
    followUp: null,
  });
  await callApi(app, 'session.logout');
  await logInViaUi(page, app, hanna!);
  await page.goto(`${app.url}&page=hotline.callDetail&id=${call.id}`);
  await page.getByRole('button', { name: text('de', 'privacy:restriction.action') }).click();
  // A reason is required, and the field says so.
  await page.getByRole('button', { name: text('de', 'privacy:restriction.confirm') }).click();
  await expect(page.getByLabel(text('de', 'privacy:restriction.reason'))).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(text('de', 'privacy:restriction.reason')).fill('Richtigkeit bestritten');
  await page.getByRole('button', { name: text('de', 'privacy:restriction.confirm') }).click();
  const notice = page.getByTestId('record-restriction');
  await expect(notice.getByRole('heading', { name: text('de', 'privacy:restriction.restricted') })).toBeVisible();
  await expect(notice).toContainText('Richtigkeit bestritten');
  await axe(page);

  await page.getByRole('navigation').getByRole('button', { name: text('de', 'hotline:nav.calls') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('de', 'hotline:nav.calls') })).toBeVisible();
  await expect(page.getByText('Frau Köster')).toHaveCount(0);

  // Opened again by its link: the notice is there, and the restriction can be lifted.
  await page.goto(`${app.url}&page=hotline.callDetail&id=${call.id}`);
  await page.getByRole('button', { name: text('de', 'privacy:restriction.lift') }).click();
  await expect(notice.getByRole('button', { name: text('de', 'privacy:restriction.action') })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: text('de', 'hotline:nav.calls') }).click();
  await expect(page.getByText('Frau Köster')).toHaveCount(1);
});

test('withdrawing the named-case consent says what goes, then erases the name and contact and keeps the call', async ({ page, app }) => {
  const [hanna] = await setUpViaApi(app, { modules: ['hotline'], accounts: [{ username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] }] });
  await signInScript(app, hanna!);
  const employer = await callApi<{ id: number }>(app, 'hotline.employerSave', {
    id: null,
    employer: { name: 'Gasthof Emsblick', sector: 'Gastronomie', sizeBand: 'small', street: 'Emsstraße 4', postcode: '48431', city: 'Rheine', notes: '' },
  });
  const taxonomy = await callApi<{ id: number; key: string | null }[]>(app, 'hotline.taxonomy', {});
  const call = await callApi<{ id: number; version: number }>(app, 'hotline.callLog', {
    draftId: null,
    call: {
      employerId: employer.id, callerName: 'Frau Köster', callerRole: 'Inhaberin', employeeRef: 'A. K.', topicId: taxonomy.find((e) => e.key === 'legal')!.id, subtopicId: null,
      question: 'Darf Ayşe Kaya eine Ausbildung beginnen?', answer: 'Ja.', answeredInCall: true, urgency: 'normal', routingId: null, handoverNote: '', heardViaId: null,
    },
    followUp: null,
  });
  const today = new Date().toISOString().slice(0, 10);
  await callApi(app, 'hotline.consentRecord', { callId: call.id, consent: { givenOn: today, purpose: 'hotline.namedCase', givenBy: 'dataSubject', formLanguage: 'tr' } });
  await callApi(app, 'hotline.namedCase', { callId: call.id, version: call.version, employeeName: 'Ayşe Kaya', employeeContact: '0171 555 0101' });
  await callApi(app, 'session.logout');

  await logInViaUi(page, app, hanna!);
  await page.goto(`${app.url}&page=hotline.callDetail&id=${call.id}`);
  await expect(page.getByLabel(text('de', 'hotline:namedCase.employeeName'))).toHaveValue('Ayşe Kaya');
  await page.getByRole('button', { name: text('de', 'hotline:namedCase.withdraw') }).click();
  await expect(page.getByText(text('de', 'hotline:namedCase.withdrawExplain'))).toBeVisible();
  await axe(page);
  await page.getByRole('button', { name: text('de', 'hotline:namedCase.withdrawConfirm') }).click();
  await expect(page.getByLabel(text('de', 'hotline:namedCase.employeeName'))).toHaveValue('');
  await expect(page.getByLabel(text('de', 'hotline:namedCase.employeeName'))).toBeDisabled();
  await expect(page.locator('main')).not.toContainText('Kaya');
});
