// Before the app has started, a click on a country (on the map or in a list) is answered by the page
// it links to: fetched, and its view morphed into this one (morphdom changes only what differs, so the
// map's shapes stay as they are and are not laid out again), the address pushed. The app, when it
// starts, takes over whichever page is then on screen. A page is fetched as soon as the pointer is on
// its link, or it is pressed, so that it is usually there when the button comes up.
import morphdom from 'morphdom';
import { PAGE_DATA_ID } from '../page-data.ts';
import { APP_SCRIPTS_ID } from './preload-app.ts';
import { carryingView, isPlainClick, pageLinkOf } from './page-link.ts';

export interface EarlyNavigation {
  /** Hands the page to the app: nothing is answered here from then on. Resolves once a page on its way is on screen. */
  stop(): Promise<void>;
}

/** The parts of a page's head that differ between pages, and follow it when the view is morphed. */
const HEAD_PARTS = ['title', 'meta[name="description"]', 'link[rel="canonical"]'];

/** `root` finds the element that holds the view: the page may still be arriving when this starts. */
/** `steps`: whether each page opened is a step of its own in the history (not in an embed page, framed in another site's). */
export function startEarlyNavigation(root: () => HTMLElement | null, base: string, steps = true): EarlyNavigation {
  // Each page's HTML is fetched when the pointer comes onto its link; it is read into a document, a
  // task of its own, only when the link is pressed, so that passing over countries costs nothing.
  const texts = new Map<string, Promise<string>>();
  const documents = new Map<string, Promise<Document>>();
  let current = location.href;
  let latest = 0;
  let pending = Promise.resolve();
  // A page is one file whatever its address's parameters: it is fetched, and kept, without them.
  // The file by its own name, as the offline cache keeps it (country/<slug>/index.html).
  const fileOf = (url: URL) => `${url.origin}${url.pathname}index.html`;
  const textOf = (url: URL): Promise<string> => {
    const file = fileOf(url);
    let text = texts.get(file);
    if (!text) {
      text = fetch(file, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
        return response.text();
      });
      // A page that could not be fetched is asked for again next time, and the click goes to the browser.
      text.catch(() => {
        texts.delete(file);
        documents.delete(file);
      });
      texts.set(file, text);
    }
    return text;
  };
  const pageAt = (url: URL): Promise<Document> => {
    const file = fileOf(url);
    let page = documents.get(file);
    if (!page) documents.set(file, (page = textOf(url).then((html) => new DOMParser().parseFromString(html, 'text/html'))));
    return page;
  };

  const show = async (url: URL, push: boolean) => {
    const mine = ++latest;
    let next: Document;
    try {
      next = await pageAt(url);
    } catch {
      // Left to the browser, unless a later click has been answered meanwhile.
      if (mine !== latest) return;
      if (push) location.assign(url);
      else location.reload();
      return;
    }
    // morphdom moves the next page's nodes into this one, so a document is used once; its text stays.
    documents.delete(fileOf(url));
    // A later click wins.
    if (mine !== latest) return;
    const view = root();
    const nextRoot = view && next.getElementById(view.id);
    const data = document.getElementById(PAGE_DATA_ID);
    const nextData = next.getElementById(PAGE_DATA_ID);
    // A page of another build (the site was updated since this one loaded) is loaded whole, with its own app.
    const sameBuild = document.getElementById(APP_SCRIPTS_ID)?.textContent === next.getElementById(APP_SCRIPTS_ID)?.textContent;
    if (!view || !nextRoot || !data || !nextData || !sameBuild) {
      location.assign(url);
      return;
    }
    if (push && steps) history.pushState(null, '', url);
    else if (push) history.replaceState(null, '', url);
    current = location.href;
    // An element the same as the next page's (most of the map's shapes) is left as it is, unvisited.
    morphdom(view, nextRoot, { onBeforeElUpdated: (from, to) => !from.isEqualNode(to) });
    data.textContent = nextData.textContent;
    // Focus goes to the new panel's heading, as the app's does when a country opens; and a shape's
    // link, which only a click can focus, keeps no focus ring around the country.
    const heading = view.querySelector<HTMLElement>('aside.panel h2[tabindex="-1"]');
    if (heading) heading.focus({ preventScroll: true });
    else if (document.activeElement instanceof SVGElement) document.activeElement.blur();
    for (const selector of HEAD_PARTS) {
      const here = document.head.querySelector(selector);
      const there = next.head.querySelector(selector);
      if (here && there) here.replaceWith(document.importNode(there, true));
    }
  };

  const ahead = (event: Event) => {
    const url = pageLinkOf(event, root(), base);
    if (url && url.pathname !== location.pathname) void (event.type === 'pointerdown' ? pageAt(url) : textOf(url)).catch(() => undefined);
  };
  const click = (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    const url = pageLinkOf(event, root(), base);
    if (!url) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // The page is the same file whatever the address's parameters; they stay for the app to apply.
    const next = carryingView(url, location.search);
    // The page on screen again: nothing to fetch, and a page still on its way is no longer wanted.
    if (next.href === current) latest++;
    else pending = show(next, true);
  };
  // Back and Forward between pages opened here, before the app has started.
  const popstate = () => {
    if (location.href !== current) pending = show(new URL(location.href), false);
  };

  const listening = new AbortController();
  const options = { capture: true, signal: listening.signal };
  addEventListener('pointerover', ahead, options);
  addEventListener('pointerdown', ahead, options);
  addEventListener('focusin', ahead, options);
  addEventListener('click', click, options);
  addEventListener('popstate', popstate, { signal: listening.signal });
  return {
    stop() {
      listening.abort();
      return pending;
    },
  };
}
