import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA (BITV 2.0 / EN 301 549). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core run in the page itself: loaded once per document (the app is one page, so once per
 * test) and `axe.run` on the whole document. `@axe-core/playwright`'s `analyze()` loads the
 * script again at every call and opens a blank page to combine frame results (the app has no
 * frames) — about 0.7 s per check, most of a sweep of forty screens.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, TAGS);
  return violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No axe violations (WCAG 2.0/2.1 A and AA) on the current screen. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  expect((await axeViolations(page)).map((v) => `${screen}: ${v}`), screen).toEqual([]);
}
