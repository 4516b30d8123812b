import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and while the app takes over a prerendered page, true after: a part that
 * only the browser can draw (today's date, a measured screenful) waits for it, so that the first
 * render in the browser matches the page it was served with. React reads the server's value while
 * it takes a part over, whenever that is; the change then comes as a transition, in slices that
 * leave the page free to answer a click. A part first drawn in the browser is drawn for it at once.
 */
export function useHydrated(): boolean {
  const takingOver = useSyncExternalStore(
    never,
    () => false,
    () => true,
  );
  const [hydrated, setHydrated] = useState(!takingOver);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
