import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import summary from 'virtual:atlas/summary';
import { App } from './components/app.tsx';
import { ContentProvider } from './components/content-context.tsx';
import { makeAtlasContent } from './content/atlas-content.ts';
import { fetchedSources } from './content/fetch-data.ts';
import type { AtlasSummary } from './content/summary.ts';
import type { Content } from './content/types.ts';
import { makeWholeContent } from './content/whole-content.ts';
import { titleFor, urlContextFor } from './state/atlas-model.ts';
import { atlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import './styles.css';

// The summary comes with the app (checked by the build already); the rest is fetched, or loaded as
// chunks of its own, when a view needs it.
const content = makeAtlasContent({
  summary: summary as AtlasSummary,
  sources: {
    ...fetchedSources(import.meta.env.BASE_URL),
    wholeContent: () => import('virtual:atlas/content').then((m) => makeWholeContent(m.default as Content)),
    articleTexts: () => import('virtual:atlas/texts').then((m) => m.default as Record<string, string>),
  },
});

async function start() {
  // A link that names a quote or an article is read once every id has been fetched.
  await startUrlSync({ store: atlasStore, contextFor: (parsed) => urlContextFor(content, parsed), titleFor: (state) => titleFor(content, state) }).ready;
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <ContentProvider content={content}>
          <App />
        </ContentProvider>
      </StrictMode>,
    );
  }
}

void start();
