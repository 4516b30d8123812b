import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutReading {
  viewport: { width: number; height: number };
  /** How wide the page is: more than the viewport means it scrolls sideways. */
  scrollWidth: number;
  /** Pairs of text boxes on screen that overlap, each named by its start. */
  overlaps: string[];
  /** Text on screen that runs past the viewport's left or right edge. */
  cutOff: string[];
}

/** Runs in the page: every run of text a person can see, with its boxes (one per line). */
function readLayout(): LayoutReading {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const texts: { el: Element; label: string; boxes: DOMRect[] }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('.visually-hidden, option, script, style, title, [hidden]')) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    // Only what shows: inside the viewport's height, and the topmost thing at the box's middle.
    const boxes = [...range.getClientRects()].filter((r) => {
      if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= height) return false;
      const x = Math.min(width - 1, Math.max(0, r.left + r.width / 2));
      const y = Math.min(height - 1, Math.max(0, r.top + r.height / 2));
      const top = document.elementFromPoint(x, y);
      return !!top && (top === el || el.contains(top) || top.contains(el));
    });
    if (boxes.length > 0) texts.push({ el, label: text.slice(0, 40), boxes });
  }
  const overlaps: string[] = [];
  const SLACK = 2;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const hit = a.boxes.some((p) => b.boxes.some((q) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > SLACK && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > SLACK));
      if (hit) overlaps.push(`“${a.label}” × “${b.label}”`);
    }
  }
  const cutOff = texts.filter((t) => t.boxes.some((r) => r.left < -1 || r.right > width + 1)).map((t) => t.label);
  return { viewport: { width, height }, scrollWidth: document.documentElement.scrollWidth, overlaps, cutOff };
}

/** Reads the page's geometry, as a person sees it, rather than comparing pixels. */
export class LayoutProbe {
  constructor(readonly page: Page) {}

  read(): Promise<LayoutReading> {
    return this.page.evaluate(readLayout);
  }

  /** The element's box on screen, or null when it is not there. */
  async box(selector: string): Promise<Box | null> {
    const element = this.page.locator(selector).first();
    return (await element.count()) ? element.boundingBox() : null;
  }

  /** Whether the box lies wholly inside the first screen (the page scrolled to its top). */
  static whole(box: Box | null, viewport: { width: number; height: number }): boolean {
    return !!box && box.x >= -1 && box.y >= -1 && box.x + box.width <= viewport.width + 1 && box.y + box.height <= viewport.height + 1;
  }
}
