import { useCallback, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand/vanilla';

/**
 * A value from a store, as it is now, on the server and while the page is taken over alike.
 * (zustand's own hook reads the store's first state there, but a page prerendered for one country
 * sets the store to that country first, and the app takes the page over from the same state.)
 */
export function useStoreNow<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const read = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, read, read);
}
