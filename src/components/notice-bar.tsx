import { atlasStore, useAtlas } from '../state/store.ts';
import { useContent } from './content-context.tsx';
import './buttons.css';
import './notice.css';

/** Polite word about a link that was not understood; the live region is always present so it is announced. */
export function NoticeBar() {
  const notice = useAtlas((s) => s.notice);
  const { countries } = useContent();
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice">
          <p>{notice.message}</p>
          {notice.suggestions.length > 0 && (
            <ul className="suggestions">
              {notice.suggestions.map((iso3) => (
                <li key={iso3}>
                  <button type="button" className="button" onClick={() => atlasStore.getState().select(iso3)}>
                    {countries.get(iso3)?.name ?? iso3}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="text-button" onClick={() => atlasStore.getState().showNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
