import { expect, type Locator, type Page } from '@playwright/test';
import { hitPoint } from '../../tools/browser/hit-point.ts';

/** The atlas as a user sees it: map, legend, list, panel and notices. */
export class AtlasPage {
  readonly map: Locator;
  readonly mapCanvas: Locator;
  readonly countryShapes: Locator;
  readonly legendEntries: Locator;
  readonly countryList: Locator;
  readonly tooltip: Locator;
  readonly panel: Locator;
  readonly panelHeading: Locator;
  readonly panelSummary: Locator;
  readonly quotes: Locator;
  readonly closeButton: Locator;
  readonly notice: Locator;
  readonly shareButton: Locator;
  readonly reader: Locator;
  readonly readerCurrent: Locator;
  readonly readerQuoted: Locator;
  readonly readerFurniture: Locator;
  /** The step through the editions, under the map when it is coloured by report. */
  readonly editions: Locator;
  readonly editionSlider: Locator;
  readonly earlierEdition: Locator;
  readonly laterEdition: Locator;
  /** The legend's sentence on what changed. */
  readonly changes: Locator;

  constructor(readonly page: Page) {
    this.map = page.locator('svg.world-map');
    this.mapCanvas = page.getByRole('application', { name: /^World map/ });
    this.countryShapes = this.map.locator('path[data-iso3]');
    this.legendEntries = page.getByRole('region', { name: /How many of the/ }).getByRole('listitem');
    this.countryList = page.getByRole('navigation', { name: 'Countries in the articles' });
    this.tooltip = page.getByRole('tooltip');
    this.panel = page.getByRole('complementary');
    this.panelHeading = this.panel.getByRole('heading', { level: 2 });
    this.panelSummary = this.panel.locator('.panel-summary');
    this.quotes = this.panel.getByRole('figure');
    this.closeButton = this.panel.getByRole('button', { name: 'Close the country panel' });
    this.notice = page.getByRole('status').filter({ hasText: /No country matches/ });
    this.shareButton = page.getByRole('button', { name: 'Share', exact: true });
    this.reader = page.getByRole('dialog');
    this.readerCurrent = this.reader.locator('.article-text mark.current');
    this.readerQuoted = this.reader.locator('.article-text mark.quoted');
    this.readerFurniture = this.reader.locator('.article-text .furniture');
    this.editions = page.getByRole('group', { name: 'Editions' });
    this.editionSlider = this.editions.getByRole('slider', { name: 'Edition' });
    this.earlierEdition = this.editions.getByRole('button', { name: 'Earlier' });
    this.laterEdition = this.editions.getByRole('button', { name: 'Later' });
    this.changes = page.locator('.legend-changes');
  }

  async goto(search = '') {
    await this.page.goto(`/${search}`);
    await expect(this.countryShapes.first()).toBeAttached();
  }

  country(iso3: string): Locator {
    return this.map.locator(`path[data-iso3="${iso3}"]`);
  }

  /** The link around a country's shape, to its page, which opens it before the app runs. */
  countryLink(iso3: string): Locator {
    return this.map.locator(`a:has(> path[data-iso3="${iso3}"])`);
  }

  /** A country's panel drawn ahead, out of sight, because the user looks about to open it. */
  aheadPanel(iso3: string): Locator {
    return this.page.locator(`aside.panel-ahead[data-iso3="${iso3}"]`);
  }

  listButton(name: string): Locator {
    return this.countryList.getByRole('link', { name: new RegExp(`^${name}\\b`) });
  }

  /** A point on screen where the country's shape, not a neighbour or the sea, is what the pointer hits. */
  async pointOn(iso3: string): Promise<{ x: number; y: number }> {
    await this.mapCanvas.scrollIntoViewIfNeeded();
    const point = await this.country(iso3).evaluate(hitPoint, iso3);
    if (!point) throw new Error(`no visible point of ${iso3} on the map`);
    return point;
  }

  async clickCountry(iso3: string) {
    const { x, y } = await this.pointOn(iso3);
    await this.page.mouse.click(x, y);
  }

  async hoverCountry(iso3: string) {
    const { x, y } = await this.pointOn(iso3);
    await this.page.mouse.move(x, y);
  }

  quote(claimId: string): Locator {
    return this.panel.locator(`figure[data-claim="${claimId}"]`);
  }

  /** A filter in the toolbar above the map: whose quotes count, and what the colours show. */
  filter(label: 'Report' | 'Who is quoted' | 'Colour by'): Locator {
    return this.page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: label, exact: true });
  }

  /** Opens the toolbar's Share or Download menu and chooses one of its items. */
  async chooseFromMenu(menu: 'Share' | 'Download', item: string) {
    await this.page.getByRole('button', { name: menu, exact: true }).click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
  }

  viewTab(name: 'Map' | 'Sources'): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
  }

  /**
   * How much of the map's view the country's visible land spans, from 0 to 1: sampled on a grid
   * where the pointer would land on it, so that far-flung islands off screen do not count.
   */
  shareOfView(iso3: string): Promise<number> {
    return this.mapCanvas.evaluate((canvas, code) => {
      const box = canvas.getBoundingClientRect();
      const n = 60;
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const el = document.elementFromPoint(box.left + ((i + 0.5) * box.width) / n, box.top + ((j + 0.5) * box.height) / n);
          if (el?.getAttribute('data-iso3') === code) {
            xs.push(i);
            ys.push(j);
          }
        }
      }
      if (xs.length === 0) return 0;
      return Math.max((Math.max(...xs) - Math.min(...xs) + 1) / n, (Math.max(...ys) - Math.min(...ys) + 1) / n);
    }, iso3);
  }

  /** Waits until the map's zoom transform stops changing, as a person waits for an animation. */
  async waitForZoomToSettle() {
    const transform = () => this.page.locator('.zoom-layer').getAttribute('transform');
    await expect
      .poll(async () => {
        const before = await transform();
        await this.page.waitForTimeout(200);
        return before === (await transform());
      })
      .toBe(true);
  }

  /** The label of a legend entry, by its key (such as `step-new`). */
  legendLabel(key: string): Locator {
    return this.page.locator(`.legend [data-legend="${key}"] .legend-label`);
  }

  /** The countries the map draws with a legend entry's colour. */
  countriesIn(key: string): Promise<string[]> {
    return this.map.locator(`path[data-legend="${key}"]`).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-iso3') ?? '').sort());
  }

  /** The colour a country is filled with, as the page paints it. */
  fillOf(iso3: string): Promise<string> {
    return this.country(iso3).evaluate((el) => getComputedStyle(el).fill);
  }

  /** Each control a person can see, such as `button "Zoom in"`: buttons, fields, choices. */
  visibleControls(): Promise<string[]> {
    return this.page.evaluate(() => {
      const roles = ['button', 'checkbox', 'radio', 'combobox', 'listbox', 'option', 'slider', 'spinbutton', 'switch', 'tab', 'textbox', 'searchbox', 'menuitem'];
      const selector = ['button', 'input', 'select', 'textarea', 'summary', '[contenteditable="true"]', ...roles.map((r) => `[role="${r}"]`)].join(', ');
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getClientRects().length > 0)
        .map((el) => `${el.getAttribute('role') ?? el.localName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}"`);
    });
  }

  /** The publisher and headline or date of each quote in the panel. */
  citations(): Promise<string[]> {
    return this.quotes.locator('cite').allInnerTexts();
  }
}
