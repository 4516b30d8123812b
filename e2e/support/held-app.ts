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

/**
 * Opens `path` with the app held back, by the frame's own navigation (the page fixture's would wait
 * for the app); returns what lets the app's script through.
 */
export async function openBeforeTheApp(page: Page, path: string): Promise<() => void> {
  const release = await holdTheApp(page);
  await page.mainFrame().goto(path, { waitUntil: 'commit' });
  return release;
}

/** Waits until the app has taken the page over. */
export const appStarted = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.atlas === 'ready');

/** Marks the document, so that a test can tell whether a click loaded a new one. */
export const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
export const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { marked?: boolean }).marked === true);
