// The app: it takes over the page it was served with (or, in development, draws it), from the same
// data that rendered it. src/main.tsx starts it when the page wants it.
import { StrictMode, startTransition, useEffect, useRef, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import summary from 'virtual:atlas/summary';
import { App } from './components/app.tsx';
import { ContentProvider } from './components/content-context.tsx';
import { makeAtlasContent } from './content/atlas-content.ts';
import { fetchedSources } from './content/fetch-data.ts';
import type { AtlasSummary } from './content/summary.ts';
import type { Content } from './content/types.ts';
import { makeWholeContent } from './content/whole-content.ts';
import { readPageData } from './page-data.ts';
import { placeOf } from './page-place.ts';
import { PlaceProvider } from './components/place-context.tsx';
import { countryPagesOf, titleFor, urlContextFor } from './state/atlas-model.ts';
import { atlasStore } from './state/store.ts';
import { uiStore } from './state/ui-store.ts';
import { takeOverFrom } from './state/use-store-now.ts';
import { addressesFor } from './state/url.ts';
import { startUrlSync } from './state/url-sync.ts';

const BASE = import.meta.env.BASE_URL;
// What the page was rendered with at build time: its country, and that country's quotes.
const page = readPageData(document);
// One of the atlas's own pages, or an embed page framed in another site's.
const place = placeOf(location.pathname, BASE);

// The summary comes with the app (checked by the build already), and the page's own quotes with the
// page; the rest is fetched, or loaded as chunks of its own, when a view needs it.
const content = makeAtlasContent({
  summary: summary as AtlasSummary,
  quotes: page?.quotes ?? [],
  sources: {
    ...fetchedSources(BASE),
    wholeContent: () => import('virtual:atlas/content').then((m) => makeWholeContent(m.default as Content)),
    articleTexts: () => import('virtual:atlas/texts').then((m) => m.default as Record<string, string>),
  },
});

/** Once the app has taken the page over, the address takes charge: a view other than the page's own (a parameter, an old link) follows from there. */
function WhenStarted({ children }: { children: ReactNode }) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    startUrlSync({
      store: atlasStore,
      contextFor: (parsed) => urlContextFor(content, parsed),
      titleFor: (state) => titleFor(content, state),
      addresses: addressesFor(countryPagesOf(content), place.pages),
      steps: !place.embed,
    });
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <PlaceProvider place={place}>
      <ContentProvider content={content}>
        <WhenStarted>
          <App />
        </WhenStarted>
      </ContentProvider>
    </PlaceProvider>
  </StrictMode>
);

const root = document.getElementById('root');
if (root && page) {
  // The same state the page was rendered with, so that taking it over changes nothing on screen.
  atlasStore.setState({ country: page.country });
  takeOverFrom(atlasStore);
  takeOverFrom(uiStore);
  // As a transition, the takeover yields to the browser every few milliseconds instead of holding it for
  // the whole page; a click meanwhile makes React finish the takeover at once and then answer it.
  startTransition(() => void hydrateRoot(root, app));
} else if (root) {
  createRoot(root).render(app);
}
