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

  test('the mobile layout has no WCAG 2.2 AA violations', async ({ page }) => {
    await page.goto('/?country=NZL');
    await expect(page.getByRole('complementary')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
  });
});
