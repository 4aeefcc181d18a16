import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ADMIN_ACCOUNT, callApi, logInViaUi, setUpViaApi, type Account } from './support/flows';
import { countingKeyboard } from './support/hotline-keyboard';
import { text } from './support/texts';

const HANNA = { username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline' as const] };
const DAY = 24 * 3_600_000;

async function hotlineUser(app: Parameters<typeof setUpViaApi>[0]): Promise<Account> {
  const [hanna] = await setUpViaApi(app, { modules: ['hotline'], accounts: [HANNA] });
  return hanna!;
}

const callHeading = (page: Page) => page.getByRole('heading', { level: 1, name: text('de', 'hotline:call.title') });

async function unlock(page: Page, password: string) {
  await expect(page.getByRole('heading', { level: 1, name: text('de', 'auth:locked.title') })).toBeVisible();
  await page.getByLabel(text('de', 'auth:login.password')).fill(password);
  await page.getByRole('button', { name: text('de', 'auth:locked.unlock') }).click();
}

test('a call for a new employer is logged without the mouse, routed, followed up, and shows up as open, overdue and in the history', async ({ page, app }, testInfo) => {
  const hanna = await hotlineUser(app);
  await logInViaUi(page, app, hanna);
  // The shortcut is shown on the start page.
  await expect(page.getByText(text('de', 'hotline:call.shortcutHint', { key: 'F2' })).first()).toBeVisible();

  const keys = countingKeyboard(page);
  await keys.press('F2');
  await expect(callHeading(page)).toBeVisible();
  const employer = page.getByRole('combobox', { name: text('de', 'hotline:call.employer') });
  await expect(employer).toBeFocused();
  await expect(page.getByRole('timer')).toHaveText(/^\d\d:\d\d$/);

  // Employer: not known yet, so the list offers to create it inline.
  await keys.type('Gasthof Emsblick');
  await expect(page.getByRole('option', { name: /Gasthof Emsblick/ })).toBeVisible();
  await keys.press('ArrowDown');
  await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toContainText(text('de', 'hotline:call.createEmployer'));
  await keys.press('Enter');
  await expect(page.getByText(text('de', 'hotline:call.employerChosen'))).toBeVisible();

  await keys.press('Tab');
  await keys.type('Frau Köster');
  await keys.press('Tab');
  await keys.type('Personalleitung');
  await keys.press('Tab');
  await keys.type('A. K.');
  await keys.press('Tab'); // topic
  await keys.press('ArrowDown'); // Rechtliches
  await expect(page.getByLabel(text('de', 'hotline:call.topic'), { exact: true })).toHaveValue(/\d+/);
  await keys.press('Tab'); // sub-topic
  await keys.press('ArrowDown', 2); // Arbeitserlaubnis
  await keys.press('Tab');
  await keys.type('Darf der neue Koch mit Duldung eine Ausbildung beginnen?');
  await keys.press('Tab');
  await keys.type('Ausbildungsduldung erklärt, Ausländerbehörde prüft.');
  await keys.press('Tab'); // answered in call: no
  await keys.press('Tab'); // urgency
  await keys.press('ArrowDown'); // Hoch
  await keys.press('Tab'); // routing
  await keys.press('ArrowDown'); // Ausländerbehörde
  await keys.press('Tab');
  await keys.type('Bitte Rückruf bei Frau Köster.');
  await keys.press('Tab'); // how did you hear about us
  await keys.press('ArrowDown'); // Flyer
  await keys.press('Tab'); // follow-up
  await keys.press('ArrowDown'); // call back, due tomorrow by default

  await expect(page.getByLabel(text('de', 'hotline:call.routing'), { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByRole('combobox', { name: text('de', 'hotline:call.routing') }).locator('option:checked')).toHaveText(
    text('de', 'hotline:tax.routing_foreignersAuthority'),
  );
  await keys.press('Control+Enter');

  await expect(page.getByRole('heading', { level: 1, name: text('de', 'hotline:callDetail.title', { id: 1 }) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: text('de', 'hotline:call.logged') })).toBeVisible();
  await expect(page.getByText(text('de', 'hotline:tax.routing_foreignersAuthority'), { exact: true })).toBeVisible();
  const keystrokes = keys.count;
  console.log(`hotline: keystrokes to log the call: ${keystrokes}`);
  await testInfo.attach('keystrokes', { body: `Keystrokes to log a call for a new employer, routed, with a follow-up: ${keystrokes}`, contentType: 'text/plain' });

  // The follow-up is in the open list on the start page.
  const nav = page.getByRole('navigation', { name: text('de', 'common:nav.label') });
  await nav.getByRole('button', { name: text('de', 'common:nav.start') }).click();
  const task = page.locator('.task').filter({ hasText: 'Gasthof Emsblick (#1)' });
  await expect(task).toContainText(text('de', 'hotline:taskKind.callBack'));
  await expect(task.getByText(text('de', 'tasks:overdue'))).toHaveCount(0);

  // Two days later it is overdue (the session locked itself meanwhile).
  await app.shiftClock(2 * DAY);
  await page.reload();
  await logInViaUi(page, app, hanna);
  await expect(task.getByText(text('de', 'tasks:overdue'))).toBeVisible();
  await task.getByRole('button', { name: new RegExp(text('de', 'tasks:open')) }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('de', 'hotline:callDetail.title', { id: 1 }) })).toBeVisible();

  // The employer's history shows the call.
  await page.getByRole('button', { name: 'Gasthof Emsblick' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gasthof Emsblick' })).toBeVisible();
  const history = page.getByRole('table', { name: text('de', 'hotline:employer.history') });
  await expect(history).toContainText('Frau Köster');
  await expect(history).toContainText(text('de', 'hotline:tax.legal'));
});

test('a half-typed call survives a lock and an unlock', async ({ page, app }) => {
  const hanna = await hotlineUser(app);
  await logInViaUi(page, app, hanna);
  await page.keyboard.press('F2');
  await expect(callHeading(page)).toBeVisible();
  await page.keyboard.type('Bäckerei Schulte');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Herr Schu');
  // The draft reached the encrypted database before the lock.
  await expect(page.getByText(text('de', 'hotline:call.draftSaved', { time: '' }).replace(/\s*\(\)$/, ''))).toBeVisible();
  const timerBefore = await page.getByRole('timer').textContent();

  await page.getByRole('button', { name: text('de', 'common:lock') }).click();
  await unlock(page, hanna.password);

  await expect(callHeading(page)).toBeVisible();
  await expect(page.getByRole('combobox', { name: text('de', 'hotline:call.employer') })).toHaveValue('Bäckerei Schulte');
  await expect(page.getByLabel(text('de', 'hotline:call.callerName'))).toHaveValue('Herr Schu');
  // The timer runs on from the call's saved start.
  expect(await page.getByRole('timer').textContent()).not.toBe('');
  expect(timerBefore).toMatch(/^\d\d:\d\d$/);
});

test('a call screen left without a word typed leaves no call in progress behind; a typed one does', async ({ page, app }) => {
  const hanna = await hotlineUser(app);
  await logInViaUi(page, app, hanna);
  const inProgress = page.getByRole('heading', { level: 3, name: text('de', 'hotline:start.drafts') });
  const toStart = () => page.getByRole('navigation').getByRole('button', { name: text('de', 'common:nav.start') }).click();

  const started = page.waitForResponse((r) => r.url().endsWith('/hotline.draftStart'));
  await page.keyboard.press('F2');
  await expect(callHeading(page)).toBeVisible();
  await started;
  const left = page.waitForResponse((r) => r.url().endsWith('/hotline.draftLeave'));
  await toStart();
  expect((await (await left).json()).result).toMatchObject({ ok: true, value: { removed: true } });
  await expect(page.getByRole('main').getByRole('button', { name: new RegExp(text('de', 'hotline:start.logCall')) })).toBeVisible();
  await expect(inProgress).toHaveCount(0);

  await page.keyboard.press('F2');
  await expect(callHeading(page)).toBeVisible();
  await page.getByLabel(text('de', 'hotline:call.callerName')).fill('Frau Yılmaz');
  const leftTyped = page.waitForResponse((r) => r.url().endsWith('/hotline.draftLeave'));
  await toStart();
  expect((await (await leftTyped).json()).result).toMatchObject({ ok: true, value: { removed: false } });
  await page.getByRole('navigation').getByRole('button', { name: text('de', 'hotline:nav.calls') }).click();
  await toStart();
  await expect(inProgress).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(text('de', 'hotline:start.continue')) })).toHaveCount(1);
});

