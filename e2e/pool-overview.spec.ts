import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript, switchLanguage } from './support/flows';
import { berlinLocal, longAutoLock } from './support/pool-flows';
import { text } from './support/texts';

const COORDINATOR = { username: 'carla.koord', displayName: 'Carla Koordination', roles: ['coordinator' as const] };

const axe = (page: Page, what: string) => expectNoAxeViolations(page, what);

test("an interpreter's profile opens as an overview with languages, hours and assignments past and upcoming; Edit opens the form", async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  await longAutoLock(app, account!);
  await signInScript(app, account!);
  const laila = await callApi<{ id: number }>(app, 'pool.interpreterSave', {
    id: null, nameNative: 'ليلى حداد', nameLatin: 'Laila Haddad', gender: 'female', phone: '05971 1234', email: '', status: 'active', focusPools: ['general', 'health'],
    languages: [{ language: 'ar', dialect: 'Levantinisch', level: 'native' }], qualifications: [], events: [], availability: [],
    absences: [], conflicts: [], confidentialitySignedOn: '2025-01-15', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '',
  });
  const req = await callApi<{ id: number }>(app, 'pool.requesterSave', {
    id: null, name: 'Praxis Dr. Beispiel', type: 'practice', trained: true, address: 'Emsstraße 1', phone: '', contacts: [{ id: null, name: 'Frau Muster', phone: '', email: '' }],
  });
  const book = async (start: string, weeklyCount = 1) => {
    const { ids } = await callApi<{ ids: number[] }>(app, 'pool.bookingCreate', {
      requesterId: req.id, contactId: null, start, durationMinutes: 90, setting: 'onSite', address: 'Emsstraße 1', language: 'ar', dialect: '',
      topic: 'health', sensitivity: 'normal', genderPreference: 'none', clientReference: 'A.K.', weeklyCount,
    });
    for (const id of ids) {
      await callApi(app, 'pool.assignmentPropose', { id, interpreterId: laila.id });
      await callApi(app, 'pool.assignmentConfirm', { id });
    }
    return ids;
  };
  const [soon] = await book(berlinLocal(5));
  // A weekly series: twelve sessions ahead, more than one page.
  await book(berlinLocal(3 * 24 * 60), 12);
  await app.shiftClock(2 * 3_600_000);
  await signInScript(app, account!);
  await callApi(app, 'pool.assignmentComplete', { id: soon, actualMinutes: 90, travelKm: null });

  await logInViaUi(page, app, account!);
  for (const lng of ['de', 'ar']) {
    if (lng === 'ar') await switchLanguage(page, 'de', 'ar');
    const l = (key: string, vars: Record<string, string | number> = {}) => text(lng, key, vars);
    await page.getByRole('navigation', { name: l('common:nav.label') }).getByRole('button', { name: l('pool:nav.interpreters'), exact: true }).click();
    await page.getByRole('button', { name: 'Laila Haddad' }).click();

    // Read-only: a heading with the name, no form fields, an Edit button.
    await expect(page.getByRole('heading', { level: 1, name: 'Laila Haddad' })).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    const facts = page.getByTestId('pool-interpreter-facts');
    await expect(facts).toContainText('Levantinisch');
    await expect(facts).toContainText(l('pool:focusPool.health'));
    await expect(facts).toContainText(l('pool:overview.alwaysAvailable'));
    // 90 minutes done today: 1.5 hours this month and this year.
    await expect(page.getByTestId('pool-interpreter-hours')).toHaveText(
      l('pool:overview.hoursValue', { month: lng === 'de' ? '1,5' : '1.5', monthSessions: 1, year: lng === 'de' ? '1,5' : '1.5', yearSessions: 1 }),
    );
    // From today: today's done session and the series, ten to a page.
    const upcoming = page.getByRole('region', { name: l('pool:overview.upcoming') }).first();
    await expect(upcoming.getByRole('row')).toHaveCount(11);
    await expect(upcoming.getByRole('row').nth(1)).toContainText(l('pool:status.done'));
    await expect(page.getByText(l('common:pager.showing', { from: 1, to: 10, total: 13 }))).toBeVisible();
    await page.getByRole('button', { name: l('common:pager.next') }).click();
    await expect(page.getByText(l('common:pager.showing', { from: 11, to: 13, total: 13 }))).toBeVisible();
    await expect(upcoming.getByRole('row')).toHaveCount(4);
    // Nothing before today yet.
    await expect(page.getByRole('region', { name: l('pool:overview.past') }).first()).toContainText(l('pool:assignments.empty'));
    await axe(page, `overview ${lng}`);

    await page.getByRole('button', { name: l('pool:overview.edit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: l('pool:interpreter.editTitle') })).toBeVisible();
    await expect(page.getByLabel(l('pool:interpreter.nameLatin'))).toHaveValue('Laila Haddad');
    await page.getByRole('button', { name: l('common:cancel') }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Laila Haddad' })).toBeVisible();
  }
});
