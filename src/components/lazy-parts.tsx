// Parts of the page that the first view does not show load on demand, so that the map draws first.
import { lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { AtlasContent } from '../content/atlas-content.ts';
import { useContent } from './content-context.tsx';

/** A part whose code and the whole content it reads load side by side, not one after the other. */
function withWholeContent(content: AtlasContent, load: () => Promise<ComponentType>) {
  return lazy(() => Promise.all([load(), content.loadWhole()]).then(([part]) => ({ default: part })));
}

function makeLazyParts(content: AtlasContent) {
  return {
    TourView: withWholeContent(content, () => import('./tour/tour-view.tsx').then((m) => m.TourView)),
    SourcesView: withWholeContent(content, () => import('./sources-view.tsx').then((m) => m.SourcesView)),
    TableView: withWholeContent(content, () => import('./table/table-view.tsx').then((m) => m.TableView)),
    ArticleReader: withWholeContent(content, () => import('./reader/article-reader.tsx').then((m) => m.ArticleReader)),
  };
}

export type LazyParts = ReturnType<typeof makeLazyParts>;

/** The lazily loaded parts, made once for the content the app is given. */
export function useLazyParts(): LazyParts {
  const content = useContent();
  return useMemo(() => makeLazyParts(content), [content]);
}

/** Shown for the moment a part takes to load. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="part-loading" role="status">
      Loading {what}…
    </p>
  );
}

/** Renders a lazily loaded part from the first time it is wanted on, and keeps it mounted after. */
export function WhenWanted({ wanted, what, children }: { wanted: boolean; what: string; children: ReactNode }) {
  const [seen, setSeen] = useState(wanted);
  if (wanted && !seen) setSeen(true);
  if (!seen && !wanted) return null;
  return <Suspense fallback={wanted ? <Loading what={what} /> : null}>{children}</Suspense>;
}
