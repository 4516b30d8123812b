// One visit to a page in a fresh browser context, measured: what was transferred, when the
// map was drawn, the heap, a hover sweep across the map and a click through to the panel.
import type { Browser, Page } from '@playwright/test';
import { hitPoint } from '../browser/hit-point.ts';
import { bytesOf, recordResponses, totalWith, type Bytes, type Response, type SizesOf } from './first-load.ts';

export type ClickMode = 'cold' | 'rested';

export interface Visit {
  /** From navigation start to the paint of the first frame with the map's shapes in the page, in ms. */
  mapDrawnMs: number;
  /** From navigation start to the frame from which the map answers clicks, in ms. */
  mapInteractiveMs: number;
  /** Compressed bytes over the wire (brotli, as browsers ask for it), until the network is idle after load. */
  bytes: Bytes;
  /** The same total had the server sent gzip (level 6) for every compressed body. */
  gzipTotal: number;
  /** Every response counted in `bytes`. */
  responses: Response[];
  /** JS heap in use after load and a garbage collection, in bytes. */
  heapBytes: number;
  hover: { longTasks: number; longestTaskMs: number; frames: number; droppedFrames: number; mapMutations: number };
  /** From the click's event time to the frame that shows the country's quotes, in ms. */
  clickToPanelMs: number;
  /**
   * The browser's own figure (Event Timing) for the click: from its event time to the next frame put
   * on screen, rasterised and shown, in 8 ms steps; 16 stands for "16 or less", the API's floor.
   */
  clickPresentedMs: number;
  /** 'cold': the pointer lands and presses at once; 'rested': it rests on the country first, as a mouse user's does. Either way the button is held PRESS_MS. */
  clickMode: ClickMode;
}

// Installed before any page script: the click's time, and long tasks and marks from the start.
const INSTRUMENT = () => {
  const w = window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; clicks: number[] } };
  w.__bench = { longTasks: [], clicks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'click') w.__bench.clicks.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  addEventListener('click', (e) => performance.mark('bench:click', { startTime: e.timeStamp }), true);
  // The same test for every page: the paint of the first frame with a hundred country shapes in the document.
  const seen = new MutationObserver(() => {
    if (document.querySelectorAll('svg path[data-iso3]').length < 100) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => performance.mark('bench:map-drawn')));
  });
  seen.observe(document, { childList: true, subtree: true });
};

const markTime = (page: Page, name: string) =>
  page.waitForFunction((n) => performance.getEntriesByName(n).at(-1)?.startTime, name, { timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>);

/** The Event Timing duration of the click; entries come once the frame is shown, and not at all under 16 ms. */
async function presentedClick(page: Page): Promise<number> {
  const read = () => page.evaluate(() => (window as unknown as { __bench: { clicks: number[] } }).__bench.clicks.at(-1) ?? null);
  for (let tries = 0; tries < 20; tries++) {
    const duration = await read();
    if (duration !== null) return duration;
    await page.waitForTimeout(50);
  }
  return 16;
}

async function hoverSweep(page: Page) {
  const box = await page.locator('svg').first().boundingBox();
  if (!box) throw new Error('The map has no box to sweep across.');
  await page.evaluate(() => {
    const w = window as unknown as { __sweep: { frames: number[]; mutations: number; stop: boolean; since: number } };
    const target = document.querySelector('#countries') ?? document.querySelector('svg g');
    const sweep = { frames: [] as number[], mutations: 0, stop: false, since: performance.now() };
    w.__sweep = sweep;
    // Any change to a country's shape during the sweep means the whole map was drawn again.
    new MutationObserver((records) => (sweep.mutations += records.length)).observe(target as Node, { subtree: true, childList: true, attributes: true });
    const frame = (t: number) => {
      sweep.frames.push(t);
      if (!sweep.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const y = box.y + box.height * 0.45;
  const steps = 60;
  for (let i = 0; i <= steps; i++) {
    await page.mouse.move(box.x + (box.width * i) / steps, y);
    await page.waitForTimeout(16);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __sweep: { frames: number[]; mutations: number; stop: boolean; since: number }; __bench: { longTasks: { start: number; duration: number }[] } };
    const s = w.__sweep;
    s.stop = true;
    const tasks = w.__bench.longTasks.filter((t) => t.start >= s.since);
    let dropped = 0;
    for (let i = 1; i < s.frames.length; i++) dropped += Math.max(0, Math.round(((s.frames[i] as number) - (s.frames[i - 1] as number)) / (1000 / 60)) - 1);
    return { longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), frames: s.frames.length, droppedFrames: dropped, mapMutations: s.mutations };
  });
}

/** A point where the country's own shape, not a neighbour or the sea, takes the click. */
export async function pointOn(page: Page, iso3: string): Promise<{ x: number; y: number }> {
  const point = await page.locator(`[data-iso3="${iso3}"]`).first().evaluate(hitPoint, iso3);
  if (!point) throw new Error(`No point of ${iso3} can be clicked on the map.`);
  return point;
}

const REST_MS = 250;
// How long the button is held: about as long as a hand holds it in a click, and a finger in a tap.
export const PRESS_MS = 80;

/** Visits `url` once in a new context (empty cache, no service worker) and clicks `iso3`; `sizesOf` is the server's. */
export async function visit(browser: Browser, url: string, iso3: string, clickMode: ClickMode, sizesOf: SizesOf): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const recorded = await recordResponses(cdp);
    // tsx keeps function names with a helper that the page does not have; give it one.
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript(INSTRUMENT);
    await page.goto(url);
    const mapDrawnMs = await markTime(page, 'bench:map-drawn');
    const mapInteractiveMs = await markTime(page, 'atlas:map-interactive');
    await page.waitForLoadState('networkidle');
    const responses = [...recorded];
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    // The click comes before the sweep, so that nothing about the country has been loaded by hovering.
    const point = await pointOn(page, iso3);
    if (clickMode === 'rested') {
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(REST_MS);
    }
    await page.mouse.click(point.x, point.y, { delay: PRESS_MS });
    const panel = await markTime(page, 'atlas:panel-drawn');
    const click = await markTime(page, 'bench:click');
    const clickPresentedMs = await presentedClick(page);
    await page.keyboard.press('Escape');
    // Back to the whole world, so that the sweep crosses the same map as the reference's.
    const reset = page.getByRole('button', { name: 'Reset zoom' });
    if (await reset.count()) await reset.click();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(900);
    const hover = await hoverSweep(page);
    return { mapDrawnMs, mapInteractiveMs, bytes: bytesOf(responses), gzipTotal: totalWith(responses, sizesOf, 'gzip'), responses, heapBytes, hover, clickToPanelMs: panel - click, clickPresentedMs, clickMode };
  } finally {
    await context.close();
  }
}
