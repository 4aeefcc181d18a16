import { expect, test } from './support/fixtures';
import { expectDialogKeepsFocusUntilEscape, expectVisibleFocus, logInByKeyboard, tabVisiblyTo } from './support/a11y';
import { callApi, setUpViaApi } from './support/flows';
import { berlinLocal, tabTo } from './support/pool-flows';
import { text } from './support/texts';

/*
 * The three core workflows in Arabic with the keyboard alone (no mouse): after every Tab the
 * focused element shows a visible focus; dialogs keep the focus until they close and close with
 * Escape; the skip link leads past the navigation.
 */

const ar = (key: string, vars: Record<string, string | number> = {}) => text('ar', key, vars);

async function arabicAccount(app: Parameters<typeof setUpViaApi>[0], person: { username: string; displayName: string; roles: ('caseworker' | 'hotline' | 'coordinator')[] }, modules: ('housing' | 'hotline' | 'pool')[]) {
  const [account] = await setUpViaApi(app, { modules, accounts: [person] });
  await callApi(app, 'session.login', { username: account!.username, password: account!.password });
  await callApi(app, 'settings.updateMine', { uiLanguage: 'ar', autoLockMinutes: 120 });
  return account!;
}

test('housing in Arabic by keyboard: skip link, board, a card moved; the move dialog keeps the focus until Escape', async ({ page, app }) => {
  const account = await arabicAccount(app, { username: 'samira.wohnen', displayName: 'سميرة', roles: ['caseworker'] }, ['housing']);
  const shelter = await callApi<{ id: number }>(app, 'housing.accommodationSave', { name: 'Unterkunft Test', address: 'Teststraße 1', units: 2, beds: 8 });
  const household = { reference: 'HH-KB-1', ageBands: ['age18to64'], languages: ['ar'], roomsNeeded: 1, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' };
  await callApi(app, 'housing.householdRegister', { household, accommodationId: shelter.id, movedInOn: '2025-06-01' });
  await callApi(app, 'session.logout');

  await logInByKeyboard(page, app, account);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // The skip link is the first thing Tab reaches, shows itself when focused, and lands in the page.
  const skip = page.getByRole('link', { name: ar('common:skipToContent') });
  const firstFocusable = await page.locator('a[href], button, input, select, textarea, [tabindex="0"]').first().evaluate((el) => el.className);
  expect(firstFocusable).toBe('skip-link');
  await tabVisiblyTo(page, skip, { back: true });
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  const nav = page.getByRole('navigation', { name: ar('common:nav.label') });
  await tabVisiblyTo(page, nav.getByRole('button', { name: ar('housing:nav.board'), exact: true }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ar('housing:board.title') })).toBeFocused();
  const card = page.getByRole('button', { name: 'HH-KB-1', exact: true });
  await tabVisiblyTo(page, card);

  // Control+ArrowLeft is "forward" right to left. Documents are missing, so the move dialog asks why.
  await page.keyboard.press('Control+ArrowLeft');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectDialogKeepsFocusUntilEscape(page);
  await expect(card).toBeFocused();
  await expect(page.getByRole('region', { name: new RegExp(`^${ar('housing:stage.registered')}`) }).getByRole('button', { name: 'HH-KB-1', exact: true })).toBeVisible();

  await page.keyboard.press('Control+ArrowLeft');
  const dialog = page.getByRole('dialog');
  await tabVisiblyTo(page, dialog.getByLabel(ar('housing:move.reason')));
  await page.keyboard.type('الجهة المختصة وافقت هاتفيًا');
  await tabVisiblyTo(page, dialog.getByRole('button', { name: ar('housing:move.submit') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(ar('housing:board.moved', { reference: 'HH-KB-1', stage: ar('housing:stage.documentsReady') }));
  const column = page.getByRole('region', { name: new RegExp(`^${ar('housing:stage.documentsReady')}`) });
  await expect(column.getByRole('button', { name: 'HH-KB-1', exact: true })).toBeFocused();
  await expectVisibleFocus(page);
});

test('hotline in Arabic by keyboard: F2, a call logged and handed over to the foreigners’ authority, the hand-over sheet opened', async ({ page, app }) => {
  const account = await arabicAccount(app, { username: 'hadi.hotline', displayName: 'هادي', roles: ['hotline'] }, ['hotline']);
  await callApi(app, 'session.logout');
  await logInByKeyboard(page, app, account);
  const kb = page.keyboard;

  await kb.press('F2');
  await expect(page.getByRole('heading', { level: 1, name: ar('hotline:call.title') })).toBeVisible();
  const employer = page.getByRole('combobox', { name: ar('hotline:call.employer') });
  await expect(employer).toBeFocused();
  await expectVisibleFocus(page);
  await kb.type('مطعم النهر');
  await expect(page.getByRole('option', { name: /مطعم النهر/ })).toBeVisible();
  await kb.press('ArrowDown');
  await kb.press('Enter');
  await expect(page.getByText(ar('hotline:call.employerChosen'))).toBeVisible();

  const steps: (string | { key: string; times?: number })[] = [
    'السيدة كوستر', // caller
    'مديرة الموظفين', // role
    'أ. ك.', // employee concerned
    { key: 'ArrowDown' }, // topic: legal
    { key: 'ArrowDown', times: 2 }, // sub-topic
    'هل يمكن للطباخ الجديد بدء التدريب مع الإقامة المؤقتة؟',
    'تم شرح الإقامة المؤقتة للتدريب، وستتحقق دائرة الأجانب.',
    { key: '' }, // answered in the call: no
    { key: 'ArrowDown' }, // urgency
    { key: 'ArrowDown' }, // routing: foreigners' authority
    'يرجى معاودة الاتصال بالسيدة كوستر.', // hand-over note
  ];
  for (const step of steps) {
    await kb.press('Tab');
    await expectVisibleFocus(page);
    if (typeof step === 'string') await kb.type(step);
    else for (let i = 0; i < (step.times ?? 1); i++) if (step.key) await kb.press(step.key);
  }
  await expect(page.getByRole('combobox', { name: ar('hotline:call.routing') }).locator('option:checked')).toHaveText(ar('hotline:tax.routing_foreignersAuthority'));
  await kb.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: ar('hotline:callDetail.title', { id: 1 }) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: ar('hotline:call.logged') })).toBeVisible();

  await tabVisiblyTo(page, page.getByRole('button', { name: ar('hotline:handover.open') }));
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ar('hotline:handover.pageTitle', { id: 1 }) })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('يرجى معاودة الاتصال بالسيدة كوستر.');
});

