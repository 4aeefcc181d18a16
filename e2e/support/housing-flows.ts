import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { text } from './texts';

/** Opens a housing page from the navigation. */
export async function openHousingPage(page: Page, navKey: string, lng = 'de'): Promise<void> {
  const nav = page.getByRole('navigation', { name: text(lng, 'common:nav.label') });
  await nav.getByRole('button', { name: text(lng, navKey) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** No axe violations (WCAG 2.0/2.1 A and AA) on the current screen. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    screen,
  ).toEqual([]);
}

/** The current quarter as the indicators show it, e.g. `2026-Q4`. */
export function currentQuarter(now = new Date()): string {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}
