import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

test.describe('WCAG 2.2 AA (axe)', () => {
  for (const [name, search] of [
    ['the overview', ''],
    ['a country view', '?country=NZL'],
    ['the table view', '?view=table&country=THA'],
    ['the sources view', '?view=sources'],
    ['the colour-by-kind map', '?measure=kind&speaker=report'],
    ['the reader', '?article=csi-2017-07&quote=csi-presences-ken'],
    ['the tour', '?tour=2'],
  ] as const) {
    test(`${name} has no violations`, async ({ page }) => {
      await page.goto(`/${search}`);
      await expect(page.locator('#root')).not.toBeEmpty();
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
    });
  }

  test('the dark colour scheme has no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?country=KEN');
    await expect(page.getByRole('complementary')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the toolbar's menus, open, have no violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/?country=KEN');
      await expect(page.locator('html[data-atlas="ready"]')).toBeAttached();
      for (const menu of ['Share', 'Download']) {
        await page.getByRole('button', { name: menu, exact: true }).click();
        await expect(page.getByRole('menu')).toBeVisible();
        expect(await violations(page), menu).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('menu')).toBeHidden();
        // Escape closed the menu only, not the country's panel under it.
        await expect(page.getByRole('complementary')).toBeVisible();
      }
    });
  }

  // The tour stays light on a dark system, as on a projector; its buttons with it.
  for (const [name, search, ready] of [
    ['the tour', '?tour=2', 'dialog'],
    ['the table view', '?view=table&country=THA', 'table'],
  ] as const) {
    test(`${name} in the dark colour scheme has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/${search}`);
      await expect(page.getByRole(ready).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
    });
  }
});
