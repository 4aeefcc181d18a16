import { expect, type Locator, type Page } from '@playwright/test';
import type { AppServer } from './app-server';
import { callApi, type Account } from './flows';

/** A Berlin wall-clock time `minutesFromNow` ahead, as `YYYY-MM-DDTHH:mm` (minutes rounded down). */
export function berlinLocal(minutesFromNow: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutesFromNow * 60_000));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Lets the coordinator stay unlocked while the test moves the clock. */
export async function longAutoLock(app: AppServer, account: Account): Promise<void> {
  await callApi(app, 'session.login', { username: account.username, password: account.password });
  await callApi(app, 'settings.updateMine', { autoLockMinutes: 120 });
  await callApi(app, 'session.logout');
}

/** Keyboard only: presses Tab (or Shift+Tab) until the target has focus. */
export async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 80); i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}
