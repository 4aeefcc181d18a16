import Papa from 'papaparse';
import type { Route } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi } from './support/flows';
import { text } from './support/texts';

const COORDINATOR = { username: 'carla.koord', displayName: 'Carla Koordination', roles: ['coordinator' as const] };
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);
const ROWS = 1_500;

/** Holds the n-th call to `channel` until released, so the test sees the screen mid-import (no timing). */
async function holdCall(page: import('@playwright/test').Page, channel: string, n: number) {
  let calls = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived!: () => void;
  const held = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(`**/api/${channel}`, async (route: Route) => {
    calls += 1;
    if (calls === n) {
      arrived();
      await released;
    }
    await route.continue();
  });
  return { held, release, calls: () => calls };
}

test('a large list shows its progress while checked; Cancel mid-check and after the check leaves the list unchanged; saving shows a busy bar', async ({ page, app }) => {
  const [coordinator] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  const rows = Array.from({ length: ROWS }, (_, i) => [`Dolmetscherin ${i + 1}`, i % 2 ? 'w' : 'm', 'Arabisch', `05971 ${20_000 + i}`]);
  const csv = '\uFEFF' + Papa.unparse([['Name', 'Geschlecht', 'Sprachen', 'Telefon'], ...rows], { delimiter: ';', newline: '\r\n' });
  const file = { name: 'Grosse-Liste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
  const count = async () => {
    await callApi(app, 'session.login', { username: coordinator!.username, password: coordinator!.password });
    return (await callApi<{ total: number }>(app, 'pool.interpretersList', { search: '', status: null })).total;
  };

  await logInViaUi(page, app, coordinator!);
  await page.getByRole('button', { name: de('common:nav.imports') }).click();
  await page.getByLabel(de('imports:file')).setInputFiles(file);
  await expect(page.getByText(de('imports:fileRead', { rows: ROWS, format: 'CSV, utf-8, „;“' }))).toBeVisible();
  await page.getByLabel(`${de('imports:field.nameLatin')} *`).selectOption({ label: 'Name' });
  await page.getByLabel(`${de('imports:field.languages')} *`).selectOption({ label: 'Sprachen' });

  // The second chunk is held: the bar stands at the first 500 rows.
  const stage = await holdCall(page, 'imports.stage', 2);
  const discards: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/imports.discard')) discards.push(r.url());
  });
  await page.getByRole('button', { name: de('imports:check') }).click();
  await stage.held;
  const bar = page.getByRole('progressbar', { name: de('imports:progressLabel') });
  await expect(bar).toHaveAttribute('aria-valuenow', '500');
  await expect(bar).toHaveAttribute('aria-valuemax', String(ROWS));
  await expect(page.getByRole('status').filter({ hasText: de('imports:checking', { checked: 500, total: ROWS }) })).toBeVisible();
  await expectNoAxeViolations(page, 'import progress');
  await page.getByRole('button', { name: de('imports:cancel') }).click();
  stage.release();
  await expect(page.getByRole('status').filter({ hasText: de('imports:cancelled') })).toBeVisible();
  await expect(bar).toHaveCount(0);
  // The check stopped after the chunk in flight and the core forgot what it held.
  expect(stage.calls()).toBe(2);
  await expect.poll(() => discards.length).toBe(1);
  expect(await count()).toBe(0);
  await page.unroute('**/api/imports.stage');

  // Checked in full, then cancelled before saving: still nothing.
  await page.getByRole('button', { name: de('imports:check') }).click();
  await expect(page.getByText(de('imports:summary', { rows: ROWS, accepted: ROWS, duplicates: 0, rejected: 0 }))).toBeVisible();
  await page.getByRole('button', { name: de('imports:cancel') }).click();
  await expect(page.getByRole('status').filter({ hasText: de('imports:cancelled') })).toBeVisible();
  await expect.poll(() => discards.length).toBe(2);
  expect(await count()).toBe(0);

  // Again, and saved: a bar without a value while the one transaction runs.
  await page.getByLabel(de('imports:file')).setInputFiles(file);
  await page.getByLabel(`${de('imports:field.nameLatin')} *`).selectOption({ label: 'Name' });
  await page.getByLabel(`${de('imports:field.languages')} *`).selectOption({ label: 'Sprachen' });
  await page.getByRole('button', { name: de('imports:check') }).click();
  const commit = await holdCall(page, 'imports.commit', 1);
  await page.getByRole('button', { name: de('imports:commit', { count: ROWS }) }).click();
  await commit.held;
  const saving = page.getByRole('progressbar', { name: de('imports:savingLabel') });
  await expect(saving).toBeVisible();
  await expect(saving).not.toHaveAttribute('aria-valuenow');
  await expect(page.getByRole('status').filter({ hasText: de('imports:saving') })).toBeVisible();
  await expect(page.getByRole('button', { name: de('imports:cancel') })).toBeDisabled();
  commit.release();
  // Saving 1,500 interpreters takes ~2 s on a quiet machine; beside the axe sweeps of a full run, several times that.
  await expect(page.getByRole('status').filter({ hasText: de('imports:imported', { count: ROWS }) })).toBeVisible({ timeout: 60_000 });
  expect(await count()).toBe(ROWS);
});
