import { devices } from '@playwright/test';
import { expect, test as base } from './fixtures.ts';
import { TourPage } from './pages/tour-page.ts';

const test = base.extend<{ tour: TourPage }>({
  tour: async ({ page }, use) => {
    await use(new TourPage(page));
  },
});

// The screens a briefing is given on: the common projector and meeting-room sizes.
const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

// A phone held upright, by touch. (A device's browser type can only be chosen for a whole project.)
const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
const PHONE = { userAgent, deviceScaleFactor, isMobile, hasTouch, viewport: { ...viewport, width: 412, height: 860 } };

/** Goes through every step of the briefing, reading how each sits on the screen; screenshots the first zoomed step. */
async function everyStep(tour: TourPage, { scrolls, name }: { scrolls: boolean; name: string }) {
  await tour.goto(1);
  const steps = await tour.stepCount();
  expect(steps).toBeGreaterThan(2);
  let screenshot = false;
  for (let n = 1; n <= steps; n++) {
    if (n > 1) await tour.forward(n);
    const zoomed = await tour.isZoomed();
    // The inset shows where the country lies once the locator has found it.
    if (zoomed) await expect(tour.locatorRing).toBeVisible();
    const layout = await tour.layout({ scrolls });
    expect.soft(layout, `step ${n} of ${steps} at ${name}`).toEqual({ overlaps: [], underButtons: [], cutOff: [], sidewaysScroll: 0 });
    if (zoomed && !screenshot) {
      screenshot = true;
      const path = test.info().outputPath(`tour-${name}-step-${n}.png`);
      await tour.page.screenshot({ path });
      await test.info().attach(`tour at ${name}, step ${n}`, { path, contentType: 'image/png' });
    }
  }
  expect(screenshot, 'the briefing zooms to at least one country').toBe(true);
}

// Each test reads every step of the briefing.
test.describe.configure({ timeout: 90_000 });

test.describe('the tour on a projector', () => {
  // The map jumps to each step, as for anyone who asks for less motion, so that each step is read as it rests.
  test.use({ reducedMotion: 'reduce' });

  for (const viewport of PROJECTORS) {
    const name = `${viewport.width}×${viewport.height}`;
    test.describe(name, () => {
      test.use({ viewport });

      test(`every step fits ${name}: no text over text, the map or a button, nothing cut off, no sideways scrolling`, async ({ tour }) => {
        await everyStep(tour, { scrolls: false, name });
      });
    });
  }

  test('a zoomed step shows where its country lies on a world inset, and the overview shows none', async ({ tour }) => {
    await tour.goto(3);
    await expect(tour.dialog).toHaveAccessibleName('New Zealand');
    await expect(tour.locatorInset).toHaveAttribute('data-iso3', 'NZL');
    await expect(tour.locatorRing).toBeVisible();
    const inset = await tour.locatorInset.boundingBox();
    const map = await tour.map.boundingBox();
    expect(inset && map && inset.width > map.width * 0.2 && inset.width < map.width * 0.5).toBe(true);
    await tour.goto(1);
    await expect(tour.locatorInset).toHaveCount(0);
  });
});

test.describe('the tour on a phone', () => {
  test.use({ ...PHONE, reducedMotion: 'reduce' });

  test('every step is one column that fits the width: text and buttons apart and on screen, no sideways scrolling', async ({ tour }) => {
    await everyStep(tour, { scrolls: true, name: '412×860 phone' });
    const map = await tour.map.boundingBox();
    const title = await tour.dialog.getByRole('heading', { level: 2 }).boundingBox();
    // One column: the text under the map, not beside it.
    expect(map && title && title.y >= map.y + map.height).toBe(true);
  });
});
