import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ADMIN_ACCOUNT, callApi, logInViaUi, setUpViaApi } from './support/flows';
import { berlinLocal, longAutoLock, tabTo } from './support/pool-flows';
import { expectPrintsFullWidth } from './support/print';
import { text } from './support/texts';
import { CLIENT_FORM_LANGUAGES } from '../src-main/contract/languages';

const COORDINATOR = { username: 'carla.koord', displayName: 'Carla Koordination', roles: ['coordinator' as const] };
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

const axe = (page: Page) => expectNoAxeViolations(page, page.url());

async function openNav(page: Page, key: string): Promise<void> {
  await page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de(key), exact: true }).click();
}

test('book a mental-health session in Arabic: only the qualified interpreter is proposed, then done, feedback, fees', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  await longAutoLock(app, account!);
  await logInViaUi(page, app, account!);

  // Two interpreters, both Arabic; only Laila is in the mental-health pool.
  for (const [latin, native, mental] of [
    ['Laila Haddad', 'ليلى حداد', true],
    ['Omar Khalil', 'عمر خليل', false],
  ] as const) {
    await openNav(page, 'pool:nav.interpreters');
    await page.getByRole('button', { name: de('pool:interpreters.add') }).click();
    await page.getByLabel(de('pool:interpreter.nameLatin')).fill(latin);
    await page.getByLabel(de('pool:interpreter.nameNative')).fill(native);
    if (mental) await page.getByRole('checkbox', { name: de('pool:focusPool.mentalHealth') }).check();
    if (latin === 'Laila Haddad') await axe(page);
    await page.getByRole('button', { name: de('common:save') }).click();
    await expect(page.getByRole('heading', { level: 1, name: de('pool:interpreters.title') })).toBeVisible();
    await expect(page.getByRole('button', { name: latin })).toBeVisible();
  }
  await axe(page);

  await openNav(page, 'pool:nav.requesters');
  await page.getByLabel(de('pool:requesters.name'), { exact: true }).fill('Praxis für Psychotherapie Beispiel');
  await page.getByLabel(de('pool:requesters.contactName'), { exact: true }).fill('Frau Dr. Muster');
  await page.getByRole('button', { name: de('pool:requesters.create') }).click();
  await expect(page.getByRole('cell', { name: 'Frau Dr. Muster' })).toBeVisible();
  // Edit it: a second contact person.
  await page.getByRole('button', { name: 'Praxis für Psychotherapie Beispiel' }).click();
  await expect(page.getByRole('heading', { name: de('pool:requesters.editTitle') })).toBeFocused();
  await page.getByRole('button', { name: de('pool:requesters.addContact') }).click();
  const second = page.getByRole('group', { name: de('pool:requesters.contactN', { n: 2 }) });
  await second.getByLabel(de('pool:requesters.contactName'), { exact: true }).fill('Herr Yıldız');
  await second.getByLabel(de('pool:requesters.contactEmail')).fill('yildiz@example.org');
  await axe(page);
  await page.getByRole('button', { name: de('pool:requesters.saveChanges') }).click();
  await expect(page.getByRole('cell', { name: /Frau Dr\. Muster.*Herr Yıldız/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: de('pool:requesters.add') })).toBeVisible();

  // The session starts in 10 minutes.
  const start = berlinLocal(10);
  await openNav(page, 'pool:nav.book');
  // The requester is searched by name as you type.
  const requesterField = page.getByRole('combobox', { name: de('pool:booking.requester') });
  await requesterField.fill('Psychotherapie');
  await page.getByRole('option', { name: 'Praxis für Psychotherapie Beispiel' }).click();
  await expect(requesterField).toHaveValue('Praxis für Psychotherapie Beispiel');
  await page.getByLabel(de('pool:booking.start')).fill(start);
  await page.getByLabel(de('pool:booking.topic')).selectOption('mentalHealth');
  await page.getByLabel(de('pool:booking.address')).fill('Emsstraße 1, Rheine');
  await page.getByLabel(de('pool:booking.clientReference')).fill('F.A.');
  await axe(page);
  await page.getByRole('button', { name: de('pool:booking.submit') }).click();

  const proposals = page.getByTestId('pool-proposal');
  await expect(proposals).toHaveCount(1);
  await expect(proposals).toContainText('Laila Haddad');
  await page.getByText(de('pool:match.whyNotSummary_one', { count: 1 })).click();
  await expect(page.getByTestId('pool-why-not')).toContainText('Omar Khalil');
  await expect(page.getByTestId('pool-why-not')).toContainText(de('pool:whyNot.focusPool'));
  await axe(page);

  await proposals.getByRole('button', { name: /Laila Haddad/ }).click();
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.proposed'));
  await page.getByRole('button', { name: de('pool:actions.confirm') }).click();
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.confirmed'));
  await expect(page.getByRole('heading', { name: de('pool:briefing.title') })).toBeVisible();

  // The start page shows it among today's and tomorrow's assignments, one click from its page.
  await page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de('common:nav.start'), exact: true }).click();
  const startPanel = page.getByRole('region', { name: de('pool:start.title') });
  await expect(startPanel).toContainText('Laila Haddad');
  await axe(page);
  await startPanel.getByRole('button', { name: /Praxis für Psychotherapie Beispiel/ }).click();
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.confirmed'));

  // Before it starts, "done" is not offered; 20 minutes later, opened again, it is.
  await expect(page.getByText(de('pool:actions.notStarted'))).toBeVisible();
  await expect(page.getByRole('button', { name: de('pool:actions.done') })).toHaveCount(0);
  await app.shiftClock(20 * 60_000);
  await page.reload();
  await page.getByLabel(de('pool:actions.travelKm')).fill('10');
  await page.getByRole('button', { name: de('pool:actions.done') }).click();
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.done'));

  await page.getByLabel(de('pool:feedback.overall')).selectOption('4');
  await page.getByLabel(de('pool:feedback.accuracy')).selectOption('4');
  await page.getByRole('checkbox', { name: de('pool:feedback.supervisionWish') }).check();
  await axe(page);
  await page.getByRole('button', { name: de('pool:feedback.save') }).click();
  await expect(page.getByTestId('pool-feedback-summary')).toContainText('4/5');

  // The paper form for requesters without access: in the session's language (Arabic), right to left.
  await page.getByRole('button', { name: de('pool:printForm.open') }).click();
  const paper = page.getByTestId('pool-feedback-paper');
  await expect(paper).toHaveAttribute('dir', 'rtl');
  await expect(paper).toHaveAttribute('lang', 'ar');
  // Bilingual on paper: the client's text with the German one beside it, for staff.
  await expect(paper.getByRole('heading', { level: 2 })).toContainText(text('ar', 'forms:feedback.title'));
  await expect(paper.getByRole('heading', { level: 2 })).toContainText(de('forms:feedback.title'));
  await expect(paper).toContainText('Laila Haddad');
  // The client's confirmation that the session took place, printed from the same page, likewise bilingual.
  const confirmation = page.getByTestId('pool-confirmation-paper');
  await expect(confirmation.getByRole('heading', { level: 2 })).toContainText(text('ar', 'forms:confirmation.title'));
  await expect(confirmation.getByRole('heading', { level: 2 })).toContainText(de('forms:confirmation.title'));
  await expect(confirmation).toContainText('Laila Haddad');
  // Every client-form language of the registry is offered.
  await expect(page.getByLabel(de('pool:printForm.language')).locator('option')).toHaveCount(CLIENT_FORM_LANGUAGES.length);
  await axe(page);
  await page.getByLabel(de('pool:printForm.language')).selectOption('de');
  await expect(paper).toHaveAttribute('dir', 'ltr');
  await expect(paper.getByRole('heading', { level: 2 })).toHaveText(de('forms:feedback.title'));

  await openNav(page, 'pool:nav.quality');
  const laila = page.getByTestId('pool-quality-row').filter({ hasText: 'Laila Haddad' });
  await expect(laila.getByRole('cell').first()).toHaveText('1');
  await expect(laila).toContainText(de('pool:quality.supervisionWishes_one', { count: 1 }));
  await axe(page);

  await openNav(page, 'pool:nav.fees');
  await page.getByLabel(de('pool:fees.interpreter')).selectOption({ label: 'Laila Haddad' });
  await page.getByLabel(de('pool:fees.month')).fill(start.slice(0, 7));
  // 60 minutes → 20 €, 10 km × 0.28 € = 2.80 €.
  await expect(page.getByTestId('pool-fee-total')).toHaveText(/22,80\s€/);
  await axe(page);
  // On paper the statement gets the page, and the total column is not cut off.
  await page.locator('body').evaluate((body) => body.setAttribute('data-pool-print', 'fees'));
  await expectPrintsFullWidth(page, page.locator('[data-print-section="fees"]'), page.getByTestId('pool-fee-total'));
});

