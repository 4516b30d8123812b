// The one module that touches `history`: the URL mirrors the store, and Back and
// Forward move the store.
import type { StoreApi } from 'zustand/vanilla';
import type { AtlasState } from './store.ts';
import { checkUrl, pickUrlState, URL_FIELDS, type Addresses, type ParsedUrl, type UrlContext, type UrlState } from './url.ts';

export interface UrlSyncOptions {
  store: StoreApi<AtlasState>;
  /** What a parsed link is checked against; a promise while ids it names are being fetched. */
  contextFor: (parsed: ParsedUrl) => UrlContext | Promise<UrlContext>;
  titleFor: (state: UrlState) => string;
  /** How views and addresses map to each other. */
  addresses: Addresses;
  /**
   * Whether each change of view is a step of its own in the history: not in a page framed in another
   * site's (an embed), whose steps would be that page's, and its Back button would move the frame.
   */
  steps?: boolean;
  win?: Window;
}

export interface UrlSync {
  /** Settles once the URL the page opened with has been read into the store. */
  ready: Promise<void>;
  stop: () => void;
}

/** Reads the view from the URL, then keeps the two in step. */
export function startUrlSync({ store, contextFor, titleFor, win = window, addresses, steps = true }: UrlSyncOptions): UrlSync {
  let applying = false;
  // Each reading of the URL, and each change the user makes, takes a turn; a reading whose ids
  // arrive after a later turn is dropped, so that a slow fetch never undoes a newer view.
  let turn = 0;
  const { history, location, document } = win;

  const apply = (parsed: ParsedUrl, context: UrlContext) => {
    const { state, notices } = checkUrl(parsed, context);
    applying = true;
    store.setState({ ...state, notice: notices[0] ?? null });
    applying = false;
    // Aliases, alpha-2 codes, old `?country=` links and unknown values are rewritten in place, adding no history entry.
    const canonical = addresses.write(state);
    if (canonical !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', `${canonical}${location.hash}`);
    document.title = titleFor(state);
  };

  const applyLocation = async () => {
    const mine = ++turn;
    const parsed = addresses.read(location);
    const context = await contextFor(parsed);
    if (mine === turn) apply(parsed, context);
  };

  const ready = applyLocation();
  const onPopState = () => void applyLocation();
  win.addEventListener('popstate', onPopState);
  const unsubscribe = store.subscribe((next, prev) => {
    // Only a change to what a link carries is written; a notice shown or dismissed is not.
    if (applying || URL_FIELDS.every((key) => next[key] === prev[key])) return;
    turn++;
    const address = addresses.write(pickUrlState(next));
    if (steps) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
    document.title = titleFor(next);
  });
  return {
    ready,
    stop: () => {
      win.removeEventListener('popstate', onPopState);
      unsubscribe();
    },
  };
}
