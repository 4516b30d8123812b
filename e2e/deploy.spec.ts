// The build served by nginx with the shipped configuration (npm run serve, deploy/nginx-conf.ts), as
// a deployment serves it: its headers, its compression, its 404, and an update published into it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { headersFor, routesFor } from '../deploy/headers.ts';
import { buildFiles } from './support/build-files.ts';
import { NGINX_OUT_DIR } from './support/nginx-build.ts';
import { publishUpdate } from './support/publish-update.ts';
import { TourPage } from './pages/tour-page.ts';

const routes = routesFor();
const files = buildFiles(NGINX_OUT_DIR);
const hashedAsset = files.find((f) => /^assets\/.+-[\w-]{8}\.js$/.test(f)) ?? 'assets/none.js';
const PAGES = { overview: '/', country: '/country/new-zealand/', asset: `/${hashedAsset}`, worker: '/sw.js', data: '/data/claims.json', embed: '/embed/country/new-zealand/' };

/** The build's file that an address is served from. */
const fileOf = (path: string) => join(NGINX_OUT_DIR, path.endsWith('/') ? `${path}index.html` : path);

/** The headers nginx sends for `path`, named in lower case. */
async function headersOf(request: APIRequestContext, path: string, encoding = 'br, gzip') {
  const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
  return { status: response.status(), headers: response.headers(), body: await response.body() };
}

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

