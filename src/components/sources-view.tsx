import { useMemo } from 'react';
import type { ContentIndex } from '../content/content-index.ts';
import { articleDateText, formatDate } from '../content/labels.ts';
import { ACTIVITY_KINDS, type Article } from '../content/types.ts';
import { atlasStore } from '../state/store.ts';
import { useWholeContent } from './content-context.tsx';
import { DownloadsLinks } from './downloads-links.tsx';
import './buttons.css';
import './sources-view.css';

/** What the table says of each article, worked out in one pass over the claims, however many articles there are. */
function articleFacts(index: ContentIndex) {
  const passages = new Map<string, Set<string>>();
  const naming = new Map<string, Set<string>>();
  for (const c of index.content.claims) {
    passages.set(c.article, (passages.get(c.article) ?? new Set()).add(`${c.start}:${c.end}`));
    if (ACTIVITY_KINDS.includes(c.kind)) naming.set(c.article, (naming.get(c.article) ?? new Set()).add(c.country));
  }
  const rank = new Map(index.mentioned.map((s, i) => [s.iso3, i]));
  return {
    /** Distinct passages, not claims: one sentence naming seven countries is one passage. */
    passagesIn: (article: string): number => passages.get(article)?.size ?? 0,
    /** The countries an article names as places of activity, most cited first. */
    countriesNamedBy: (article: Article): string[] => [...(naming.get(article.id) ?? [])].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
  };
}

function openCountry(iso3: string) {
  atlasStore.getState().setView('map');
  atlasStore.getState().select(iso3);
}

/** Every article and report behind the map: who published what, when, and what each names. */
export function SourcesView() {
  const { index } = useWholeContent();
  const { articles, reports } = index.content;
  const { passagesIn, countriesNamedBy } = useMemo(() => articleFacts(index), [index]);
  return (
    <section className="sources-view" aria-labelledby="sources-view-title">
      <h2 id="sources-view-title">Sources</h2>
      <p className="lede">
        The {articles.length} articles below all report on work by one firm, Recorded Future. A country named by several of them is named by one primary
        source, repeated, not corroborated independently.
      </p>
      <h3>Articles</h3>
      <div className="table-scroll">
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">Publisher and headline</th>
              <th scope="col">Published</th>
              <th scope="col">Reports on</th>
              <th scope="col">Names as places of North Korean activity</th>
              <th scope="col">Quoted passages</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id} data-article={a.id}>
                <th scope="row">
                  {a.publisher}
                  {a.headline && <span className="headline">“{a.headline}”</span>}
                  <span className="row-links">
                    <button type="button" className="text-button" onClick={() => atlasStore.getState().openArticle(a.id)}>
                      Read in the atlas
                    </button>
                    <a href={a.url} target="_blank" rel="noopener noreferrer">
                      Original<span className="visually-hidden"> at {a.publisher}, opens in a new tab</span>
                    </a>
                  </span>
                  <span className="url">{a.url}</span>
                </th>
                <td>{articleDateText(a)}</td>
                <td>{a.reportsOn.map((r) => index.reports.get(r)?.title ?? r).join('; ')}</td>
                <td>
                  <ul className="inline-list">
                    {countriesNamedBy(a).map((iso3) => (
                      <li key={iso3}>
                        <button type="button" className="text-button" onClick={() => openCountry(iso3)}>
                          {index.countries.get(iso3)?.name ?? iso3}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="number">{passagesIn(a.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Reports</h3>
      <div className="table-scroll">
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Published</th>
              <th scope="col">Articles covering it</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} data-report={r.id}>
                <th scope="row">
                  {r.url ? (
                    <a href={r.url} target="_blank" rel="noopener noreferrer">
                      {r.title}
                    </a>
                  ) : (
                    r.title
                  )}
                </th>
                <td>{r.publisher}</td>
                <td>{formatDate(r.published) ?? 'date not known'}</td>
                <td className="number">{articles.filter((a) => a.reportsOn.includes(r.id)).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Whose borders the map draws</h3>
      <p>
        The map draws Natural Earth’s boundaries, at 1:110m and, once you zoom in, 1:50m, from the world-atlas package. Natural Earth shows{' '}
        <em>de facto</em> boundaries: who controls an area on the ground, not who claims it. Several are disputed, for example between India, China
        and Pakistan in Kashmir, where the Siachen Glacier is drawn as an area of its own.
      </p>
      <p>
        A few areas on the map have no ISO 3166-1 code. The atlas gives them user-assigned codes so that they can be found and selected: Kosovo (XKX,
        as the EU and the World Bank use), Northern Cyprus (XNC), Somaliland (XSL), the Siachen Glacier (XSG) and Australia’s Indian Ocean Territories
        (XIO). No article names any of them. Antarctica is not drawn.
      </p>
      <DownloadsLinks />
    </section>
  );
}
