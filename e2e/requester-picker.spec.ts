import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, switchLanguage } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { berlinLocal, tabTo } from './support/pool-flows';
import { text } from './support/texts';
import type { AppServer } from './support/app-server';
import { REQUESTERS_MAX } from '../src-main/contract/pool';

const COORDINATOR = { username: 'paula.koord', displayName: 'Paula Koordination', roles: ['coordinator' as const] };
const TARGET = 'Tagesklinik Zürich-Süd';
const SHOTS = '/tmp/shots-picker';

/** Types a `datetime-local` value as Chromium lays the field out in the operating system's locale (see pool.spec.ts). */
async function typeStart(page: Page, start: string): Promise<void> {
  const [date, time] = start.split('T') as [string, string];
  const [y, m, d] = date.split('-');
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const two = (n: number) => String(n).padStart(2, '0');
  if ((process.env.LANG ?? '').startsWith('de')) {
    await page.keyboard.type(`${d}${m}${y}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(`${two(hh)}${two(mm)}`);
  } else {
    await page.keyboard.type(`${m}${d}${y}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(`${two(hh % 12 || 12)}${two(mm)}${hh < 12 ? 'A' : 'P'}`);
  }
}

/** A full first page of requesters whose names sort before `TARGET`, then `TARGET` with a contact (the script is signed in). */
async function seedRequesters(app: AppServer): Promise<void> {
  // A full first page of requesters whose names sort before the one to book.
  for (let i = 1; i <= REQUESTERS_MAX; i += 1) {
    await callApi(app, 'pool.requesterSave', { id: null, name: `Praxis ${String(i).padStart(3, '0')}`, type: 'practice', trained: false, address: '', phone: '', contacts: [] });
  }
  await callApi(app, 'pool.requesterSave', {
    id: null,
    name: TARGET,
    type: 'hospital',
    trained: true,
    address: 'Emsstraße 9',
    phone: '',
    contacts: [{ id: null, name: 'Frau Weber', phone: '', email: '' }],
  });
}

test('a requester beyond the first page is found by typing and booked keyboard-only; the list is axe clean in de and ar', async ({ page, app }) => {
  test.setTimeout(180_000);
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  await callApi(app, 'session.login', { username: account!.username, password: account!.password });
  await callApi(app, 'settings.updateMine', { autoLockMinutes: 120 });
  await seedRequesters(app);
  await callApi(app, 'session.logout');
  await page.setViewportSize({ width: 1366, height: 768 });
  await logInViaUi(page, app, account!);
  const kb = page.keyboard;
  const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

  await tabTo(page, page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de('pool:nav.book'), exact: true }));
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: de('pool:booking.title') })).toBeFocused();

  // Without a requester the booking is refused on the field, which gets the focus.
  await tabTo(page, page.getByRole('button', { name: de('pool:booking.submit') }));
  await kb.press('Enter');
  const requester = page.getByRole('combobox', { name: de('pool:booking.requester') });
  await expect(requester).toBeFocused();
  await expect(requester).toHaveAttribute('aria-invalid', 'true');
  await expect(requester).toHaveAccessibleDescription(new RegExp(de('validation:required')));

  await kb.type('zürich');
  const list = page.getByRole('listbox', { name: de('pool:requesterPicker.matches') });
  await expect(list.getByRole('option', { name: TARGET })).toBeVisible();
  await kb.press('ArrowDown');
  await expect(list.getByRole('option', { name: TARGET })).toHaveAttribute('aria-selected', 'true');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/booking-requester-list-de.png` });
  await expectNoAxeViolations(page, 'booking, requester list open (de)');
  await kb.press('Enter');
  await expect(requester).toHaveValue(TARGET);
  await expect(list).toBeHidden();
  await expect(requester).not.toHaveAttribute('aria-invalid', 'true');

  // The chosen requester's contacts are offered.
  const contact = page.getByLabel(de('pool:booking.contact'));
  await expect(contact.locator('option', { hasText: 'Frau Weber' })).toHaveCount(1);
  await tabTo(page, contact);
  await kb.press('ArrowDown');
  await expect(contact.locator('option:checked')).toHaveText('Frau Weber');

  const start = berlinLocal(60);
  await tabTo(page, page.getByLabel(de('pool:booking.start')));
  await typeStart(page, start);
  await expect(page.getByLabel(de('pool:booking.start'))).toHaveValue(start);
  await tabTo(page, page.getByRole('button', { name: de('pool:booking.submit') }));
  await kb.press('Enter');
  await expect(page.getByRole('definition').filter({ hasText: TARGET })).toBeVisible();

  // Arabic: the same list, right to left, and axe clean.
  await switchLanguage(page, 'de', 'ar');
  const ar = (key: string) => text('ar', key);
  await page.getByRole('navigation', { name: ar('common:nav.label') }).getByRole('button', { name: ar('pool:nav.book'), exact: true }).click();
  const requesterAr = page.getByRole('combobox', { name: ar('pool:booking.requester') });
  await requesterAr.focus();
  await kb.type('Zür');
  const listAr = page.getByRole('listbox', { name: ar('pool:requesterPicker.matches') });
  await expect(listAr.getByRole('option', { name: TARGET })).toBeVisible();
  await kb.press('ArrowDown');
  await page.screenshot({ path: `${SHOTS}/booking-requester-list-ar.png` });
  await expectNoAxeViolations(page, 'booking, requester list open (ar)');
  // Escape closes the list; the typed text stays, no requester is chosen.
  await kb.press('Escape');
  await expect(listAr).toBeHidden();
  await expect(requesterAr).toHaveValue('Zür');
});

test('an interpreter’s conflict of interest names a requester beyond the first page, and the form shows it again', async ({ page, app }) => {
  test.setTimeout(180_000);
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  await callApi(app, 'session.login', { username: account!.username, password: account!.password });
  await callApi(app, 'settings.updateMine', { autoLockMinutes: 120 });
  await seedRequesters(app);
  const base = { id: null, gender: 'female', phone: '', email: '', status: 'active', languages: [{ language: 'ar', dialect: '', level: 'native' }], qualifications: [], events: [], availability: [], absences: [], conflicts: [], confidentialitySignedOn: '', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '' };
  const laila = await callApi<{ id: number }>(app, 'pool.interpreterSave', { ...base, nameLatin: 'Laila Haddad', nameNative: 'ليلى حداد', focusPools: ['general'] });
  await callApi(app, 'session.logout');
  await logInViaUi(page, app, account!);
  const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

  await page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de('pool:nav.interpreters'), exact: true }).click();
  await page.getByRole('button', { name: 'Laila Haddad' }).click();
  await page.getByRole('button', { name: de('pool:overview.edit') }).click();
  await page.getByRole('button', { name: de('pool:interpreter.addConflict') }).click();
  const row = page.getByRole('group', { name: de('pool:interpreter.conflictN', { n: 1 }) });
  const requester = row.getByRole('combobox', { name: de('pool:interpreter.conflictRequester') });
  await requester.fill('Zürich');
  await expect(row.getByRole('option', { name: TARGET })).toBeVisible();
  // Typed but not picked: refused on the field, not saved as a conflict without a requester.
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(requester).toBeFocused();
  await expect(requester).toHaveAttribute('aria-invalid', 'true');
  await expect(requester).toHaveAccessibleDescription(new RegExp(de('pool:validation.requesterNotChosen')));
  await page.keyboard.press('ArrowDown');
  await row.getByRole('option', { name: TARGET }).click();
  await expect(requester).not.toHaveAttribute('aria-invalid', 'true');
  await expect(requester).toHaveValue(TARGET);
  await expectNoAxeViolations(page, 'interpreter form with a conflict (de)');
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laila Haddad' })).toBeVisible();

  // Saved with the requester's id, and shown by name when the form opens again.
  await callApi(app, 'session.login', { username: account!.username, password: account!.password });
  const saved = await callApi<{ conflicts: { requesterId: number | null }[]; conflictRequesters: { id: number; name: string }[] }>(app, 'pool.interpreterGet', { id: laila.id });
  expect(saved.conflictRequesters).toEqual([{ id: saved.conflicts[0]!.requesterId, name: TARGET }]);
  await page.getByRole('button', { name: de('pool:overview.edit') }).click();
  await expect(page.getByRole('group', { name: de('pool:interpreter.conflictN', { n: 1 }) }).getByRole('combobox', { name: de('pool:interpreter.conflictRequester') })).toHaveValue(TARGET);
});
