import type { Page } from '@playwright/test';

/**
 * Keyboard-only input that counts keystrokes: every press is one (a chord like Control+Enter
 * too), every typed character one. The issue asks for the count of the call-logging flow.
 */
export function countingKeyboard(page: Page) {
  let count = 0;
  return {
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i++) {
        await page.keyboard.press(key);
        count++;
      }
    },
    async type(text: string) {
      await page.keyboard.type(text);
      count += [...text].length;
    },
    get count() {
      return count;
    },
  };
}
