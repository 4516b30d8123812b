import { useAtlas } from '../state/store.ts';
import { CountryList } from './country-list.tsx';
import { Legend } from './map/legend.tsx';
import { PatternDefs } from './map/pattern-defs.tsx';
import { WorldMap } from './map/world-map.tsx';
import { Masthead } from './masthead.tsx';
import { NoticeBar } from './notice-bar.tsx';
import { CountryPanel } from './panel/country-panel.tsx';
import { SourcesFooter } from './sources-footer.tsx';

export function App() {
  const hasPanel = useAtlas((s) => s.country !== null);
  return (
    <div className="app">
      <PatternDefs />
      <Masthead />
      <NoticeBar />
      <main className={hasPanel ? 'layout has-panel' : 'layout'}>
        <section className="map-area" aria-label="Map">
          <WorldMap />
          <Legend />
        </section>
        <CountryList />
        <CountryPanel />
      </main>
      <SourcesFooter />
    </div>
  );
}
