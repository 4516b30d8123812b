import { atlasStore, useAtlas } from '../state/store.ts';
import { useUi } from '../state/ui-store.ts';
import { PartBoundary } from './part-boundary.tsx';
import { UpdateBanner } from './update-banner.tsx';
import { CountryList } from './country-list.tsx';
import { Legend } from './map/legend.tsx';
import { PatternDefs } from './map/pattern-defs.tsx';
import { WorldMap } from './map/world-map.tsx';
import { Masthead } from './masthead.tsx';
import { NoticeBar } from './notice-bar.tsx';
import { CountryPanel } from './panel/country-panel.tsx';
import { HandoutDate, PrintCountryTable } from './print/print-parts.tsx';
import { Toolbar } from './toolbar/toolbar.tsx';
import { SelectionAnnouncer } from './selection-announcer.tsx';
import { SourcesFooter } from './sources-footer.tsx';
import { TakeOver } from './take-over.tsx';
import { Loading, useLazyParts, WhenWanted, type LazyParts } from './lazy-parts.tsx';
import { memo, Suspense, useEffect } from 'react';
import './app.css';

// Opening or closing the panel changes the layout only: the map area is not rendered again.
const MapArea = memo(function MapArea() {
  return (
    <section className="map-area" aria-label="Map">
      <WorldMap />
      <TakeOver>
        <Legend />
        <PrintCountryTable />
      </TakeOver>
    </section>
  );
});

function MapView() {
  const hasPanel = useAtlas((s) => s.country !== null);
  const sheet = useUi((s) => s.sheet);
  return (
    <main className={hasPanel ? 'layout has-panel' : 'layout'} data-sheet={sheet}>
      <MapArea />
      <TakeOver>
        <CountryList />
      </TakeOver>
      <Panel />
    </main>
  );
}

const closePanel = () => atlasStore.getState().select(null);
const toMap = () => atlasStore.getState().setView('map');

/**
 * The selected country's panel; and the one likely to be opened next, drawn ahead out of sight,
 * so that opening it only has to move it into place.
 */
function Panel() {
  const country = useAtlas((s) => s.country);
  const prepared = useUi((s) => s.prepared);
  const panels = country === null ? [] : [country];
  if (prepared !== null && prepared !== country) panels.push(prepared);
  // A panel drawn ahead that fails stays out of sight, and tries again when it is opened.
  return panels.map((iso3) => (
    <PartBoundary key={iso3} part="the country panel" onLeave={closePanel} leaveLabel="Close the panel" resetKey={iso3 === country} quiet={iso3 !== country}>
      <TakeOver>
        <CountryPanel iso3={iso3} shown={iso3 === country} />
      </TakeOver>
    </PartBoundary>
  ));
}

function TableLayout({ TableView }: Pick<LazyParts, 'TableView'>) {
  const hasPanel = useAtlas((s) => s.country !== null);
  const sheet = useUi((s) => s.sheet);
  return (
    <main className={hasPanel ? 'layout table-layout has-panel' : 'layout table-layout'} data-sheet={sheet}>
      <section className="table-area" aria-label="Table of countries">
        <PartBoundary part="the table" onLeave={toMap} leaveLabel="Back to the map">
          <Suspense fallback={<Loading what="the table" />}>
            <TableView />
          </Suspense>
        </PartBoundary>
      </section>
      <Panel />
    </main>
  );
}

/** Says on the page that the app has taken over from the prerendered first view, and answers clicks. */
function useReadyFlag() {
  useEffect(() => {
    document.documentElement.dataset.atlas = 'ready';
  }, []);
}

export function App() {
  useReadyFlag();
  const { SourcesView, TableView, ArticleReader, TourView } = useLazyParts();
  const view = useAtlas((s) => s.view);
  const reading = useAtlas((s) => s.article !== null);
  const touring = useAtlas((s) => s.tour !== null);
  return (
    <div className="app">
      <PatternDefs />
      <TakeOver>
        <Masthead />
        <HandoutDate />
      </TakeOver>
      <TakeOver>
        <Toolbar />
      </TakeOver>
      <UpdateBanner />
      <NoticeBar />
      <SelectionAnnouncer />
      {view === 'sources' ? (
        <main>
          <PartBoundary part="the sources" onLeave={toMap} leaveLabel="Back to the map">
            <Suspense fallback={<Loading what="the sources" />}>
              <SourcesView />
            </Suspense>
          </PartBoundary>
        </main>
      ) : view === 'table' ? (
        <TableLayout TableView={TableView} />
      ) : (
        <MapView />
      )}
      <PartBoundary part="the article" onLeave={() => atlasStore.getState().closeArticle()} leaveLabel="Close the article">
        <WhenWanted wanted={reading} what="the article">
          <ArticleReader />
        </WhenWanted>
      </PartBoundary>
      <TakeOver>
        <SourcesFooter />
      </TakeOver>
      <PartBoundary part="the briefing" onLeave={() => atlasStore.getState().leaveTour(null)} leaveLabel="Leave the briefing">
        <WhenWanted wanted={touring} what="the briefing">
          <TourView />
        </WhenWanted>
      </PartBoundary>
    </div>
  );
}
