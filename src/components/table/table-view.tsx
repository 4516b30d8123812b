import { useMemo, useState } from 'react';
import type { Filters } from '../../content/filters.ts';
import { editionDate } from '../../content/editions.ts';
import { filtersInSentence, STATUS_TITLES } from '../../content/labels.ts';
import type { Report } from '../../content/types.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { useContent, useFilters, useWholeContent } from '../content-context.tsx';
import { preparingHandlers } from '../prepare-handlers.ts';
import { SortHeader } from './sort-header.tsx';
import { tableRows } from './table-rows.ts';
import { DEFAULT_SORT, articleKey, nextSort, reportKey, sortRows, type Sort, type SortKey } from './table-sort.ts';
import './table-view.css';

const filterNote = (filters: Filters, reports: readonly Report[]) => {
  const note = filtersInSentence(filters, reports, ' Counting only ');
  return note && `${note}.`;
};

function Count({ n }: { n: number }) {
  if (n > 0) return <>{n}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">none</span>
    </>
  );
}

/** Whether a report names the country as a place of activity: a word, or a dash that reads as "not named". */
function Named({ named }: { named: boolean }) {
  if (named) return <>Named</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">not named</span>
    </>
  );
}

/** The map as a table: every country the articles mention, sortable, each selectable like the list beside the map. */
export function TableView() {
  const selected = useAtlas((s) => s.country);
  const filters = useFilters();
  const { quotes, summary } = useContent();
  const whole = useWholeContent();
  const { articles } = whole.index.content;
  const { reports } = summary;
  const index = whole.for(filters);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = useMemo(() => sortRows(tableRows(index), sort), [index, sort]);
  const onSort = (key: SortKey) => setSort((current) => nextSort(current, key));
  const header = { sort, onSort };

  return (
    <div className="table-scroll table-view">
      <table className="country-table">
        <caption>
          The {rows.length} countries the {articles.length} articles mention: what each is to them, how many articles name it as a place of North Korean
          activity, which reports name it so, and how many quotes each article gives about it.{filterNote(filters, reports)}
        </caption>
        <colgroup span={4} />
        {reports.length > 0 && <colgroup span={reports.length} className="report-columns" />}
        {articles.length > 0 && <colgroup span={articles.length} className="article-columns" />}
        <thead>
          <tr>
            <SortHeader {...header} label="Country" sortKey="name" rowSpan={2} />
            <SortHeader {...header} label="What it is" sortKey="status" rowSpan={2} />
            <SortHeader {...header} label={`Articles naming it (of ${articles.length})`} sortKey="naming" numeric rowSpan={2} />
            <SortHeader {...header} label="Quotes" sortKey="quotes" numeric rowSpan={2} />
            {reports.length > 0 && (
              <th scope="colgroup" colSpan={reports.length} className="group-header">
                Named in each report
              </th>
            )}
            {articles.length > 0 && (
              <th scope="colgroup" colSpan={articles.length} className="group-header">
                Quotes in each article
              </th>
            )}
          </tr>
          <tr>
            {reports.map((r) => (
              <SortHeader key={r.id} {...header} label={editionDate(r, reports)} sortKey={reportKey(r.id)} className="report" />
            ))}
            {articles.map((a) => (
              <SortHeader key={a.id} {...header} label={a.publisher} sortKey={articleKey(a.id)} numeric />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ summary: s, quotesByArticle }) => {
            const isSelected = selected === s.iso3;
            return (
              <tr key={s.iso3} data-iso3={s.iso3} className={isSelected ? 'is-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="table-country"
                    aria-pressed={isSelected}
                    onClick={() => atlasStore.getState().select(s.iso3)}
                    {...preparingHandlers(quotes, s.iso3)}
                  >
                    {s.name}
                  </button>
                </th>
                <td className="status">{s.status === 'none' ? '' : STATUS_TITLES[s.status]}</td>
                <td className="number">
                  <Count n={s.namingCount} />
                </td>
                <td className="number">{s.quoteCount}</td>
                {reports.map((r) => (
                  <td key={r.id} className="report">
                    <Named named={s.reports.includes(r.id)} />
                  </td>
                ))}
                {articles.map((a) => (
                  <td key={a.id} className="number">
                    <Count n={quotesByArticle.get(a.id) ?? 0} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
