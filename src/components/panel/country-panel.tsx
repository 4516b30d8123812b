import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { CountrySummary, QuoteSources } from '../../content/content-index.ts';
import { capitalised, editionName, namedInLine } from '../../content/editions.ts';
import { isFiltered, keepsClaim, type Filters } from '../../content/filters.ts';
import { articleCitation, filtersInSentence, summaryLine } from '../../content/labels.ts';
import { primarySources, primarySourcesLine } from '../../content/primary-sources.ts';
import type { Claim, CountryQuotes, Report } from '../../content/types.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { afterNextPaint } from '../after-paint.ts';
import { useHydrated } from '../use-hydrated.ts';
import { useContent, useFilters, useIndex } from '../content-context.tsx';
import { QuoteCard } from './quote-card.tsx';
import { groupQuotes, type QuoteGroup } from './quote-groups.ts';
import { useCountryQuotes } from './use-country-quotes.ts';
import { usePanelFocus } from './use-panel-focus.ts';
import { VirtualList } from './virtual-list.tsx';
import '../buttons.css';
import { SheetHandle } from './sheet-handle.tsx';
import './country-panel.css';

const close = () => atlasStore.getState().select(null);

// A quote card is about this tall before it has been measured; a short one is no less.
const QUOTE_HEIGHT = 190;
// Above the first card the panel shows its heading, summary and sources: at least this tall.
const PANEL_HEAD = 250;
const claimId = (c: Claim) => c.id;

interface SectionProps {
  title: ReactNode;
  group: QuoteGroup;
  current: string | null;
  sources: QuoteSources;
  /** How many of its cards the panel's first frame draws. */
  firstDraw: number;
  shown: boolean;
}

function QuoteSection({ title, group, current, sources, firstDraw, shown }: SectionProps) {
  const { claims, articleStarts } = group;
  if (claims.length === 0) return null;
  const render = (c: Claim) => {
    const article = articleStarts.has(c.id) ? sources.articles.get(c.article) : undefined;
    return (
      <>
        {article && <h4 className="quote-article">{articleCitation(article)}</h4>}
        <QuoteCard claim={c} current={c.id === current} sources={sources} />
      </>
    );
  };
  return (
    <section className="quote-section" data-report={group.report?.id}>
      <h3>
        {title} <span className="section-count">({claims.length})</span>
      </h3>
      <VirtualList
        className="quotes"
        items={claims}
        keyOf={claimId}
        estimate={QUOTE_HEIGHT}
        pinned={current}
        firstDraw={firstDraw}
        active={shown}
        render={render}
      />
    </section>
  );
}

function sourcesOf(quotes: CountryQuotes, filters: Filters, reports: ReadonlyMap<string, Report>): QuoteSources {
  const claims = isFiltered(filters) ? quotes.claims.filter(keepsClaim(filters)) : quotes.claims;
  return { articles: new Map(quotes.articles.map((a) => [a.id, a])), reports, claimsByCountry: new Map([[quotes.iso3, claims]]) };
}

interface QuotesProps {
  summary: CountrySummary;
  filters: Filters;
  current: string | null;
  /** False while the panel is drawn ahead, out of sight. */
  shown: boolean;
}

function PanelQuotes({ summary, filters, current, shown }: QuotesProps) {
  const quotes = useCountryQuotes(summary.iso3);
  if (!quotes) {
    return (
      <p className="panel-loading" role="status">
        Loading the quotes…
      </p>
    );
  }
  return <QuoteSections quotes={quotes} summary={summary} filters={filters} current={current} shown={shown} />;
}

const NO_QUOTES: QuoteGroup = { report: null, claims: [], articleStarts: new Set() };

/** What the articles say, by report and then by article; then the context, by article. */
function sectionsOf(sources: QuoteSources, summary: CountrySummary, editions: readonly Report[]) {
  const claims = sources.claimsByCountry.get(summary.iso3) ?? [];
  return {
    said: groupQuotes(
      claims.filter((c) => c.kind !== 'context'),
      editions,
      sources.articles,
    ),
    context: groupQuotes(
      claims.filter((c) => c.kind === 'context'),
      [],
      sources.articles,
    )[0] ?? NO_QUOTES,
    line: primarySourcesLine(primarySources(summary, sources)),
  };
}

