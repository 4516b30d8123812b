import { atlasStore, useAtlas } from '../state/store.ts';

/** Polite word about a link that was not understood; the live region is always present so it is announced. */
export function NoticeBar() {
  const notice = useAtlas((s) => s.notice);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <p className="notice">
          <span>{notice}</span>
          <button type="button" className="text-button" onClick={() => atlasStore.getState().showNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
