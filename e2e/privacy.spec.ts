import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ADMIN_ACCOUNT, callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { text } from './support/texts';

async function axe(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

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
