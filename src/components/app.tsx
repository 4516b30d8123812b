import { atlasStore, useAtlas } from '../state/store.ts';
import { useUi } from '../state/ui-store.ts';
import { PartBoundary } from './part-boundary.tsx';
import { UpdateBanner } from './update-banner.tsx';
import { PatternDefs } from './map/pattern-defs.tsx';
import { Masthead } from './masthead.tsx';
import { NoticeBar } from './notice-bar.tsx';
import { HandoutDate } from './print/print-parts.tsx';
import { Toolbar } from './toolbar/toolbar.tsx';
import { SelectionAnnouncer } from './selection-announcer.tsx';
import { SourcesFooter } from './sources-footer.tsx';
import { TakeOver } from './take-over.tsx';
import { Loading, useLazyParts, WhenWanted, type LazyParts } from './lazy-parts.tsx';
import { Suspense } from 'react';
import { EmbedApp } from './embed/embed-app.tsx';
import { MapView, Panel } from './map-view.tsx';
import { usePlace } from './place-context.tsx';
import { useReadyFlag } from './use-ready-flag.ts';
import './app.css';

const toMap = () => atlasStore.getState().setView('map');

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

export function App() {
  return usePlace().embed ? <EmbedApp /> : <FullApp />;
}

/** The atlas on its own pages: the toolbar, the views, the reader, the briefing and the sources. */
function FullApp() {
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
