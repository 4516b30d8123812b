// The one module that touches `history`: the URL mirrors the store, and Back and
// Forward move the store.
import type { StoreApi } from 'zustand/vanilla';
import type { CountryLookup } from './country-lookup.ts';
import type { AtlasState } from './store.ts';
import { decodeUrl, encodeUrl } from './url.ts';

export interface UrlSyncOptions {
  store: StoreApi<AtlasState>;
  lookup: CountryLookup;
  titleFor: (country: string | null) => string;
  win?: Window;
}

/** Reads the view from the URL, then keeps the two in step. Returns a function that stops it. */
export function startUrlSync({ store, lookup, titleFor, win = window }: UrlSyncOptions): () => void {
  let applying = false;
  const { history, location, document } = win;

  const applyLocation = () => {
    const { state, notices } = decodeUrl(location.search, lookup);
    applying = true;
    store.setState({ country: state.country, notice: notices[0] ?? null });
    applying = false;
    // Aliases, alpha-2 codes and unknown values are rewritten in place, adding no history entry.
    const canonical = encodeUrl(state);
    if (canonical !== location.search) history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
    document.title = titleFor(state.country);
  };

  applyLocation();
  win.addEventListener('popstate', applyLocation);
  const unsubscribe = store.subscribe((next, prev) => {
    if (applying || next.country === prev.country) return;
    history.pushState(null, '', `${location.pathname}${encodeUrl({ country: next.country })}`);
    document.title = titleFor(next.country);
  });
  return () => {
    win.removeEventListener('popstate', applyLocation);
    unsubscribe();
  };
}
