// The first view as HTML, rendered at build time into index.html: the map shows as soon as the
// page is parsed, before any script has run. The app replaces it when it starts.
import { renderToString } from 'react-dom/server';
import summary from 'virtual:atlas/summary';
import { App } from './components/app.tsx';
import { ContentProvider } from './components/content-context.tsx';
import { makeAtlasContent, type AtlasContentInput } from './content/atlas-content.ts';
import type { AtlasSummary } from './content/summary.ts';

/** Renders from data at hand only (the summary, and any country's quotes given): it fetches nothing. */
export function renderFirstView(data: Omit<AtlasContentInput, 'summary' | 'sources'> = {}): string {
  const content = makeAtlasContent({ ...data, summary: summary as AtlasSummary });
  return renderToString(
    <ContentProvider content={content}>
      <App />
    </ContentProvider>,
  );
}
