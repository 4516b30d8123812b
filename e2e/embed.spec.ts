// The atlas framed in another site's page, as nginx serves it with the shipped configuration: embed
// pages may be framed from another origin, every other page refuses, and each page's oEmbed
// description frames its embed page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { test as atlasTest } from './fixtures.ts';
import { buildFiles } from './support/build-files.ts';
import { NGINX_OUT_DIR } from './support/nginx-build.ts';

let intranet: Server;
let intranetUrl = '';

// Another site (another port, so another origin) whose page holds whatever snippet it is given.
test.beforeAll(async () => {
  intranet = createServer((req, res) => {
    const snippet = new URL(req.url ?? '/', 'http://x').searchParams.get('snippet') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Team intranet</title><h1>This week’s briefing</h1>${snippet}</html>`);
  });
  await new Promise<void>((done) => intranet.listen(0, '127.0.0.1', done));
  intranetUrl = `http://127.0.0.1:${(intranet.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((done) => intranet.close(() => done())));

const framing = (src: string) => `<iframe src="${src}" title="Report Atlas" width="100%" height="640" style="border:0"></iframe>`;

/** Opens the other site's page with `snippet`, and collects what the browser says about it. */
async function openIntranet(page: Page, snippet: string): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
  await page.goto(`${intranetUrl}?snippet=${encodeURIComponent(snippet)}`);
  return messages;
}

test('another site frames a country’s embed page: the map and its quotes show, and a click on another country works inside the frame', async ({ page, baseURL }) => {
  const messages = await openIntranet(page, framing(`${baseURL}/embed/country/new-zealand/`));
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html[data-atlas="ready"]')).toBeAttached();
  await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('New Zealand');
  await expect(frame.getByRole('complementary').getByRole('figure').first()).toBeVisible();
  // Compact chrome: a title line, the legend, the source line and the way out; no toolbar or menus.
  await expect(frame.getByText('Report Atlas: the countries named as likely bases')).toBeVisible();
  await expect(frame.getByRole('region', { name: /How many of the/ })).toBeVisible();
  await expect(frame.getByText(/^Source: \d+ news articles on Recorded Future/)).toBeVisible();
  const open = frame.getByRole('link', { name: /Open in Report Atlas/ });
  await expect(open).toHaveAttribute('href', '/country/new-zealand/');
  await expect(open).toHaveAttribute('target', '_blank');
  for (const name of ['Share', 'Download', 'Print', 'Start the briefing']) await expect(frame.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(frame.getByRole('navigation', { name: 'Views' })).toHaveCount(0);

  const historyBefore = await page.evaluate(() => history.length);
  await frame.locator('svg.world-map path[data-iso3="AUS"]').click();
  await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('Australia');
  const inner = page.frames().find((f) => f !== page.mainFrame());
  expect(inner?.url()).toBe(`${baseURL}/embed/country/australia/`);
  // The page around it stays where it was, and its history has no step for the frame's click:
  // Back leaves the page, as its reader expects.
  expect(page.url()).toContain(intranetUrl);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(messages.filter((m) => /^(error|warning|page error)/.test(m))).toEqual([]);
});

test('a frame far down another site’s page leaves that page where the reader is: it takes no focus as it loads', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const messages = await openIntranet(page, `<div style="height: 3000px">The briefing’s text</div>${framing(`${baseURL}/embed/country/new-zealand/`)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html[data-atlas="ready"]')).toBeAttached();
  await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('New Zealand');
  expect(await page.evaluate(() => [window.scrollY, document.activeElement?.tagName])).toEqual([0, 'BODY']);
  expect(messages.filter((m) => /^(error|warning|page error)/.test(m))).toEqual([]);
});

test('the wheel over a framed map scrolls the page around it, and zooms the map only with Ctrl held', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openIntranet(page, `${framing(`${baseURL}/embed/`)}<div style="height: 2000px">More of the briefing</div>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html[data-atlas="ready"]')).toBeAttached();
  const map = frame.locator('svg.world-map');
  const box = await map.boundingBox();
  if (!box) throw new Error('the framed map has no box');
  const layer = () => frame.locator('svg.world-map g.zoom-layer').getAttribute('transform');
  // Reaching for the map loads its zoom, which writes where the map is.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(layer).not.toBeNull();
  const before = await layer();
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await layer()).toBe(before);
  // The page has scrolled under the pointer: back onto the map, then the wheel with Ctrl.
  const moved = await map.boundingBox();
  if (!moved) throw new Error('the framed map has no box');
  await page.mouse.move(moved.x + moved.width / 2, Math.max(moved.y, 0) + Math.min(moved.height, 200) / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(layer).not.toBe(before);
});

test('every page that is not an embed page refuses to be framed', async ({ context, baseURL }) => {
  for (const path of ['/', '/country/new-zealand/', '/404.html']) {
    const page = await context.newPage();
    const messages = await openIntranet(page, framing(`${baseURL}${path}`));
    // The browser names only the framed page's origin, not its path.
    await expect.poll(() => messages.some((m) => m.includes(`Framing '${baseURL}/' violates`) && m.includes(`"frame-ancestors 'none'"`)), { message: path }).toBe(true);
    await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url(), { message: path }).toBe('chrome-error://chromewebdata/');
    await page.close();
  }
});

test('each page’s oEmbed description is rich, and its html frames that page’s embed page', async ({ request, baseURL }) => {
  const pages = buildFiles(NGINX_OUT_DIR).filter((f) => f.endsWith('index.html') && !f.startsWith('embed/'));
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const html = readFileSync(join(NGINX_OUT_DIR, file), 'utf8');
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(href, file).toBe(`/${file.replace(/index\.html$/, 'oembed.json')}`);
    const response = await request.get(href ?? '');
    expect(response.headers()['content-type'], file).toMatch(/^application\/json/);
    const oembed = (await response.json()) as Record<string, unknown>;
    expect(oembed, file).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Report Atlas', width: expect.any(Number), height: expect.any(Number) });
    const src = /<iframe src="([^"]+)" title="([^"]+)"/.exec(String(oembed.html));
    expect(src?.[1], file).toBe(`/embed/${file.replace(/index\.html$/, '')}`);
    expect(String(oembed.html), file).toMatch(/loading="lazy"/);
    const embed = await request.get(`${baseURL}${src?.[1] ?? ''}`);
    expect(embed.status(), file).toBe(200);
    expect(await embed.text(), file).toContain('class="app embed"');
  }
});

test('Share, Copy embed code gives a snippet for the view that another site can paste', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/country/kenya/?speaker=report');
  await page.waitForFunction(() => document.documentElement.dataset.atlas === 'ready');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Copy embed code', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(`<iframe src="${baseURL}/embed/country/kenya/?speaker=report" title="Kenya · Report Atlas" width="100%" height="640" loading="lazy" allow="clipboard-write" style="border: 0; max-width: 100%;"></iframe>`);
  await openIntranet(page, snippet);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('Kenya');
  await expect(frame.getByRole('link', { name: /Open in Report Atlas/ })).toHaveAttribute('href', '/country/kenya/?speaker=report');
});

// On its own, with the atlas's checks: no console error or warning, failed or foreign request.
atlasTest.describe('an embed page on its own', () => {
  for (const scheme of ['light', 'dark'] as const) {
    atlasTest(`passes axe (WCAG 2.2 AA) in the ${scheme} scheme, and its links stay among the embed pages`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/embed/country/new-zealand/');
      await page.waitForFunction(() => document.documentElement.dataset.atlas === 'ready');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await expect(page.locator('svg.world-map a:has(> path[data-iso3="KEN"])')).toHaveAttribute('href', '/embed/country/kenya/');
      await expect(page).toHaveTitle('New Zealand · Report Atlas');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', '/country/new-zealand/');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    });
  }
});
