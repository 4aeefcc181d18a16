import { expect, type Page } from '@playwright/test';
import { text } from './texts';

/** Opens a housing page from the navigation. */
export async function openHousingPage(page: Page, navKey: string, lng = 'de'): Promise<void> {
  const nav = page.getByRole('navigation', { name: text(lng, 'common:nav.label') });
  await nav.getByRole('button', { name: text(lng, navKey) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The current quarter as the indicators show it, e.g. `2026-Q4`. */
export function currentQuarter(now = new Date()): string {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}
