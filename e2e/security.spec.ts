import fc from 'fast-check';
import { expect, test } from './fixtures.ts';

test.describe('security and robustness', () => {
  test('the page is served with a strict Content-Security-Policy, as a header and in the page', async ({ page }) => {
    const response = await page.goto('/');
    const header = response?.headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(header).toContain(directive);
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
    // No inline code: the only script elements without a source are the page's data and the list of the app's scripts, which never run.
    expect(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => `${s.type}#${s.id}`))).toEqual(['application/json#atlas-page', 'application/json#atlas-app-scripts']);
  });

  test('using the atlas sets no cookie and stores nothing', async ({ atlas, page, context }) => {
    await atlas.goto('?country=NZL');
    await atlas.listButton('Kenya').click();
    await page.getByRole('button', { name: 'Table' }).click();
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('fuzzed links always give a sensible view, with no errors', async ({ page }) => {
    test.setTimeout(120_000);
    const key = fc.constantFrom('country', 'quote', 'article', 'view', 'speaker', 'measure', 'tour', '__proto__', 'constructor');
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('%', '%E0%A4%A', 'NZL', 'table', '99999999999', '-1', 'x'.repeat(5000), '<script>'));
    const searches = fc.sample(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 5 }), { numRuns: 40, seed: 2026 });
    for (const pairs of searches) {
      const search = `?${pairs.map(([k, v]) => `${k}=${v.replace(/[#&]/g, encodeURIComponent)}`).join('&')}`;
      await page.goto(`/${search}`);
      // Something sensible: the map, the table, the sources or the tour, never an empty page.
      await expect(page.locator('svg.world-map, table, .sources-view, .tour').first(), search).toBeVisible();
    }
  });
});