test('pool in Arabic by keyboard: an interpreter booked and confirmed', async ({ page, app }) => {
  const account = await arabicAccount(app, { username: 'rana.pool', displayName: 'رنا', roles: ['coordinator'] }, ['pool']);
  const base = { id: null, gender: 'female', phone: '', email: '', status: 'active', languages: [{ language: 'ar', dialect: '', level: 'native' }], qualifications: [], events: [], availability: [], absences: [], conflicts: [], confidentialitySignedOn: '', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '' };
  await callApi(app, 'pool.interpreterSave', { ...base, nameLatin: 'Laila Haddad', nameNative: 'ليلى حداد', focusPools: ['general', 'mentalHealth'] });
  await callApi(app, 'pool.requesterSave', { id: null, name: 'Beratungsstelle Nord', type: 'counselling', trained: true, address: 'Marktstraße 3', phone: '', contacts: [] });
  await callApi(app, 'session.logout');
  await logInByKeyboard(page, app, account);
  const kb = page.keyboard;
  const nav = page.getByRole('navigation', { name: ar('common:nav.label') });

  await tabVisiblyTo(page, nav.getByRole('button', { name: ar('pool:nav.book'), exact: true }));
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: ar('pool:booking.title') })).toBeFocused();
  const requester = page.getByRole('combobox', { name: ar('pool:booking.requester') });
  await tabVisiblyTo(page, requester);
  // The requester is searched by name as you type; arrow keys and Enter pick it.
  await kb.type('Nord');
  await expect(page.getByRole('option', { name: 'Beratungsstelle Nord' })).toBeVisible();
  await kb.press('ArrowDown');
  await kb.press('Enter');
  await expect(requester).toHaveValue('Beratungsstelle Nord');

  // The date-time field as Chromium lays it out in the operating system's locale (see pool.spec.ts).
  const start = berlinLocal(10);
  const [date, time] = start.split('T') as [string, string];
  const [y, m, d] = date.split('-');
  await tabVisiblyTo(page, page.getByLabel(ar('pool:booking.start')));
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
  await expect(page.getByLabel(ar('pool:booking.start'))).toHaveValue(start);
  // Tab first walks through the native date-time field's own parts, whose focus ring Chromium
  // draws inside the field (the field's computed outline says nothing about it): checks resume after it.
  await tabTo(page, page.getByLabel(ar('pool:booking.duration')));
  await tabVisiblyTo(page, page.getByRole('button', { name: ar('pool:booking.submit') }));
  await kb.press('Enter');

  const proposals = page.getByTestId('pool-proposal');
  await expect(proposals).toHaveCount(1);
  await tabVisiblyTo(page, proposals.getByRole('button', { name: /Laila Haddad|ليلى حداد/ }), { back: true });
  await kb.press('Enter');
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(ar('pool:status.proposed'));
  await tabVisiblyTo(page, page.getByRole('button', { name: ar('pool:actions.confirm') }), { back: true });
  await kb.press('Enter');
  await expect(page.getByTestId('pool-assignment-status')).toHaveText(ar('pool:status.confirmed'));
  // The Confirm button is gone with the new status: the focus lands on the status, not on the page's body.
  await expect(page.getByTestId('pool-assignment-status')).toBeFocused();
});
