import { useAtlas } from '../../state/store.ts';
import { BriefingBar } from '../briefing/briefing-bar.tsx';
import { FilterBar } from '../filter-bar.tsx';
import { CountrySearch } from '../search/country-search.tsx';
import { ViewTabs } from '../view-tabs.tsx';
import { ShareMenu } from './share-menu.tsx';
import './toolbar.css';

/** One row above the map: the views, finding a country, the filters, and sharing, downloading and briefing. */
export function Toolbar() {
  const onMap = useAtlas((s) => s.view === 'map');
  return (
    <div className="toolbar">
      <ViewTabs />
      <CountrySearch />
      {onMap && <FilterBar />}
      <div className="toolbar-end">
        <ShareMenu />
        <BriefingBar />
      </div>
    </div>
  );
}
