import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { decodedImage, quotedWords, unfurl } from './support/link-preview.ts';

// Runs in the "hostile" project, against a build of e2e/fixtures/hostile-data: markup, event
// handlers and script URLs in every field the atlas shows.
declare global {
  interface Window {
    __pwned?: string;
  }
}

const injected = (page: Page) =>
  page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    handlers: document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
    images: document.querySelectorAll('img').length,
    // Inline scripts, by type and id: the page's own data and the list of the app's scripts, which never run, are the only ones.
    scripts: [...document.scripts].filter((s) => !s.src).map((s) => `${s.type}#${s.id}`),
    scriptLinks: [...document.querySelectorAll('a')].filter((a) => (a.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:')).length,
  }));

const clean = { pwned: null, handlers: 0, images: 0, scripts: ['application/json#atlas-page', 'application/json#atlas-app-scripts'], scriptLinks: 0 };

test.describe('a hostile corpus', () => {
  test.beforeEach(({ page }) => {
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
  });

  test('renders markup in quotes, names and headlines as plain text, in every view', async ({ page }) => {
    await page.goto('/?country=KEN');
    const panel = page.getByRole('complementary');
    await expect(panel.locator('blockquote')).toContainText('<img src=x onerror="window.__pwned=\'img\'">');
    await expect(panel).toContainText("<img src=x onerror=window.__pwned='name'>");
    await expect(panel).toContainText("<script>window.__pwned='note'</script>");
    await expect(panel).toContainText("data:text/html,<script>window.__pwned='data'</script>");
    await expect(panel.locator('cite')).toContainText('<b onmouseover=');
    await panel.getByRole('link', { name: /Open the original/ }).hover();
    expect(await injected(page)).toEqual(clean);

    await panel.getByRole('button', { name: 'Show in article' }).click();
    await expect(page.getByRole('dialog').locator('mark.current')).toContainText('<a href="javascript:');
    await expect(page.getByRole('dialog').locator('.article-text .furniture')).toHaveCount(1);
    await expect(page.getByRole('dialog').locator('.article-text .furniture')).toContainText("<script>window.__pwned = 'article'</script>");
    expect(await injected(page)).toEqual(clean);

    for (const view of ['?view=sources', '?view=table', '?tour=2', '?country=PRK']) {
      await page.goto(`/${view}`);
      await expect(page.locator('#root')).not.toBeEmpty();
      expect(await injected(page), view).toEqual(clean);
    }
  });

  test('the exported SVG carries the hostile text escaped', async ({ atlas, page }) => {
    await page.goto('/?country=KEN');
    const [download] = await Promise.all([page.waitForEvent('download'), atlas.chooseFromMenu('Download', 'Download SVG')]);
    const svg = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror') !== null,
        dangerous: all.filter((el) => ['script', 'img', 'foreignObject', 'a', 'style'].includes(el.localName)).length,
        handlers: all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')).length,
        source: doc.getElementById('source')?.textContent ?? '',
      };
    }, svg);
    expect(parsed).toMatchObject({ error: false, dangerous: 0, handlers: 0 });
    expect(parsed.source).toContain('<script>x</script>');
  });

  test('markup in a quote stays text in the link preview, and the preview image is drawn', async ({ page, request }) => {
    const claim = JSON.parse(readFileSync('e2e/fixtures/hostile-data/claims.json', 'utf8')).claims.find((c: { id: string }) => c.id === 'hostile-prk') as { quote: string };
    const html = await (await request.get('/country/north-korea/')).text();
    const preview = await unfurl(html);
    // The quote's markup comes back as the same characters, read as text.
    const words = quotedWords(preview.description ?? '') ?? '';
    expect(words).toContain('<svg onload=');
    expect(claim.quote.startsWith(words)).toBe(true);
    expect(preview.imageAlt).toContain('<svg onload=');
    expect(await decodedImage(request, preview.image ?? '')).toEqual({ width: 1200, height: 630, type: 'image/png' });
    // In the page's head, it adds no element: only the page's own tags are there.
    await page.goto('/country/north-korea/');
    const head = await page.evaluate(() => [...document.head.children].map((el) => el.localName));
    expect(new Set(head)).toEqual(new Set(['meta', 'link', 'script', 'title']));
    expect(await page.evaluate(() => document.head.querySelectorAll('script:not([type="module"])').length)).toBe(0);
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(preview.description);
    expect(await injected(page)).toEqual(clean);
  });
});
