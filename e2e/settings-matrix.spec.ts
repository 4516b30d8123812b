import { hitPoint } from '../tools/browser/hit-point.ts';
import { expect, test } from './fixtures.ts';
import { LayoutProbe } from './pages/layout-probe.ts';

// Every setting people brief in: a projector, laptops, a phone; light and dark; the overview, a
// country and a tour step. Geometry is read from the page; a screenshot of each is kept as an artifact.
const SETTINGS = [
  { name: 'projector 1280×720', width: 1280, height: 720, phone: false },
  { name: 'laptop 1440×900', width: 1440, height: 900, phone: false },
  { name: 'projector 1024×768', width: 1024, height: 768, phone: false },
  { name: 'phone 412×860', width: 412, height: 860, phone: true },
] as const;

const VIEWS = [
  { name: 'overview', path: '/' },
  { name: 'Kenya', path: '/country/kenya/' },
  { name: 'tour step 3', path: '/?tour=3' },
] as const;

/** The share of the screen the map takes at the sizes a briefing has to fill: at 1280×720 a third and more beside an open country. */
const MAP_SHARE: Record<string, { overview: number; country: number }> = { '1280×720': { overview: 0.5, country: 0.35 }, '1440×900': { overview: 0.5, country: 0.3 } };

for (const setting of SETTINGS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${setting.name}, ${scheme}`, () => {
      test.use({ viewport: { width: setting.width, height: setting.height }, colorScheme: scheme, hasTouch: setting.phone, isMobile: setting.phone });

      for (const view of VIEWS) {
        test(`${view.name}: whole, nothing overlapping, cut off or scrolling sideways`, async ({ atlas, page }, testInfo) => {
          await page.goto(view.path);
          await expect(page.locator('html[data-atlas="ready"]')).toBeAttached();
          if (view.name === 'tour step 3') await expect(page.getByRole('dialog', { name: 'New Zealand' })).toBeVisible();
          else await atlas.waitForZoomToSettle();
          // Past the first frame's fonts and the zoom's last step.
          await page.evaluate(() => document.fonts.ready);
          const shot = testInfo.outputPath(`${setting.width}x${setting.height}-${scheme}-${view.name.replace(/\s+/g, '-')}.png`);
          await page.screenshot({ path: shot });
          await testInfo.attach('screenshot', { path: shot, contentType: 'image/png' });

          const probe = new LayoutProbe(page);
          const reading = await probe.read();
          expect(reading.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(setting.width);
          expect(reading.overlaps, 'text over text').toEqual([]);
          expect(reading.cutOff, 'text cut off by the screen').toEqual([]);
          if (view.name === 'tour step 3') return;

          const screen = { width: setting.width, height: setting.height };
          const map = await probe.box('.map-box');
          expect(LayoutProbe.whole(map, screen), `the map is whole in the first screen: ${JSON.stringify(map)}`).toBe(true);
          if (!setting.phone) {
            const legend = await probe.box('.legend');
            expect(LayoutProbe.whole(legend, screen), `the legend is whole in the first screen: ${JSON.stringify(legend)}`).toBe(true);
          }
          const share = MAP_SHARE[`${setting.width}×${setting.height}`];
          const drawn = await probe.box('svg.world-map');
          if (share && drawn) expect(Math.round((drawn.width * drawn.height * 100) / (setting.width * setting.height)) / 100).toBeGreaterThanOrEqual(view.name === 'overview' ? share.overview : share.country);

          if (setting.phone && view.name === 'Kenya') {
            // The country is on screen, and what a finger lands on there is the country, not the sheet.
            const point = await atlas.country('KEN').evaluate(hitPoint, 'KEN');
            expect(point, 'Kenya is on screen and not covered').not.toBeNull();
            const quote = await atlas.quotes.first().locator('blockquote').boundingBox();
            expect(quote && quote.y + 20 < setting.height && quote.y >= 0, `the first quote is on screen: ${JSON.stringify(quote)}`).toBe(true);
          }
        });
      }
    });
  }
}
