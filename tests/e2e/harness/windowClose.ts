import type { Page } from '@playwright/test';

interface ClosingWindow {
  __closeRequests?: number;
}

/**
 * A page opened by the test cannot close itself, so `window.close()` is
 * replaced (before any of the page's scripts run) by a counter the test can read.
 */
export async function recordWindowClose(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    window.close = () => {
      const target = window as unknown as ClosingWindow;
      target.__closeRequests = (target.__closeRequests ?? 0) + 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as ClosingWindow).__closeRequests ?? 0);
}
