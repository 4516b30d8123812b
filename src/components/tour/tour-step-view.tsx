import type { TourStep } from '../../briefing/tour-steps.ts';
import { articleCitation, articleDate, reportLabel, speakerLabel } from '../../content/labels.ts';
import { primarySources, primarySourcesLine } from '../../content/primary-sources.ts';
import { useWholeContent } from '../content-context.tsx';
import { TourChanges } from './tour-changes.tsx';
import './tour-step-view.css';

function Overview({ countries }: { countries: number }) {
  const { index } = useWholeContent();
  const { articles } = index.content;
  const top = index.mentioned.filter((s) => s.status === 'named').slice(0, 8);
  return (
    <>
      <h2 id="tour-title">What the reports claim</h2>
      <p className="tour-lead">
        Recorded Future says much of North Korea’s state-sponsored internet activity is carried out from abroad. {articles.length} news articles covered its
        reports and name <strong>{countries} countries</strong> as places of North Korean activity.
      </p>
      <p className="tour-small">Most cited: {top.map((s) => `${s.name} (${s.namingCount})`).join(', ')}.</p>
    </>
  );
}

function Country({ step }: { step: Extract<TourStep, { kind: 'country' }> }) {
  const { index } = useWholeContent();
  const { articles } = index.content;
  const article = index.articles.get(step.claim.article);
  const summary = index.summaries.get(step.iso3);
  const sources = summary ? primarySourcesLine(primarySources(summary, index)) : null;
  return (
    <>
      <h2 id="tour-title">{step.name}</h2>
      <p className="tour-small">
        Named by {step.articles} of the {articles.length} articles. {sources}
      </p>
      <figure className="tour-quote">
        <blockquote cite={article?.url}>{step.claim.quote}</blockquote>
        <figcaption>
          <p>{speakerLabel(step.claim.speaker, index.reports)}</p>
          {article && (
            <p>
              <cite>{articleCitation(article)}</cite>
              {articleDate(article) && ` · ${articleDate(article)}`} · <span className="tour-url">{article.url}</span>
            </p>
          )}
        </figcaption>
      </figure>
    </>
  );
}

function Sources() {
  const { articles, reports } = useWholeContent().index.content;
  return (
    <>
      <h2 id="tour-title">Sources</h2>
      <p className="tour-small">All {articles.length} articles report on one primary source, Recorded Future: repeated coverage, not independent corroboration.</p>
      <ul className="tour-sources">
        {articles.map((a) => (
          <li key={a.id}>
            {articleCitation(a)}
            {articleDate(a) && ` · ${articleDate(a)}`} <span className="tour-url">{a.url}</span>
          </li>
        ))}
        {reports.map((r) => (
          <li key={r.id}>Report: {reportLabel(r)}</li>
        ))}
      </ul>
    </>
  );
}

export function TourStepView({ step, countries }: { step: TourStep; countries: number }) {
  switch (step.kind) {
    case 'overview':
      return <Overview countries={countries} />;
    case 'changes':
      return <TourChanges step={step} />;
    case 'country':
      return <Country step={step} />;
    case 'sources':
      return <Sources />;
  }
}
