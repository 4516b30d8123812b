import { useCallback, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand/vanilla';

// The state each store had when the app began to take a prerendered page over.
const pageStates = new WeakMap<StoreApi<never>, unknown>();

/**
 * Remembers the state a prerendered page was drawn with. The app takes the page over a piece at a
 * time (src/components/take-over.tsx), and a piece taken over after the address or a click has
 * changed the view is first drawn as the page had it, then follows the store.
 */
export function takeOverFrom<S>(store: StoreApi<S>): void {
  pageStates.set(store as StoreApi<never>, store.getState());
}

/**
 * A value from a store, as it is now; while the app takes a prerendered page over, as the page
 * was drawn. (zustand's own hook reads the store's first state there, but a page prerendered for
 * one country sets the store to that country first.) On the server, the page state is the state now.
 */
export function useStoreNow<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const read = useCallback(() => selector(store.getState()), [store, selector]);
  const readPage = useCallback(() => {
    const page = pageStates.get(store as StoreApi<never>);
    return page === undefined ? read() : selector(page as S);
  }, [store, selector, read]);
  return useSyncExternalStore(store.subscribe, read, readPage);
}
