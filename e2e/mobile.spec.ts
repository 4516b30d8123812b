import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

// Runs in the "mobile" project: a phone's narrow viewport, touch and device scale.
test.describe('on a phone', () => {
  test('a tap on the map selects a country, which opens as a bottom sheet', async ({ atlas, page }) => {
    await atlas.goto();
    const { x, y } = await atlas.pointOn('KEN');
    await page.touchscreen.tap(x, y);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await expect(atlas.tooltip).toHaveCount(0);
    const sheet = await atlas.panel.boundingBox();
    const viewport = page.viewportSize();
    expect(sheet && viewport && Math.round(sheet.y + sheet.height)).toBe(viewport?.height);
  });

  test('with a sheet open, the country list stays usable and the page does not scroll sideways', async ({ atlas, page }) => {
    await atlas.goto('?country=NZL');
    await atlas.listButton('Kenya').tap();
    await expect(atlas.panelHeading).toHaveText('Kenya');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  });

  test('the table never makes the page scroll sideways: it scrolls inside its own box', async ({ page }) => {
    await page.goto('/?view=table');
    const box = page.locator('.table-scroll').filter({ has: page.getByRole('table') });
    await expect(box).toBeVisible();
    const width = page.viewportSize()?.width ?? 0;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const [inner, outer] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(inner).toBeGreaterThan(outer ?? 0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the bottom sheet has no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/?country=NZL');
      await expect(page.getByRole('complementary')).toBeVisible();
      await expect(page.locator('html[data-atlas="ready"]')).toBeAttached();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    });
  }

  test('the sheet opens at half height, and its handle moves it between peek, half and full by drag, tap or keys', async ({ atlas, page }) => {
    await page.goto('/country/kenya/');
    await expect(page.locator('html[data-atlas="ready"]')).toBeAttached();
    const height = page.viewportSize()?.height ?? 0;
    const handle = atlas.panel.locator('.sheet-handle');
    const settlesAt = (y: number) => expect.poll(async () => Math.abs(((await atlas.panel.boundingBox())?.y ?? -99) - y)).toBeLessThan(4);
    // Half: a little under half the screen, the map and the country above it.
    await settlesAt(height * 0.55);
    await expect(handle).toHaveAccessibleName('Show the country on the whole screen');
    await handle.tap();
    await settlesAt(48);
    await expect(handle).toHaveAccessibleName('Show less of the country, and the map');
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await settlesAt(height * 0.55);
    // A finger drags it most of the way down: it settles at peek, the heading still showing.
    const box = await handle.boundingBox();
    if (!box) throw new Error('the sheet has no handle');
    const cdp = await page.context().newCDPSession(page);
    const x = box.x + box.width / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: box.y + box.height / 2 }] });
    for (const y of [box.y + 60, box.y + 160, height - 150]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settlesAt(height - 136);
    await expect(atlas.panelHeading).toBeInViewport();
    await expect(handle).toHaveAccessibleName('Show more of the country');
    // A mouse drags it back up past the middle: it settles at half, and its release is not taken for a press as well.
    const peek = await handle.boundingBox();
    if (!peek) throw new Error('the sheet has no handle');
    await page.mouse.move(x, peek.y + peek.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, height * 0.5, { steps: 6 });
    await page.mouse.up();
    await settlesAt(height * 0.55);
  });
});
