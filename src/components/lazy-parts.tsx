// Parts of the page that the first view does not show load on demand, so that the map draws first.
import { lazy, Suspense, useState, type ReactNode } from 'react';

export const TourView = lazy(() => import('./tour/tour-view.tsx').then((m) => ({ default: m.TourView })));
export const SourcesView = lazy(() => import('./sources-view.tsx').then((m) => ({ default: m.SourcesView })));
export const TableView = lazy(() => import('./table/table-view.tsx').then((m) => ({ default: m.TableView })));
export const ArticleReader = lazy(() => import('./reader/article-reader.tsx').then((m) => ({ default: m.ArticleReader })));

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