/** A report's section is headed by its edition and its title; on a phone, by its edition (each quote names the report). */
function SectionTitle({ group, editions }: { group: QuoteGroup; editions: readonly Report[] }) {
  if (!group.report) return 'What the articles say';
  return (
    <>
      {capitalised(editionName(group.report, editions))}
      <span className="section-report-title">: “{group.report.title}”</span>
    </>
  );
}

/** The quotes in their sections; marks the frame that first shows them. */
function QuoteSections({ quotes, summary, filters, current, shown }: QuotesProps & { quotes: CountryQuotes }) {
  const { reports, summary: atlas } = useContent();
  // The same sources and lists on every render of one view, so that the cards are never drawn again for nothing.
  const sources = useMemo(() => sourcesOf(quotes, filters, reports), [quotes, filters, reports]);
  const { said, context, line } = useMemo(() => sectionsOf(sources, summary, atlas.reports), [sources, summary, atlas.reports]);
  // The first frame draws the cards that can be in view; the rest follow a frame later. A page
  // prerendered at build time has no screen to measure: it holds them all.
  const hydrated = useHydrated();
  const screenful = hydrated ? Math.max(1, Math.ceil((window.innerHeight - PANEL_HEAD) / QUOTE_HEIGHT)) : Infinity;
  useLayoutEffect(() => {
    if (!shown) return;
    // Once the frame that shows the quotes has been painted.
    return afterNextPaint(() => performance.mark('atlas:panel-drawn', { detail: summary.iso3 }));
  }, [summary.iso3, filters, shown]);
  return (
    <>
      {line && <p className="panel-sources">{line}</p>}
      {said.map((group, i) => (
        <QuoteSection
          key={group.report?.id ?? 'all'}
          title={<SectionTitle group={group} editions={atlas.reports} />}
          group={group}
          current={current}
          sources={sources}
          firstDraw={Math.max(0, screenful - said.slice(0, i).reduce((n, g) => n + g.claims.length, 0))}
          shown={shown}
        />
      ))}
      <QuoteSection
        title="Context"
        group={context}
        current={current}
        sources={sources}
        firstDraw={Math.max(0, screenful - said.reduce((n, g) => n + g.claims.length, 0))}
        shown={shown}
      />
    </>
  );
}

/**
 * A country's panel: what is claimed, by how many articles, which sources, and every quote behind
 * it. Shown for the selected country; drawn ahead, out of sight and out of reach, for the one
 * likely to be opened next.
 */
export function CountryPanel({ iso3, shown }: { iso3: string; shown: boolean }) {
  const current = useAtlas((s) => s.quote);
  const filters = useFilters();
  const index = useIndex();
  const content = useContent();
  const editions = content.summary.reports;
  // Which reports name it, whatever report is chosen: the panel says so either way.
  const naming = content.summaryView({ ...filters, report: null }).summaries.get(iso3);
  const heading = usePanelFocus(iso3, shown);
  // Other quotes (another filter): they are read from the top, not from where the last ones were scrolled to.
  const aside = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (aside.current) aside.current.scrollTop = 0;
  }, [filters]);
  const info = content.countries.get(iso3);
  const summary = index.summaries.get(iso3);
  if (!info || !summary) return null;
  const titleId = `panel-title-${iso3}`;
  return (
    <aside ref={aside} className={shown ? 'panel' : 'panel panel-ahead'} aria-labelledby={titleId} aria-hidden={!shown || undefined} inert={!shown} data-iso3={info.iso3}>
      <SheetHandle />
      <header className="panel-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {info.name}
        </h2>
        <button type="button" className="close-button" onClick={close} aria-label="Close the country panel">
          ×
        </button>
      </header>
      <p className="panel-summary">
        {isFiltered(filters) && summary.status === 'none'
          ? `No ${filtersInSentence(filters, editions, '')} mention ${info.name}.`
          : summaryLine(summary, content.summary.articleCount)}
        {editions.length > 1 && naming?.status === 'named' && <span className="panel-reports"> {namedInLine(naming.reports, editions)}.</span>}
      </p>
      {isFiltered(filters) && <p className="panel-note">Showing only {filtersInSentence(filters, editions, '')}; choose “Every report” and “Anyone” above the map for all of them.</p>}
      {!info.onMap && <p className="panel-note">Too small to draw on this world map; it is listed beside the map instead.</p>}
      <PanelQuotes summary={summary} filters={filters} current={shown ? current : null} shown={shown} />
    </aside>
  );
}
