import { expect, type Page } from '@playwright/test';
import type { ModuleId, Role } from '../../src-main/contract';
import type { AppServer } from './app-server';
import { text } from './texts';

export interface Account {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

export const ADMIN_ACCOUNT: Account = {
  username: 'anna.admin',
  displayName: 'Anna Admin',
  password: 'Brücke-Test-Passwort-1',
  roles: ['admin'],
};

/**
 * One call to the app's contract over the browser-mode bridge, as a page would make it: the
 * test script is one more client (like a tab) with its own session, apart from the browser's.
 */
export async function callApi<T = unknown>(app: AppServer, channel: string, input: unknown = {}): Promise<T> {
  const result = await app.script.call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error?.code}`);
  return result.value as T;
}

/**
 * Sets up an installation through the contract (fast; the set-up UI has its own test) with the
 * given modules and accounts whose own passwords are already set. Leaves the session logged out.
 */
export async function setUpViaApi(
  app: AppServer,
  options: { modules: ModuleId[]; accounts: Omit<Account, 'password'>[]; organisationName?: string },
): Promise<Account[]> {
  await callApi(app, 'session.setup', {
    organisationName: options.organisationName ?? 'Testorganisation Rheine',
    modules: options.modules,
    admin: { username: ADMIN_ACCOUNT.username, displayName: ADMIN_ACCOUNT.displayName, password: ADMIN_ACCOUNT.password },
    uiLanguage: 'de',
  });
  await callApi(app, 'session.login', { username: ADMIN_ACCOUNT.username, password: ADMIN_ACCOUNT.password });
  const created: { account: Omit<Account, 'password'>; oneTimePassword: string }[] = [];
  for (const account of options.accounts) {
    const { oneTimePassword } = await callApi<{ oneTimePassword: string }>(app, 'users.create', {
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
    });
    created.push({ account, oneTimePassword });
  }
  await callApi(app, 'session.logout');
  const accounts: Account[] = [];
  for (const { account, oneTimePassword } of created) {
    const password = `Eigenes-Passwort-${accounts.length + 1}x`;
    await callApi(app, 'session.login', { username: account.username, password: oneTimePassword });
    await callApi(app, 'session.changePassword', { currentPassword: oneTimePassword, newPassword: password });
    await callApi(app, 'session.logout');
    accounts.push({ ...account, password });
  }
  return accounts;
}

/** Signs the test script's own client in as `account` (the page keeps its own session). */
export async function signInScript(app: AppServer, account: Pick<Account, 'username' | 'password'>): Promise<void> {
  await callApi(app, 'session.login', { username: account.username, password: account.password });
}

/** Logs in through the UI in the given language and waits for the app frame. */
export async function logInViaUi(page: Page, app: AppServer, account: Pick<Account, 'username' | 'password'>, lng = 'de'): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel(text(lng, 'auth:login.username')).fill(account.username);
  await page.getByLabel(text(lng, 'auth:login.password')).fill(account.password);
  await page.getByRole('button', { name: text(lng, 'auth:login.submit') }).click();
  await expect(page.getByRole('navigation', { name: text(lng, 'common:nav.label') })).toBeVisible();
}

/** Switches the signed-in user's UI language through the settings page. */
export async function switchLanguage(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: text(from, 'common:nav.settings') }).click();
  await page.getByLabel(text(from, 'common:uiLanguage')).selectOption(to);
  await page.getByRole('button', { name: text(from, 'settings:savePreferences') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}
