import { VIEWS, type View } from '../state/url.ts';
import { atlasStore, useAtlas } from '../state/store.ts';
import './view-tabs.css';

const LABELS: Record<View, string> = { map: 'Map', table: 'Table', sources: 'Sources' };

/** Switches between the map and the sources; each view has its own URL. */
export function ViewTabs() {
  const view = useAtlas((s) => s.view);
  return (
    <nav className="view-tabs" aria-label="Views">
      {VIEWS.map((v) => (
        <button key={v} type="button" className="view-tab" aria-current={v === view ? 'page' : undefined} onClick={() => atlasStore.getState().setView(v)}>
          {LABELS[v]}
        </button>
      ))}
    </nav>
  );
}
