import { useEffect, useRef, useSyncExternalStore } from 'react';
import { atlasStore } from '../../state/store.ts';

const never = () => () => {};

// What had focus before the first of a run of panels opened; one panel is shown at a time.
let opener: HTMLElement | null = null;

/**
 * Takes focus to the panel's heading as it is shown, and gives it back to whatever opened the
 * panel once it closes, so that keyboard users keep their place. Switching straight to another
 * country keeps the first opener.
 */
export function usePanelFocus(iso3: string, shown: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  // True when the panel's first render takes over the one the page was served with.
  const takenOver = useRef(useSyncExternalStore(never, () => false, () => true));
  useEffect(() => {
    if (!shown) return;
    const active = document.activeElement;
    // Taking over a panel the page was served with, while the reader is already busy elsewhere on
    // the page (a key pressed in the search box started the app), leaves their focus where it is.
    const busyElsewhere = takenOver.current && active instanceof HTMLElement && active !== document.body;
    // A page framed in another site's page (an embed) never takes focus as it loads: that would
    // scroll the other page to the frame.
    const framedOnLoad = takenOver.current && window.self !== window.top;
    takenOver.current = false;
    if (!busyElsewhere && !framedOnLoad) {
      if (active instanceof HTMLElement && active !== document.body && !active.closest('.panel')) opener = active;
      // A highlighted quote has already scrolled itself into view; focusing the heading must not undo that.
      heading.current?.focus({ preventScroll: atlasStore.getState().quote !== null });
    }
    const onKey = (e: KeyboardEvent) => {
      // Escape belongs to the reader while it is open.
      if (e.key === 'Escape' && atlasStore.getState().article === null) atlasStore.getState().select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      // Closed, not swapped for another country's panel.
      if (atlasStore.getState().country !== null) return;
      if (opener?.isConnected) opener.focus();
      opener = null;
    };
  }, [iso3, shown]);
  return heading;
}
