import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and while the app takes over a prerendered page, true after: a part that
 * only the browser can draw (today's date, a measured screenful) waits for it, so that the first
 * render in the browser matches the page it was served with.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