test('the same flow keyboard-only', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  // Interpreters and requester through the contract (their UI creation is covered above).
  await callApi(app, 'session.login', { username: account!.username, password: account!.password });
  await callApi(app, 'settings.updateMine', { autoLockMinutes: 120 });
  const base = { id: null, gender: 'female', phone: '', email: '', status: 'active', languages: [{ language: 'ar', dialect: '', level: 'native' }], qualifications: [], events: [], availability: [], absences: [], conflicts: [], confidentialitySignedOn: '', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '' };
  await callApi(app, 'pool.interpreterSave', { ...base, nameLatin: 'Laila Haddad', nameNative: 'ليلى حداد', focusPools: ['general', 'mentalHealth'] });
  await callApi(app, 'pool.interpreterSave', { ...base, nameLatin: 'Omar Khalil', nameNative: 'عمر خليل', gender: 'male', focusPools: ['general'] });
  await callApi(app, 'pool.requesterSave', { id: null, name: 'Beratungsstelle Nord', type: 'counselling', trained: true, address: 'Marktstraße 3', phone: '', contacts: [] });
  await callApi(app, 'session.logout');
  await logInViaUi(page, app, account!);
  const kb = page.keyboard;
  const nav = page.getByRole('navigation', { name: de('common:nav.label') });

  await tabTo(page, nav.getByRole('button', { name: de('pool:nav.book'), exact: true }));
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: de('pool:booking.title') })).toBeFocused();
  const requester = page.getByRole('combobox', { name: de('pool:booking.requester') });
  await tabTo(page, requester);
  await kb.type('Nord');
  await expect(page.getByRole('option', { name: 'Beratungsstelle Nord' })).toBeVisible();
  await kb.press('ArrowDown');
  await kb.press('Enter');
  await expect(requester).toHaveValue('Beratungsstelle Nord');
  const start = berlinLocal(10);
  const [date, time] = start.split('T') as [string, string];
  const [y, m, d] = date.split('-');
  await tabTo(page, page.getByLabel(de('pool:booking.start')));
  // Chromium lays out its date-time field in the operating system's locale (LANG), not the page's:
  // day and month move on by themselves, the year (up to six digits) does not.
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const two = (n: number) => String(n).padStart(2, '0');
  if ((process.env.LANG ?? '').startsWith('de')) {
    await kb.type(`${d}${m}${y}`);
    await kb.press('ArrowRight');
    await kb.type(`${two(hh)}${two(mm)}`);
  } else {
    await kb.type(`${m}${d}${y}`);
    await kb.press('ArrowRight');
    await kb.type(`${two(hh % 12 || 12)}${two(mm)}${hh < 12 ? 'A' : 'P'}`);
  }
  await expect(page.getByLabel(de('pool:booking.start'))).toHaveValue(start);
  const topic = page.getByLabel(de('pool:booking.topic'));
  await tabTo(page, topic);
  await kb.press('ArrowDown'); // health → mentalHealth
  await expect(topic).toHaveValue('mentalHealth');
  await tabTo(page, page.getByRole('button', { name: de('pool:booking.submit') }));
  await kb.press('Enter');

  const proposals = page.getByTestId('pool-proposal');
  await expect(proposals).toHaveCount(1);
  await expect(proposals).toContainText('Laila Haddad');
  await tabTo(page, page.getByText(de('pool:match.whyNotSummary_one', { count: 1 })));
  await kb.press('Enter');
  await expect(page.getByTestId('pool-why-not')).toContainText(de('pool:whyNot.focusPool'));
  await tabTo(page, proposals.getByRole('button', { name: /Laila Haddad/ }), { back: true });
  await kb.press('Enter');
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.proposed'));
  await tabTo(page, page.getByRole('button', { name: de('pool:actions.confirm') }), { back: true });
  await kb.press('Enter');
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.confirmed'));

  await app.shiftClock(20 * 60_000);
  await page.reload();
  await tabTo(page, page.getByLabel(de('pool:actions.travelKm')));
  await kb.type('10');
  await kb.press('Enter');
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.done'));

  await tabTo(page, page.getByLabel(de('pool:feedback.overall')));
  await kb.press('ArrowDown'); // 5 → 4
  await tabTo(page, page.getByRole('button', { name: de('pool:feedback.save') }));
  await kb.press('Enter');
  await expect(page.getByTestId('pool-feedback-summary')).toContainText('4/5');

  await tabTo(page, nav.getByRole('button', { name: de('pool:nav.quality'), exact: true }), { back: true });
  await kb.press('Enter');
  await expect(page.getByTestId('pool-quality-row').filter({ hasText: 'Laila Haddad' }).getByRole('cell').first()).toHaveText('1');

  await tabTo(page, nav.getByRole('button', { name: de('pool:nav.fees'), exact: true }), { back: true });
  await kb.press('Enter');
  // Laila is first in the list; the month input starts at this month.
  await expect(page.getByTestId('pool-fee-total')).toHaveText(/22,80\s€/);
});