test('a call logged too early names what is missing, and its draft comes back with every choice made', async ({ page, app }) => {
  const hanna = await hotlineUser(app);
  await logInViaUi(page, app, hanna);
  await page.keyboard.press('F2');
  await expect(callHeading(page)).toBeVisible();
  await page.getByLabel(text('de', 'hotline:call.callerName')).fill('Frau Yılmaz');
  await page.keyboard.press('Control+Enter');

  // The contract's rules mark the fields, and the first of them has the focus.
  const employer = page.getByRole('combobox', { name: text('de', 'hotline:call.employer') });
  await expect(employer).toBeFocused();
  await expect(employer).toHaveAttribute('aria-invalid', 'true');
  await expect(employer).toHaveAccessibleDescription(new RegExp(text('de', 'validation:required')));
  await expect(page.getByLabel(text('de', 'hotline:call.topic'), { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(text('de', 'hotline:call.question'))).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(text('de', 'hotline:call.callerName'))).not.toHaveAttribute('aria-invalid', 'true');

  const choices = {
    topic: text('de', 'hotline:tax.legal'),
    subtopic: text('de', 'hotline:tax.legal_workPermit'),
    routing: text('de', 'hotline:tax.routing_chambers'),
    followUpKind: text('de', 'hotline:taskKind.action'),
  };
  const select = (key: keyof typeof choices) => page.getByLabel(text('de', `hotline:call.${key}`), { exact: true });
  for (const key of Object.keys(choices) as (keyof typeof choices)[]) await select(key).selectOption({ label: choices[key] });
  await expect(select('topic')).not.toHaveAttribute('aria-invalid', 'true');
  const due = page.getByLabel(text('de', 'hotline:call.followUpDue'));
  // Shown as German staff write dates; the form holds ISO.
  await expect(due).toHaveValue(/^\d\d\.\d\d\.\d{4}$/);
  const dueOn = await due.inputValue();

  const left = page.waitForResponse((r) => r.url().endsWith('/hotline.draftLeave'));
  await page.getByRole('navigation').getByRole('button', { name: text('de', 'common:nav.start') }).click();
  expect((await (await left).json()).result).toMatchObject({ ok: true, value: { removed: false } });
  await page.getByRole('button', { name: new RegExp(text('de', 'hotline:start.continue')) }).click();
  await expect(callHeading(page)).toBeVisible();
  await expect(page.getByLabel(text('de', 'hotline:call.callerName'))).toHaveValue('Frau Yılmaz');
  for (const key of Object.keys(choices) as (keyof typeof choices)[]) await expect(select(key).locator('option:checked')).toHaveText(choices[key]);
  await expect(due).toHaveValue(dueOn);
});

test('the hotline screens in their open states (employer suggestions, the outreach form, indicators after an export) have no accessibility violations, in German and Arabic', async ({ page, app }) => {
  const hanna = await hotlineUser(app);
  await callApi(app, 'session.login', { username: hanna.username, password: hanna.password });
  const employer = await callApi<{ id: number }>(app, 'hotline.employerSave', {
    id: null,
    employer: { name: 'Tischlerei Öztürk', sector: 'Handwerk', sizeBand: 'small', street: 'Emsstraße 4', postcode: '48431', city: 'Rheine', notes: '' },
  });
  const taxonomy = await callApi<{ id: number; key: string | null }[]>(app, 'hotline.taxonomy', {});
  const id = (key: string) => taxonomy.find((e) => e.key === key)!.id;
  await callApi(app, 'hotline.outreachSave', {
    id: null,
    outreach: { kind: 'event', place: 'Ausbildungsmesse Rheine', channelId: id('channel.trainingFair'), count: 40, date: '2026-10-15', notes: '' },
  });
  await callApi(app, 'hotline.callLog', {
    draftId: null,
    call: {
      employerId: employer.id,
      callerName: 'Herr Öztürk',
      callerRole: 'Inhaber',
      employeeRef: 'M. R.',
      topicId: id('social'),
      subtopicId: id('social.housing'),
      question: 'Wohnungssuche für einen Auszubildenden',
      answer: '',
      answeredInCall: false,
      urgency: 'normal',
      routingId: id('routing.teamBeratung'),
      handoverNote: '',
      heardViaId: id('channel.trainingFair'),
    },
    followUp: { kind: 'action', dueOn: '2030-01-10', dueTime: null, ownerUserId: null, note: '' },
  });
  await callApi(app, 'session.logout');
  await logInViaUi(page, app, hanna);

  const axe = (what: string) => expectNoAxeViolations(page, what);
  const nav = page.getByRole('navigation');
  const visit = async (lng: string, labelKey: string, heading: string) => {
    await nav.getByRole('button', { name: text(lng, labelKey) }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  };

  await axe('start page with the hotline panel');
  // The lists and detail pages with data are swept in accessibility.spec.ts; here, the states a sweep does not open.
  for (const lng of ['de', 'ar']) {
    if (lng === 'ar') {
      await nav.getByRole('button', { name: text('de', 'common:nav.settings') }).click();
      await page.getByLabel(text('de', 'common:uiLanguage')).selectOption('ar');
      await page.getByRole('button', { name: text('de', 'settings:savePreferences') }).click();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    await visit(lng, 'hotline:nav.call', text(lng, 'hotline:call.title'));
    await page.keyboard.type('Tisch');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await axe(`call screen (${lng})`);
    await page.screenshot({ path: testInfo().outputPath(`call-${lng}.png`), fullPage: true });
    await page.keyboard.press('Escape');
    await visit(lng, 'hotline:nav.outreach', text(lng, 'hotline:nav.outreach'));
    await page.getByRole('button', { name: new RegExp(`^${text(lng, 'hotline:outreach.edit')}`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: text(lng, 'hotline:outreach.editTitle') })).toBeVisible();
    await axe(`outreach (${lng})`);
    await page.screenshot({ path: testInfo().outputPath(`outreach-${lng}.png`), fullPage: true });
    await visit(lng, 'hotline:nav.indicators', text(lng, 'hotline:nav.indicators'));
    // A handful of calls: every count of them is below the threshold, on the page as in the workbook.
    await expect(page.getByRole('table', { name: text(lng, 'hotline:indicators.byTopic') })).toContainText(text(lng, 'reports:mark.small', { threshold: 5 }));
    await expect(page.getByText(text(lng, 'reports:suppressionNote', { threshold: 5 }))).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: text(lng, 'hotline:indicators.export') }).click();
    expect((await download).suggestedFilename()).toMatch(/^hotline-indicators-\d{4}-01-01-\d{4}-\d\d-\d\d\.xlsx$/);
    await expect(page.getByRole('status').filter({ hasText: text(lng, 'hotline:indicators.exported') })).toBeVisible();
    await axe(`indicators (${lng})`);
    await page.screenshot({ path: testInfo().outputPath(`indicators-${lng}.png`), fullPage: true });
  }
});

test('an admin without the hotline role adds a topic and retires a routing target; the hotline sees it in the call form', async ({ page, app }) => {
  const hanna = await hotlineUser(app);
  await logInViaUi(page, app, ADMIN_ACCOUNT);
  const nav = page.getByRole('navigation');
  // The admin has no hotline pages, only the module's settings under Administration.
  await expect(nav.getByRole('button', { name: text('de', 'hotline:nav.calls') })).toHaveCount(0);
  await nav.getByRole('button', { name: text('de', 'hotline:nav.taxonomy') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('de', 'hotline:nav.taxonomy') })).toBeVisible();

  // One field per UI language from the registry, German required; the rest fall back to German.
  const labelIn = (language: string) => page.getByLabel(text('de', 'hotline:taxonomy.labelIn', { language }));
  await labelIn('Deutsch').fill('Fachkräfteeinwanderung');
  await labelIn('English').fill('Skilled immigration');
  await labelIn('العربية').fill('هجرة العمالة الماهرة');
  await page.getByRole('button', { name: text('de', 'hotline:taxonomy.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: text('de', 'hotline:taxonomy.added') })).toBeVisible();
  const chambers = text('de', 'hotline:tax.routing_chambers');
  await page.getByRole('button', { name: text('de', 'hotline:taxonomy.deactivateNamed', { name: chambers }) }).click();
  await expect(page.getByRole('button', { name: text('de', 'hotline:taxonomy.reactivateNamed', { name: chambers }) })).toBeVisible();
  await expectNoAxeViolations(page, page.url());
  await page.getByRole('button', { name: text('de', 'common:logout') }).click();

  await logInViaUi(page, app, hanna);
  await page.keyboard.press('F2');
  await expect(callHeading(page)).toBeVisible();
  const topic = page.getByLabel(text('de', 'hotline:call.topic'), { exact: true });
  await expect(topic.getByRole('option', { name: 'Fachkräfteeinwanderung' })).toHaveCount(1);
  const routing = page.getByLabel(text('de', 'hotline:call.routing'), { exact: true });
  await expect(routing.getByRole('option', { name: text('de', 'hotline:tax.routing_foreignersAuthority') })).toHaveCount(1);
  await expect(routing.getByRole('option', { name: chambers })).toHaveCount(0);
});

function testInfo() {
  return test.info();
}

test('F2 returns to the call in progress; a second call starts only after asking; calls in progress are named by caller; an over-long caller name is said, not cut', async ({ page, app }) => {
  const hanna = await hotlineUser(app);
  await logInViaUi(page, app, hanna);
  const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);
  const callerName = page.getByLabel(de('hotline:call.callerName'));
  const nav = page.getByRole('navigation');

  await page.keyboard.press('F2');
  await expect(callHeading(page)).toBeVisible();
  await callerName.fill('Frau Yılmaz');
  const left = page.waitForResponse((r) => r.url().endsWith('/hotline.draftLeave'));
  await nav.getByRole('button', { name: de('hotline:nav.calls') }).click();
  await left;

  // On another page, F2 goes back to that call, not to a new blank one.
  await page.keyboard.press('F2');
  await expect(callHeading(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: de('hotline:call.resumed') })).toBeVisible();
  await expect(callerName).toHaveValue('Frau Yılmaz');

  // F2 on the call screen asks first; going back keeps the call.
  await page.keyboard.press('F2');
  const ask = page.getByRole('dialog', { name: de('hotline:call.newCallTitle') });
  await expect(ask).toBeVisible();
  await expectNoAxe(page);
  await ask.getByRole('button', { name: de('hotline:call.newCallBack') }).click();
  await expect(ask).toBeHidden();
  await expect(callerName).toHaveValue('Frau Yılmaz');
  await page.keyboard.press('F2');
  const started = page.waitForResponse((r) => r.url().endsWith('/hotline.draftStart'));
  await ask.getByRole('button', { name: de('hotline:call.newCallConfirm') }).click();
  await started;
  await expect(callerName).toHaveValue('');

  // A name over 80 characters: kept as typed, with a field error that says so.
  const long = 'Frau Dr. ' + 'Köster-Emsland-'.repeat(6) + 'Rheine';
  await callerName.fill(long);
  await expect(callerName).toHaveValue(long);
  await expect(callerName).toHaveAttribute('aria-invalid', 'true');
  await expect(callerName).toHaveAccessibleDescription(de('hotline:validation.callerNameTooLong'));
  await callerName.fill('Herr Schulte');
  await expect(callerName).not.toHaveAttribute('aria-invalid', 'true');

  // Calls in progress without an employer are named by the caller.
  const leftSecond = page.waitForResponse((r) => r.url().endsWith('/hotline.draftLeave'));
  await nav.getByRole('button', { name: de('common:nav.start') }).click();
  await leftSecond;
  await page.reload();
  const list = page.getByRole('region', { name: de('hotline:start.title') });
  await expect(list.getByText('Frau Yılmaz', { exact: true })).toBeVisible();
  await expect(list.getByText('Herr Schulte', { exact: true })).toBeVisible();
  await expect(list.getByText(de('hotline:start.draftNoEmployer'))).toHaveCount(0);
});

const expectNoAxe = (page: Page) => expectNoAxeViolations(page, page.url());

test('a call routed to the authority gets a printable hand-over sheet with what the hand-over needs and nothing more', async ({ page, app }) => {
  const hanna = await hotlineUser(app);
  await callApi(app, 'session.login', { username: hanna.username, password: hanna.password });
  const employer = await callApi<{ id: number }>(app, 'hotline.employerSave', {
    id: null,
    employer: { name: 'Gasthof Emsblick', sector: 'Gastronomie', sizeBand: 'small', street: 'Emsstraße 4', postcode: '48431', city: 'Rheine', notes: '' },
  });
  const taxonomy = await callApi<{ id: number; key: string | null }[]>(app, 'hotline.taxonomy', {});
  const id = (key: string) => taxonomy.find((e) => e.key === key)!.id;
  const call = await callApi<{ id: number }>(app, 'hotline.callLog', {
    draftId: null,
    call: {
      employerId: employer.id, callerName: 'Frau Köster', callerRole: 'Inhaberin', employeeRef: 'A. K.', topicId: id('legal'), subtopicId: id('legal.trainingToleration'),
      question: 'Darf der Koch mit Duldung eine Ausbildung beginnen?', answer: 'Interne Einschätzung: wahrscheinlich ja', answeredInCall: false, urgency: 'high',
      routingId: id('routing.foreignersAuthority'), handoverNote: 'Ausbildungsbeginn 1.2., bitte Rückruf bei Frau Köster', heardViaId: null,
    },
    followUp: null,
  });
  await callApi(app, 'session.logout');
  await logInViaUi(page, app, hanna);
  await page.goto(`${app.url}&page=hotline.callDetail&id=${call.id}`);
  await page.getByRole('button', { name: text('de', 'hotline:handover.open') }).click();
  const sheet = page.getByTestId('hotline-handover-sheet');
  await expect(sheet.getByRole('heading', { name: text('de', 'hotline:handover.title', { to: text('de', 'hotline:tax.routing_foreignersAuthority') }) })).toBeVisible();
  for (const shown of ['Gasthof Emsblick', 'Frau Köster, Inhaberin', 'A. K.', 'Darf der Koch mit Duldung eine Ausbildung beginnen?', 'Ausbildungsbeginn 1.2.', 'Hanna Hotline']) await expect(sheet).toContainText(shown);
  // The answer given (an internal assessment) stays out.
  await expect(sheet).not.toContainText('Interne Einschätzung');
  await expectNoAxe(page);
  // Printed, the app frame and the buttons are gone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: text('de', 'common:nav.label') })).toBeHidden();
  await expect(page.getByRole('button', { name: text('de', 'hotline:handover.print') })).toBeHidden();
  await expect(sheet).toBeVisible();
});
