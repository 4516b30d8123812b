import { useLayoutEffect, type RefObject } from 'react';

// Type shrinks a twentieth at a time, to no less than this share of its size: below it, the text scrolls.
const STEP = 0.05;
const SMALLEST = 0.6;

const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

/**
 * Fits a step's text to its box, as a slide's text is fitted: a long quote on a short projector
 * screen is set smaller rather than run under the buttons or out of sight. The box's size comes
 * from the screen, not from the text, so fitting never changes what is fitted to; `step` refits
 * when the text changes.
 */
export function useFitText(box: RefObject<HTMLElement | null>, step: unknown) {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => {
      let scale = 1;
      el.style.fontSize = '';
      while (scale > SMALLEST && overflows(el)) {
        scale = Math.round((scale - STEP) * 100) / 100;
        el.style.fontSize = `${scale}em`;
      }
      el.dataset.fit = String(scale);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box, step]);
}
