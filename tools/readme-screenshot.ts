// Takes the README's screenshot from the built app: `npm run build && npm run screenshot`.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findChromium } from './browser/find-chromium.ts';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('the preview server did not start');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${url}?country=NZL`);
  // The map is drawn from the page's HTML at once; the shot waits for the app and the quotes.
  await page.waitForFunction(() => document.documentElement.dataset.atlas === 'ready');
  await page.locator('.panel figure').first().waitFor();
  // Selecting zooms to the country; the README shows the whole world beside its panel.
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await page.locator('.panel-header h2').blur();
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
