import { expect, test } from './fixtures.ts';

test.describe('the guided tour', () => {
  test('“Brief” starts at the overview, and the keys move forward and back with the URL following', async ({ atlas, page }) => {
    await atlas.goto();
    await page.getByRole('button', { name: 'Brief' }).click();
    const tour = page.getByRole('dialog', { name: 'What the reports claim' });
    await expect(tour).toBeVisible();
    await expect(page).toHaveURL(/\?tour=1$/);
    await expect(tour).toContainText('Step 1 of 13');
    for (const [key, step] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      [' ', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
      ['ArrowRight', 3],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect(page).toHaveURL(new RegExp(`\\?tour=${step}$`));
      await expect(page.getByRole('dialog')).toContainText(`Step ${step} of 13`);
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

  test('the second step says what changed between the reports, over the map coloured by report', async ({ page }) => {
    await page.goto('/?tour=2');
    const tour = page.getByRole('dialog', { name: 'What changed between the reports' });
    await expect(tour).toContainText('The April 2018 report names two countries the July 2017 report did not: Bangladesh and Thailand.');
    await expect(tour.getByRole('img', { name: 'World map of the named countries, coloured by which reports name each' })).toBeVisible();
    await expect(tour.getByRole('list', { name: 'The map’s colours' }).getByRole('listitem')).toHaveText([
      'Named in both reports (July 2017 and April 2018) · 8 countries',
      'Only in the April 2018 report: new · 2 countries',
    ]);
    // Thailand and Bangladesh share the later report's colour, and India the colour of both.
    const paint = (iso3: string) => tour.locator(`path.tour-country[data-iso3="${iso3}"]`).getAttribute('data-paint');
    expect(await paint('THA')).toBe(await paint('BGD'));
    expect(await paint('IND')).toBe(await paint('MYS'));
    expect(await paint('THA')).not.toBe(await paint('IND'));
  });

  test('the briefing follows the report filter: the July 2017 report’s has no step for Thailand', async ({ page }) => {
    await page.goto('/?report=rf-2017-07&tour=1');
    const counter = page.locator('.tour-counter');
    // An overview, what changed, the eight countries that report names, and the sources.
    await expect(counter).toHaveText('Step 1 of 11');
    const titles: string[] = [];
    for (let step = 2; step <= 11; step++) {
      await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(`Step ${step} of 11`);
      titles.push((await page.locator('#tour-title').textContent()) ?? '');
    }
    expect(titles.join(' · ')).toContain('India');
    expect(titles.join(' · ')).not.toMatch(/Thailand|Bangladesh/);
    await expect(page).toHaveURL(/report=rf-2017-07/);
  });

  test('?tour=N opens step N, reload keeps it, and each country step shows its strongest quote with its citation', async ({ page }) => {
    await page.goto('/?tour=12');
    const tour = page.getByRole('dialog', { name: 'Thailand' });
    await expect(tour).toBeVisible();
    await expect(tour.locator('blockquote')).toHaveText(/^Thailand and Bangladesh host North Korean state-run restaurants/);
    await expect(tour).toContainText('SecurityBrief New Zealand');
    await expect(tour).toContainText('https://securitybrief.co.nz/story/north-koreas-threat-actors-operating-other-countries');
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Thailand' })).toContainText('Step 12 of 13');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: 'Sources' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?tour=13$/);
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
    await expect(page.getByRole('status').filter({ hasText: 'The briefing has steps 1 to 13; there is no step “40”.' })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
