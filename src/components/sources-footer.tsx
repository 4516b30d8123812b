import { atlasStore } from '../state/store.ts';
import { articleCitation, articleDate, reportLabel } from '../content/labels.ts';
import { useContent } from './content-context.tsx';
import { DownloadsLinks } from './downloads-links.tsx';
import { PrintUrl } from './print/print-parts.tsx';
import './buttons.css';
import './sources-footer.css';

/** The articles and reports everything on the page comes from, and whose borders the map draws. */
export function SourcesFooter() {
  const { articles, reports, articleCount, publishers } = useContent().summary;
  return (
    <footer className="sources-footer">
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        {articles === null && (
          <p>
            {articleCount} articles from {publishers.length} outlets.{' '}
            <button type="button" className="text-button" onClick={() => atlasStore.getState().setView('sources')}>
              List every article in the sources view
            </button>
          </p>
        )}
        <ul>
          {(articles ?? []).map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {articleCitation(a)}
              </a>{' '}
              {articleDate(a) && <span className="quote-date">· {articleDate(a)}</span>}
              <PrintUrl url={a.url} />
            </li>
          ))}
        </ul>
        <p>Reports covered: {reports.map(reportLabel).join('; ')}.</p>
        <DownloadsLinks />
      </section>
      <p className="map-credit">
        Borders: Natural Earth 1:110m via the world-atlas package, showing de facto boundaries; some are disputed. Antarctica is not drawn.
      </p>
    </footer>
  );
}
