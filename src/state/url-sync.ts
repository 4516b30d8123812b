// The one module that touches `history`: the URL mirrors the store, and Back and
// Forward move the store.
import type { StoreApi } from 'zustand/vanilla';
import type { AtlasState } from './store.ts';
import { decodeUrl, encodeUrl, pickUrlState, URL_FIELDS, type UrlContext, type UrlState } from './url.ts';

export interface UrlSyncOptions {
  store: StoreApi<AtlasState>;
  context: UrlContext;
  titleFor: (state: UrlState) => string;
  win?: Window;
}

/** Reads the view from the URL, then keeps the two in step. Returns a function that stops it. */
export function startUrlSync({ store, context, titleFor, win = window }: UrlSyncOptions): () => void {
  let applying = false;
  const { history, location, document } = win;

  const applyLocation = () => {
    const { state, notices } = decodeUrl(location.search, context);
    applying = true;
    store.setState({ ...state, notice: notices[0] ?? null });
    applying = false;
    // Aliases, alpha-2 codes and unknown values are rewritten in place, adding no history entry.
    const canonical = encodeUrl(state);
    if (canonical !== location.search) history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
    document.title = titleFor(state);
  };

  applyLocation();
  win.addEventListener('popstate', applyLocation);
  const unsubscribe = store.subscribe((next, prev) => {
    // Only a change to what a link carries is written; a notice shown or dismissed is not.
    if (applying || URL_FIELDS.every((key) => next[key] === prev[key])) return;
    const search = encodeUrl(pickUrlState(next));
    history.pushState(null, '', `${location.pathname}${search}`);
    document.title = titleFor(next);
  });
  return () => {
    win.removeEventListener('popstate', applyLocation);
    unsubscribe();
  };
}