test.describe('headers', () => {
  for (const [what, path] of Object.entries(PAGES)) {
    test(`the ${what} (${path}) carries the policy, the caching and the security headers`, async ({ request }) => {
      const { status, headers } = await headersOf(request, path);
      expect(status).toBe(200);
      expect(headers).toMatchObject(lowerCased(headersFor(path.slice(1), routes)));
      expect(headers['cache-control']).toBe(what === 'asset' ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (what !== 'asset') expect(headers['content-security-policy']).toMatch(what === 'embed' ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toContain('camera=()');
    });
  }

  test('the _headers file says what nginx does, for every file of the build', async ({ request }) => {
    const { headers, errors } = await parseAllHeaders({ headersFiles: [join(NGINX_OUT_DIR, '_headers')], configHeaders: [], minimal: false });
    const rules = headers as Header[];
    expect(errors).toEqual([]);
    // The build's own _headers is the one shipped in deploy/, for a build with the defaults.
    expect(readFileSync(join(NGINX_OUT_DIR, '_headers'), 'utf8')).toBe(readFileSync('deploy/_headers', 'utf8'));
    for (const file of files) {
      const path = `/${file}`;
      // As Cloudflare Pages reads the file: every rule whose path matches, a header given twice joined with a comma.
      const promised: Record<string, string> = {};
      for (const rule of rules.filter((r) => r.forRegExp.test(path))) {
        for (const [name, value] of Object.entries(rule.values)) promised[name] = name in promised ? `${promised[name]}, ${value}` : value;
      }
      const sent = await headersOf(request, path);
      // Every file gets the three of every response and its caching; pages get the policy too.
      expect(Object.keys(promised).length, path).toBeGreaterThanOrEqual(4);
      expect(sent.headers, path).toMatchObject(lowerCased(promised));
    }
  });
});

test.describe('compression', () => {
  test('text is sent as brotli when asked for, gzip otherwise, and as it is to a client that takes neither', async ({ request }) => {
    for (const path of ['/', PAGES.asset, '/data/claims.json']) {
      const file = readFileSync(fileOf(path));
      // The client decodes each body; the lengths nginx sends are those of the files the build compressed.
      const br = await headersOf(request, path, 'br, gzip');
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers.vary, path).toMatch(/Accept-Encoding/i);
      expect(br.body.equals(file), path).toBe(true);
      expect(Number(br.headers['content-length']), path).toBe(brotliDecompressSync(readFileSync(`${fileOf(path)}.br`)).equals(file) ? statSync(`${fileOf(path)}.br`).size : -1);
      const gzip = await headersOf(request, path, 'gzip');
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gzip.body.equals(file), path).toBe(true);
      expect(Number(gzip.headers['content-length']), path).toBe(gunzipSync(readFileSync(`${fileOf(path)}.gz`)).equals(file) ? statSync(`${fileOf(path)}.gz`).size : -1);
      const plain = await headersOf(request, path, 'identity');
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(Number(plain.headers['content-length']), path).toBe(file.length);
      expect(Number(br.headers['content-length']), path).toBeLessThan(Number(gzip.headers['content-length']));
    }
  });

  test('the downloads are sent with their own types', async ({ request }) => {
    expect((await headersOf(request, '/data/claims.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
    const annotations = await headersOf(request, '/data/claims.annotations.jsonld');
    expect(annotations.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(annotations.headers['content-encoding']).toBe('br');
  });

  test('images are sent as they are', async ({ request }) => {
    const { headers } = await headersOf(request, '/preview.png');
    expect(headers['content-type']).toBe('image/png');
    expect(headers['content-encoding']).toBeUndefined();
  });
});

test.describe('missing files', () => {
  // The 404s these tests ask for, and the browser's word on them.
  test.use({ expectedConsole: /404|atlantis/ });

  test('a missing script is a 404 with a page, never the overview with 200', async ({ request }) => {
    const { status, headers, body } = await headersOf(request, '/assets/index-missing0.js', 'identity');
    expect(status).toBe(404);
    expect(headers['content-type']).toMatch(/^text\/html/);
    expect(body.toString()).toContain('<title>No such page · Report Atlas</title>');
    // The 404 page carries the policy too.
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
  });

  test('a missing page is a 404 whose atlas says so, and offers the whole map', async ({ page, atlas }) => {
    for (const [path, notice] of [
      ['/country/atlantis/', 'No country has a page called “atlantis”. Showing the whole map instead.'],
      ['/reports/2017/', 'The atlas has no page at “reports/2017/”. Showing the whole map instead.'],
    ]) {
      const response = await page.goto(path ?? '');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('status').filter({ hasText: notice ?? '' })).toBeVisible();
      await expect(atlas.countryShapes.first()).toBeVisible();
    }
  });

  test('a folder asked for without its slash is sent to its address with one', async ({ request }) => {
    const response = await request.get('/country/new-zealand', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe('/country/new-zealand/');
  });
});

test.describe('publishing an update', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a new build is offered by the banner, never applied mid-briefing, and loads when chosen', async ({ page }) => {
    const tour = new TourPage(page);
    await tour.goto(2);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    const before = await page.evaluate(() => caches.keys());
    await page.evaluate(() => ((window as { briefingMark?: number }).briefingMark = 1));
    const update = publishUpdate(NGINX_OUT_DIR);
    try {
      // The browser's own check for a new worker: sw.js is sent with no-cache, so it asks nginx again.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = page.getByRole('status').filter({ hasText: 'A new version of the atlas is ready.' });
      await expect(banner).toBeVisible({ timeout: 15_000 });
      // The briefing goes on: the same step, the same page, the old version in charge.
      await tour.next.click();
      await expect(tour.dialog).toHaveAttribute('data-step', '3');
      expect(await page.evaluate(() => (window as { briefingMark?: number }).briefingMark)).toBe(1);
      expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(before));
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
      // Once the briefing is over, the reader chooses the update.
      await page.keyboard.press('Escape');
      await expect(tour.dialog).toHaveCount(0);
      await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Update now' }).click()]);
      await expect(page.locator('svg.world-map').first()).toBeVisible();
      await expect.poll(() => page.evaluate(() => caches.keys())).toContain(`report-atlas-${update.version}`);
      expect(await page.evaluate(() => (window as { briefingMark?: number }).briefingMark)).toBeUndefined();
    } finally {
      update.restore();
    }
  });
});

test.describe('the curation view', () => {
  test.use({ expectedConsole: /404/ });

  test('is nowhere in the build: no route, and no code', async ({ request }) => {
    for (const path of ['/curate/', '/__curate/api/state']) expect((await request.get(path)).status(), path).toBe(404);
    for (const file of files.filter((f) => /\.(js|html|css|json)$/.test(f))) {
      const text = readFileSync(join(NGINX_OUT_DIR, file), 'utf8');
      expect(text, file).not.toMatch(/__curate|Curate the claims|curate-api|Mark as not a claim/);
    }
  });
});
