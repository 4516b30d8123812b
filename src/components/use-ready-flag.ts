import { useEffect } from 'react';

/** Says on the page that the app has taken over from the prerendered first view, and answers clicks. */
export function useReadyFlag() {
  useEffect(() => {
    document.documentElement.dataset.atlas = 'ready';
  }, []);
}
