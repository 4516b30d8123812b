import { DATA, expect, test } from './fixtures.ts';

// A country the user is about to open is got ready first: its panel is drawn out of sight, so that
// the click only has to move it into place.
test.describe('a country about to be opened', () => {
  const nzQuotes = DATA.claims.filter((c) => c.country === 'NZL').length;

  test('resting the pointer on it draws its panel ahead, out of sight and out of reach; the click shows that same panel', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.hoverCountry('NZL');
    const ahead = atlas.aheadPanel('NZL');
    await expect(ahead).toBeAttached();
    await expect(ahead).toBeHidden();
    await expect(ahead).toHaveAttribute('aria-hidden', 'true');
    await expect(ahead).toHaveAttribute('inert', '');
    // Nothing of it reaches a screen reader, the keyboard or the URL.
    await expect(atlas.panel).toHaveCount(0);
    await expect(page).toHaveURL(/:\d+\/$/);
    // Drawn ahead: the cards that can be in view, not all of them.
    const drawnAhead = await ahead.getByRole('figure', { includeHidden: true }).count();
    expect(drawnAhead).toBeGreaterThan(0);
    expect(drawnAhead).toBeLessThan(nzQuotes);
    await ahead.evaluate((element) => ((window as unknown as { drawnAhead: Element }).drawnAhead = element));

    await atlas.clickCountry('NZL');
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    await expect(atlas.panelHeading).toBeFocused();
    await expect(atlas.quotes).toHaveCount(nzQuotes);
    expect(await atlas.panel.evaluate((element) => (window as unknown as { drawnAhead: Element }).drawnAhead === element)).toBe(true);
    await expect(atlas.panel).not.toHaveAttribute('inert');
    await expect(atlas.panel).not.toHaveAttribute('aria-hidden');
    await expect(page).toHaveURL(/\/country\/new-zealand\/$/);
  });

  test('pressing on it gets it ready while the button is down, with no hover first (as a tap)', async ({ atlas }) => {
    await atlas.goto();
    await atlas.country('KEN').dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true, button: 0, bubbles: true });
    await expect(atlas.aheadPanel('KEN')).toBeAttached();
    await expect(atlas.panel).toHaveCount(0);
  });

  test('the keyboard resting on a country in the map gets it ready; Enter shows it', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.mapCanvas.focus();
    await page.keyboard.press('ArrowLeft');
    const moved = await atlas.map.locator('.focus-outline').getAttribute('data-focused');
    expect(moved).toMatch(/^[A-Z]{3}$/);
    expect(moved).not.toBe('NZL');
    await expect(atlas.aheadPanel(moved ?? '')).toBeAttached();
    await page.keyboard.press('Enter');
    await expect(atlas.panel).toHaveAttribute('data-iso3', moved ?? '');
    await expect(atlas.panelHeading).toBeFocused();
  });

  test('a panel drawn ahead stays out of sight while another country is open, and opening it replaces that one', async ({ atlas, page }) => {
    await atlas.goto('?country=KEN');
    await expect(atlas.panelHeading).toHaveText('Kenya');
    const nz = atlas.listButton('New Zealand');
    await nz.hover();
    await expect(atlas.aheadPanel('NZL')).toBeAttached();
    await expect(atlas.aheadPanel('NZL')).toBeHidden();
    await expect(atlas.panel).toHaveCount(1);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await nz.click();
    await expect(atlas.panel).toHaveCount(1);
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    await expect(atlas.panelHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(atlas.panel).toHaveCount(0);
    await expect(nz).toBeFocused();
  });

  test('closing a panel that was got ready ahead gives focus back, with no panel left in sight', async ({ atlas, page }) => {
    await atlas.goto();
    const nz = atlas.listButton('New Zealand');
    await nz.hover();
    await expect(atlas.aheadPanel('NZL')).toBeAttached();
    await nz.click();
    await expect(atlas.panelHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(atlas.panel).toHaveCount(0);
    await expect(nz).toBeFocused();
    // Focus back on its button may get it ready again; only ever out of sight.
    await expect(page.locator('aside.panel:not(.panel-ahead)')).toHaveCount(0);
    await expect(page.locator('aside.panel')).toBeHidden();
  });
});
