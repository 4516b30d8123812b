import type { Page } from '@playwright/test';

/**
 * Holds back the app's own script, as a slow connection would, until the returned function is
 * called: the page shows, and its first script runs, but the app has not started.
 */
export async function holdTheApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until the app has taken the page over. */
export const appStarted = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.atlas === 'ready');

/** Marks the document, so that a test can tell whether a click loaded a new one. */
export const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
export const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { marked?: boolean }).marked === true);
