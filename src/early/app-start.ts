// When the app starts on a prerendered page. Starting it takes the main thread for a while (its
// script, then the takeover), and a click in that time waits for it; before it, a click on a country
// is answered at once by early-navigation.ts. So the app starts a little after the page has loaded,
// later while the pointer is moving over the page (someone reaching for a country), and at once when
// someone does what only the app can answer: a key, the wheel, a pinch, or pressing a control. A
// control's click, and a choice in a select, made before the app could hear them are given to it
// again once it has started.
import { isPlainClick } from './page-link.ts';

export interface StartTimes {
  /** After the page has loaded, how long the app waits before it starts. */
  afterLoadMs: number;
  /** While the pointer moves over the page, the start waits until it has been still this long. */
  stillMs: number;
  /** The latest the app starts after the page has loaded, however the pointer moves. */
  latestMs: number;
}

export const START_TIMES: StartTimes = { afterLoadMs: 500, stillMs: 300, latestMs: 2500 };

/** Events that need the app at once. */
const NOW = ['keydown', 'wheel'] as const;
/** What a click starts only through the app. */
const CONTROLS = 'button, [role="button"], [role="tab"], [role="menuitem"]';
/** Events on a control that the app should hear, once started. */
const GIVEN_AGAIN = ['click', 'change'] as const;

/**
 * Calls `start` once, when the page wants the app; `start` resolves when the app has taken the page.
 * Returns what stops it all, for a page that goes away first.
 */
export function startWhenWanted(root: () => HTMLElement | null, start: () => Promise<void>, isPageLink: (event: Event) => boolean, times: StartTimes = START_TIMES): () => void {
  let loadedAt: number | null = null;
  let timer = 0;
  let started = false;
  const missed: Event[] = [];
  // Listening for the moment to start, and for what the app would miss until it has.
  const waiting = new AbortController();
  const keeping = new AbortController();

  const go = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    waiting.abort();
    const done = () => {
      keeping.abort();
      return missed.splice(0);
    };
    void start().then(
      () => giveAgain(done()),
      // Without the app the page still works as links: a country clicked meanwhile is opened as one.
      (error: unknown) => {
        const link = done().findLast((event) => event.type === 'click' && isPageLink(event));
        if (link?.target instanceof Element) link.target.closest('a')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        throw error;
      },
    );
  };
  const later = (ms: number) => {
    if (started || loadedAt === null) return;
    clearTimeout(timer);
    const latest = loadedAt + times.latestMs - performance.now();
    timer = window.setTimeout(go, Math.max(0, Math.min(ms, latest)));
  };
  // Pressing anything but a link to a page needs the app; a page link is answered without it.
  const pressed = (event: Event) => {
    if (!isPageLink(event)) go();
  };
  const touched = (event: TouchEvent) => {
    if (event.touches.length > 1) go();
  };
  // A click on a control, or a change to a field, before the app can hear it. A click on a country
  // is answered by early navigation until the app is on its way; from then on it is held for the app.
  const keep = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || !root()?.contains(target)) return;
    if (isPageLink(event)) {
      if (!started || !(event instanceof MouseEvent) || !isPlainClick(event)) return;
      event.preventDefault();
    } else if (event.type === 'click' && !target.closest(CONTROLS)) {
      return;
    }
    missed.push(event);
  };

  const until = { capture: true, passive: true, signal: waiting.signal };
  for (const type of NOW) addEventListener(type, go, until);
  addEventListener('pointerdown', pressed, until);
  addEventListener('touchstart', touched, until);
  addEventListener('pointermove', () => later(times.stillMs), until);
  for (const type of GIVEN_AGAIN) addEventListener(type, keep, { capture: true, signal: keeping.signal });
  const loaded = () => {
    loadedAt = performance.now();
    later(times.afterLoadMs);
  };
  if (document.readyState === 'complete') loaded();
  else addEventListener('load', loaded, { once: true, signal: waiting.signal });
  return () => {
    clearTimeout(timer);
    waiting.abort();
    keeping.abort();
  };
}

/**
 * The events again, on the same elements, for the app's handlers: each click, and each select's
 * last change (React takes over what an event reaches before it answers it). Text typed into a
 * field stays in it, and the app hears the field from the next key on.
 */
function giveAgain(events: Event[]): void {
  for (const [i, event] of events.entries()) {
    const target = event.target;
    if (!(target instanceof Element) || !target.isConnected) continue;
    if (event.type === 'click') {
      const mouse = event as MouseEvent;
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: mouse.button, clientX: mouse.clientX, clientY: mouse.clientY, detail: mouse.detail }));
    } else if (target instanceof HTMLSelectElement && !events.slice(i + 1).some((later) => later.target === target)) {
      target.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}
