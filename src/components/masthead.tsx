import { APP_SUBTITLE, APP_TITLE } from '../state/atlas-model.ts';
import { useContent, useFilters } from './content-context.tsx';
import { filtersInSentence } from '../content/labels.ts';
import { countOf } from '../content/plural.ts';
import './masthead.css';

/** The title and one line on what the map shows; the longer account opens under "About". */
export function Masthead() {
  const content = useContent();
  const filters = useFilters();
  const { mentioned } = content.summaryView(filters);
  const named = mentioned.filter((s) => s.status === 'named').length;
  const context = mentioned.filter((s) => s.status === 'context').length;
  const { articleCount } = content.summary;
  return (
    <header className="masthead">
      <h1>
        {APP_TITLE}: <span className="subtitle">{APP_SUBTITLE}</span>
      </h1>
      <div className="masthead-line">
        <p className="lede">
          {articleCount} news articles on Recorded Future’s reports name {countOf(named, 'country', 'countries')} as places of North Korean activity, and
          mention {context} more as context{filtersInSentence(filters, content.summary.reports, ', counting only ')}.
        </p>
        <details className="about">
          <summary>About</summary>
          <p>
            Recorded Future’s reports say that much of North Korea’s state-sponsored internet activity is carried out from abroad, and name the countries
            where North Koreans have a significant presence. {articleCount} news articles covered the reports: between them they name {named} countries as places
            of North Korean activity and mention {context} more as context. Every colour on the map traces back to the exact quotes: click a country, or pick it
            from the list, to read them, with who said them and where.
          </p>
        </details>
      </div>
    </header>
  );
}