test('pool settings: coordinators change the rules with validation; admins find them under Administration', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  await logInViaUi(page, app, account!);
  await openNav(page, 'pool:nav.settings');
  const buffer = page.getByLabel(de('pool:settings.travelBuffer'));
  await expect(buffer).toHaveValue('30');
  await expect(page.getByLabel(de('pool:settings.firstHour'))).toHaveValue('20');
  await buffer.fill('500');
  await page.getByRole('button', { name: de('pool:settings.save') }).click();
  await expect(page.getByText(de('pool:validation.outOfRange'))).toBeVisible();
  await expect(buffer).toHaveAttribute('aria-invalid', 'true');
  await axe(page);
  await buffer.fill('45');
  await page.getByLabel(de('pool:settings.km')).fill('0.30');
  await page.getByRole('button', { name: de('pool:settings.save') }).click();
  await expect(page.getByTestId('pool-settings-status')).toHaveText(de('pool:settings.saved'));
  await page.getByRole('button', { name: de('common:logout') }).click();

  // The admin holds no coordinator role, yet sees and keeps the same values.
  await page.getByLabel(de('auth:login.username')).fill(ADMIN_ACCOUNT.username);
  await page.getByLabel(de('auth:login.password')).fill(ADMIN_ACCOUNT.password);
  await page.getByRole('button', { name: de('auth:login.submit') }).click();
  await openNav(page, 'pool:nav.settings');
  await expect(page.getByLabel(de('pool:settings.travelBuffer'))).toHaveValue('45');
  await expect(page.getByLabel(de('pool:settings.km'))).toHaveValue('0.3');
  await expect(page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de('pool:nav.interpreters') })).toHaveCount(0);
});
