import { expect, test } from './fixtures.ts';
import type { AtlasPage } from './pages/atlas-page.ts';

test.describe('the map with the keyboard alone', () => {
  test('Tab into the map, arrows to another country, Enter opens it with focus on the heading, Escape closes and focus returns', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.mapCanvas.focus();
    await expect(atlas.mapCanvas).toBeFocused();
    const focused = atlas.map.locator('.focus-outline');
    await expect(focused).toHaveAttribute('data-focused', 'NZL');
    await page.keyboard.press('ArrowLeft');
    const moved = await focused.getAttribute('data-focused');
    expect(moved).not.toBe('NZL');
    await expect(page.getByText(/: (Named by|Not named|Context only|The subject)/).last()).toBeAttached();
    await page.keyboard.press('Enter');
    await expect(atlas.panel).toHaveAttribute('data-iso3', moved ?? '');
    await expect(atlas.panelHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(atlas.panel).toHaveCount(0);
    await expect(atlas.mapCanvas).toBeFocused();
  });

  test('the map is a single tab stop', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.mapCanvas.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(atlas.mapCanvas).toBeFocused();
  });

  test('selecting a country announces it in a live region', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.listButton('Kenya').click();
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Kenya selected\./ })).toBeAttached();
  });
});

test.describe('zoom', () => {
  const share = (atlas: AtlasPage, iso3: string) => atlas.shareOfView(iso3);

  test('selecting New Zealand zooms so that it fills a good part of the view with land around it, and reset returns', async ({ atlas, page }) => {
    await atlas.goto();
    const before = await share(atlas, 'NZL');
    expect(before).toBeLessThan(0.15);
    await atlas.listButton('New Zealand').click();
    await expect(atlas.map).toHaveAttribute('data-detail', '50m');
    await atlas.waitForZoomToSettle();
    const zoomed = await share(atlas, 'NZL');
    expect(zoomed).toBeGreaterThan(0.4);
    expect(zoomed).toBeLessThan(0.75);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await atlas.waitForZoomToSettle();
    expect(await share(atlas, 'NZL')).toBeLessThan(0.15);
  });

  test('the buttons zoom in and out, borders stay hairline, and the detailed map loads only once zoomed in', async ({ atlas, page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await atlas.goto();
    await expect(atlas.map).toHaveAttribute('data-detail', '110m');
    // Germany has no overseas parts, so its width is the same at 110m and 50m.
    const width = () => atlas.country('DEU').evaluate((p) => p.getBoundingClientRect().width);
    const start = await width();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(width).toBeGreaterThan(start * 1.8);
    expect(requests.some((u) => u.includes('world-detail'))).toBe(false);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(atlas.map).toHaveAttribute('data-detail', '50m');
    expect(requests.some((u) => u.includes('world-detail'))).toBe(true);
    await expect(atlas.country('SGP')).toBeAttached();
    expect(await page.locator('#borders').evaluate((p) => getComputedStyle(p).vectorEffect)).toBe('non-scaling-stroke');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(width).toBeLessThan(start * 1.5);
  });

  test('the wheel zooms the map', async ({ atlas, page }) => {
    await atlas.goto();
    const width = () => atlas.country('FRA').evaluate((p) => p.getBoundingClientRect().width);
    const start = await width();
    const { x, y } = await atlas.pointOn('FRA');
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -400);
    await expect.poll(width).toBeGreaterThan(start * 1.3);
  });
});

test('the sources view says whose borders the map draws', async ({ page }) => {
  await page.goto('/?view=sources');
  await expect(page.getByRole('heading', { name: 'Whose borders the map draws' })).toBeVisible();
  await expect(page.getByText(/de facto/).first()).toBeVisible();
  await expect(page.getByText(/Kosovo \(XKX/)).toBeVisible();
});

test.describe('zoom, continued', () => {
  test('dragging pans the zoomed map', async ({ atlas, page }) => {
    await atlas.goto();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await atlas.waitForZoomToSettle();
    const before = await page.locator('.zoom-layer').getAttribute('transform');
    const box = await atlas.mapCanvas.boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 40, { steps: 6 });
    await page.mouse.up();
    await expect(page.locator('.zoom-layer')).not.toHaveAttribute('transform', before ?? '');
  });

  test('with reduced motion, selecting a country jumps straight to it', async ({ atlas, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await atlas.goto();
    await atlas.listButton('Kenya').click();
    // The zoom loads when it is first needed; once it moves, it moves in one step, to stay.
    await expect(page.locator('.zoom-layer')).toHaveAttribute('transform', /scale\((?!1\))/);
    const first = await page.locator('.zoom-layer').getAttribute('transform');
    await page.waitForTimeout(300);
    await expect(page.locator('.zoom-layer')).toHaveAttribute('transform', first ?? '');
  });
});
