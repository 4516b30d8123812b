import { useEffect, useState } from 'react';
import { registerServiceWorker } from '../offline/register-service-worker.ts';
import './buttons.css';
import './notice.css';

/** Offers a downloaded update; it never applies one by itself, so a briefing is never interrupted. */
export function UpdateBanner() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (import.meta.env.PROD) registerServiceWorker((next) => setApply(() => next));
  }, []);
  if (!apply) return null;
  return (
    <div className="notice update-banner" role="status">
      <p>A new version of the atlas is ready. It will load when you choose.</p>
      <button type="button" className="button" onClick={apply}>
        Update now
      </button>
      <button type="button" className="text-button" onClick={() => setApply(null)}>
        Later
      </button>
    </div>
  );
}
