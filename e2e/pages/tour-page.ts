import { expect, type Locator, type Page } from '@playwright/test';

/** How the tour's step sits on the screen: each problem a person would see, in words. */
export interface TourLayout {
  /** Two pieces of text drawn over each other, or over the map. */
  overlaps: string[];
  /** Text under a button, or two buttons over each other. */
  underButtons: string[];
  /** Text or a button out of the screen, or hidden by the box it sits in. */
  cutOff: string[];
  /** How far the page or any box in the tour scrolls sideways, in pixels. */
  sidewaysScroll: number;
}

/** The briefing as the room sees it: one step a screen, its map, its text and its buttons. */
export class TourPage {
  readonly dialog: Locator;
  readonly counter: Locator;
  readonly next: Locator;
  readonly map: Locator;
  readonly locatorInset: Locator;
  readonly locatorRing: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.counter = this.dialog.getByText(/^Step \d+ of \d+$/);
    this.next = this.dialog.getByRole('button', { name: 'Next ›' });
    this.map = this.dialog.locator('svg.tour-map');
    this.locatorInset = this.map.locator('svg.locator-inset');
    this.locatorRing = this.locatorInset.locator('.locator-inset-ring');
  }

  async goto(step: number) {
    await this.page.goto(`/?tour=${step}`);
    await expect(this.dialog).toHaveAttribute('data-step', String(step));
  }

  /** How many steps the briefing has, as its counter says. */
  async stepCount(): Promise<number> {
    const text = (await this.counter.textContent()) ?? '';
    return Number(/of (\d+)/.exec(text)?.[1] ?? 0);
  }

  /** Moves on a step with the key a presentation clicker sends. */
  async forward(to: number) {
    await this.page.keyboard.press('PageDown');
    await expect(this.dialog).toHaveAttribute('data-step', String(to));
  }

  /** Whether the step shows a country: its map is zoomed to it. */
  async isZoomed(): Promise<boolean> {
    return (await this.dialog.locator('.tour-selected').count()) > 0;
  }

  /**
   * Reads the geometry of the step as drawn: every line of text, every button, the map. With
   * `scrolls`, text that the step's own scrolling box holds out of sight counts as in reach (a
   * phone's long steps); without, everything must be in sight at once (a projector).
   */
  layout({ scrolls }: { scrolls: boolean }): Promise<TourLayout> {
    return this.dialog.evaluate((tour, scrolls): TourLayout => {
      interface Box {
        left: number;
        top: number;
        right: number;
        bottom: number;
      }
      const TOLERANCE = 1;
      const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const meet = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
      const overlap = (a: Box, b: Box) => {
        const m = meet(a, b);
        return m.right - m.left > TOLERANCE && m.bottom - m.top > TOLERANCE;
      };
      const screen: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible' || getComputedStyle(el).overflowY !== 'visible';
      // What of a box shows: the part inside the screen and inside every box around it that clips.
      const visible = (el: Element, r: Box): Box => {
        let shown = meet(r, screen);
        for (let a = el.parentElement; a; a = a.parentElement) if (clips(a)) shown = meet(shown, box(a.getBoundingClientRect()));
        return shown;
      };
      const sideways = (r: Box, shown: Box) => shown.left - r.left > TOLERANCE || r.right - shown.right > TOLERANCE;
      const upOrDown = (r: Box, shown: Box) => shown.top - r.top > TOLERANCE || r.bottom - shown.bottom > TOLERANCE;
      const scrollsDown = (el: Element) => {
        for (let a = el.parentElement; a && a !== tour.parentElement; a = a.parentElement) if (a.scrollHeight > a.clientHeight + TOLERANCE && /auto|scroll/.test(getComputedStyle(a).overflowY)) return true;
        return false;
      };

      // Each line of each piece of text, from the text's own boxes, so that text running out of its paragraph counts.
      const lines: { node: number; text: string; el: Element; rect: Box; shown: Box }[] = [];
      const walker = document.createTreeWalker(tour, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(), i = 0; node; node = walker.nextNode(), i++) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim() || el.closest('svg')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width >= 1 && r.height >= 1) lines.push({ node: i, text: node.textContent.trim().slice(0, 40), el, rect: box(r), shown: visible(el, box(r)) });
      }
      const buttons = [...tour.querySelectorAll('button')].map((el) => ({ name: el.textContent?.trim() ?? '', el, rect: box(el.getBoundingClientRect()) }));
      const maps = [...tour.querySelectorAll('svg.tour-map')].map((m) => box(m.getBoundingClientRect()));

      const overlaps: string[] = [];
      const underButtons: string[] = [];
      const cutOff: string[] = [];
      const text = lines.filter((l) => !l.el.closest('button'));
      // The step's bands (its header, its map and text, its buttons): text that runs out of its own band runs into the next.
      const band = (el: Element) => [...tour.children].find((child) => child.contains(el));
      for (const l of text) {
        const own = band(l.el);
        const within = own && meet(l.shown, box(own.getBoundingClientRect()));
        if (within && (upOrDown(l.shown, within) || sideways(l.shown, within))) overlaps.push(`“${l.text}” runs out of its band into the next`);
      }
      for (const [i, a] of text.entries()) {
        for (const b of text.slice(i + 1)) if (a.node !== b.node && overlap(a.rect, b.rect)) overlaps.push(`“${a.text}” and “${b.text}”`);
        if (maps.some((m) => overlap(a.rect, m))) overlaps.push(`“${a.text}” and the map`);
        for (const button of buttons) if (overlap(a.shown, button.rect)) underButtons.push(`“${a.text}” under “${button.name}”`);
      }
      for (const [i, a] of buttons.entries()) for (const b of buttons.slice(i + 1)) if (overlap(a.rect, b.rect)) underButtons.push(`“${a.name}” and “${b.name}”`);
      for (const l of lines) if (sideways(l.rect, l.shown) || (upOrDown(l.rect, l.shown) && !(scrolls && scrollsDown(l.el)))) cutOff.push(`“${l.text}”`);
      for (const b of buttons) {
        const shown = visible(b.el, b.rect);
        if (sideways(b.rect, shown) || upOrDown(b.rect, shown)) cutOff.push(`button “${b.name}”`);
      }

      const scrollers = [document.documentElement, ...tour.querySelectorAll('*')].filter((el) => el === document.documentElement || clips(el));
      const sidewaysScroll = Math.max(0, ...scrollers.map((el) => el.scrollWidth - el.clientWidth));
      return { overlaps, underButtons, cutOff, sidewaysScroll };
    }, scrolls);
  }
}
