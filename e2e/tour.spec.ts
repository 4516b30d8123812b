import { expect, test } from './fixtures.ts';

test.describe('the guided tour', () => {
  test('“Brief” starts at the overview, and the keys move forward and back with the URL following', async ({ atlas, page }) => {
    await atlas.goto();
    await page.getByRole('button', { name: 'Brief' }).click();
    const tour = page.getByRole('dialog', { name: 'What the reports claim' });
    await expect(tour).toBeVisible();
    await expect(page).toHaveURL(/\?tour=1$/);
    await expect(tour).toContainText('Step 1 of 12');
    for (const [key, step] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      [' ', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect(page).toHaveURL(new RegExp(`\\?tour=${step}$`));
      await expect(page.getByRole('dialog')).toContainText(`Step ${step} of 12`);
    }
    await expect(page.getByRole('dialog', { name: 'New Zealand' })).toBeVisible();
    await expect(page.getByRole('dialog').locator('.tour-selected')).toHaveAttribute('data-selected', 'NZL');
    // New Zealand's own claim, not the list it shares with six other countries.
    await expect(page.getByRole('dialog').locator('blockquote')).toContainText('primarily a hub for BitTorrent');
  });

  test('the buttons work from the keyboard, and focus never leaves the tour', async ({ page }) => {
    await page.goto('/?tour=1');
    const next = page.getByRole('button', { name: 'Next ›' });
    await next.focus();
    for (const step of [2, 3, 4]) {
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`\\?tour=${step}$`));
      await expect(next).toBeFocused();
    }
    await page.getByRole('button', { name: '‹ Back' }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?tour=3$/);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.tour') !== null)).toBe(true);
    }
  });

  test('?tour=N opens step N, reload keeps it, and each country step shows its strongest quote with its citation', async ({ page }) => {
    await page.goto('/?tour=11');
    const tour = page.getByRole('dialog', { name: 'Thailand' });
    await expect(tour).toBeVisible();
    await expect(tour.locator('blockquote')).toHaveText(/^Thailand and Bangladesh host North Korean state-run restaurants/);
    await expect(tour).toContainText('SecurityBrief New Zealand');
    await expect(tour).toContainText('https://securitybrief.co.nz/story/north-koreas-threat-actors-operating-other-countries');
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Thailand' })).toContainText('Step 11 of 12');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: 'Sources' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?tour=12$/);
  });

  test('Escape leaves the tour for the normal view of the same country', async ({ atlas, page }) => {
    await page.goto('/?tour=3');
    const name = await page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(atlas.panelHeading).toHaveText(name ?? '');
    await expect(page).toHaveURL(/\/country\/[a-z-]+\/$/);
  });

  test('F toggles full screen', async ({ page }) => {
    await page.goto('/?tour=1');
    await expect(page.getByRole('dialog', { name: 'What the reports claim' })).toBeFocused();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('a step the tour does not have gets a notice', async ({ page }) => {
    await page.goto('/?tour=40');
    await expect(page.getByRole('status').filter({ hasText: 'The briefing has steps 1 to 12; there is no step “40”.' })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
