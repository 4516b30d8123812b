// First click answered: from navigation, a country is clicked as soon as the map is drawn, and
// again every 50 ms, until its panel shows with its quotes. The page decides when to click (the
// first frame with the map's shapes) and where (a point the shape itself takes); Node sends the
// click through CDP as real input. A click may be answered by following a link to the country's
// own page: the time is then read on that page, from the start of the first navigation.
import type { Browser } from '@playwright/test';
import { hitPoint } from '../browser/hit-point.ts';
import { PRESS_MS } from './measure.ts';

export interface FirstClick {
  /** From the start of the navigation to the paint of the first frame that shows the country's panel with quotes, in ms; null when it did not show in time. */
  ms: number | null;
  /** When each click was sent, in ms from the start of the navigation. */
  clicksAt: number[];
  /** Documents the visit went through: more than one when a click followed a link. */
  documents: number;
  /** The address of the document that showed the panel, or of the last one. */
  finalUrl: string;
  /** The same span by Node's clock, from just before the navigation to the page's message that the panel showed: a coarse check, a little longer. */
  wallMs: number | null;
}

export interface ClickTarget {
  iso3: string;
  /** The panel's heading: the country's name. */
  name: string;
}

type Message =
  | { kind: 'document'; timeOrigin: number; url: string }
  | { kind: 'click'; x: number; y: number; at: number }
  | { kind: 'panel'; at: number; url: string };

/** The window of every visit, as measure.ts has it. */
export const VIEWPORT = { width: 1280, height: 800 };

/** How long the page waits after a click before it sends the next one. */
export const CLICK_EVERY_MS = 50;
const SHAPES = 100;
/** How long a document that has begun to leave waits for its successor before it clicks again. */
const LEAVING_MS = 1000;

/**
 * Runs in every document of the visit, from its start. Each frame it looks for the panel; until it
 * shows, it asks for a click once the map has its shapes and 50 ms have passed since the last
 * click's release. Times are the browser's own (epoch-based, sub-millisecond), so they compare
 * across documents.
 */
function inPage(target: ClickTarget & { everyMs: number; shapes: number; leavingMs: number }, hit: typeof hitPoint) {
  const send = (message: Message) => (window as unknown as { __benchFirstClick: (m: Message) => Promise<void> }).__benchFirstClick(message);
  const now = () => performance.timeOrigin + performance.now();
  if (!location.protocol.startsWith('http')) return;
  void send({ kind: 'document', timeOrigin: performance.timeOrigin, url: location.href });
  const inView = (el: Element) => {
    const box = el.getBoundingClientRect();
    const seen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return seen && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !el.closest('[inert], [aria-hidden="true"]');
  };
  // The heading with the country's name in view, and a quote of the same panel in view.
  const panelShown = () =>
    [...document.querySelectorAll('h2')].some((h) => {
      if (h.textContent?.trim() !== target.name || !inView(h)) return false;
      const panel = h.closest('aside') ?? h.parentElement;
      return [...(panel?.querySelectorAll('blockquote') ?? [])].some(inView);
    });
  let busy = false;
  let leaving = false;
  let nextAt = 0;
  // A click that follows a link ends clicking here, and the next document takes over; but should
  // the navigation be dropped (a script changing the address meanwhile), clicking goes on, as a person's would.
  addEventListener('beforeunload', () => {
    leaving = true;
    setTimeout(() => (leaving = false), target.leavingMs);
  });
  const frame = () => {
    // Checked in the frame, before it is drawn: a panel found now is in this frame's paint, which the next task follows.
    if (panelShown()) return void setTimeout(() => void send({ kind: 'panel', at: now(), url: location.href }));
    if (!busy && !leaving && performance.now() >= nextAt && document.querySelectorAll('svg path[data-iso3]').length >= target.shapes) {
      const shape = document.querySelector(`svg path[data-iso3="${target.iso3}"]`);
      const point = shape && hit(shape, target.iso3);
      if (point) {
        busy = true;
        void send({ kind: 'click', ...point, at: now() }).finally(() => {
          busy = false;
          nextAt = performance.now() + target.everyMs;
        });
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The script each document runs first; tsx's helper for function names is stood in for. */
export const firstClickScript = (target: ClickTarget) =>
  `window.__name = window.__name || ((f) => f);\n(${inPage.toString()})(${JSON.stringify({ ...target, everyMs: CLICK_EVERY_MS, shapes: SHAPES, leavingMs: LEAVING_MS })}, ${hitPoint.toString()});`;

/** Loads `url` in a new context (empty cache, no service worker) and clicks `target` until its panel shows, or the time is up. */
export async function firstClick(browser: Browser, url: string, target: ClickTarget, timeoutMs = 30_000): Promise<FirstClick> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const origins: number[] = [];
    const urls: string[] = [];
    const clicksAt: number[] = [];
    let shown!: (m: Extract<Message, { kind: 'panel' }>) => void;
    const panel = new Promise<Extract<Message, { kind: 'panel' }>>((resolve) => (shown = resolve));
    const mouse = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', x: number, y: number) =>
      cdp.send('Input.dispatchMouseEvent', { type, x, y, button: type === 'mouseMoved' ? 'none' : 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount: 1 });
    await page.exposeBinding('__benchFirstClick', async (_source, m: Message) => {
      if (m.kind === 'document') {
        origins.push(m.timeOrigin);
        urls.push(m.url);
      }
      if (m.kind === 'panel') shown(m);
      if (m.kind !== 'click') return;
      clicksAt.push(m.at);
      // The bench's click: the pointer lands, the button is held as a hand holds it, and released.
      // The document may be leaving by then; the click is lost with it.
      await mouse('mouseMoved', m.x, m.y)
        .then(() => mouse('mousePressed', m.x, m.y))
        .then(() => new Promise((done) => setTimeout(done, PRESS_MS)))
        .then(() => mouse('mouseReleased', m.x, m.y))
        .catch(() => undefined);
    });
    await page.addInitScript(firstClickScript(target));
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((done) => (timer = setTimeout(() => done(null), timeoutMs)));
    const end = await Promise.race([panel, timeout]).finally(() => clearTimeout(timer));
    const origin = origins[0];
    if (origin === undefined) throw new Error(`No document of ${url} reported its start.`);
    const common = { clicksAt: clicksAt.map((t) => t - origin), documents: origins.length };
    if (!end) return { ms: null, ...common, finalUrl: urls.at(-1) ?? url, wallMs: null };
    return { ms: end.at - origin, ...common, finalUrl: end.url, wallMs: Date.now() - started };
  } finally {
    await context.close();
  }
}
