// What the store and the views derive from the content handed to them: kept on the content object,
// made once per filter and measure, never per render.
import type { AtlasContent } from '../content/atlas-content.ts';
import type { IdList } from '../content/id-list.ts';
import { makeCountryPages, type CountryPages } from '../content/slug.ts';
import { makeChoropleth, type Choropleth } from './choropleth.ts';
import { makeCountryLookup, type CountryLookup } from './country-lookup.ts';
import { stepOf, stepsThroughEditions } from './edition-steps.ts';
import { namesIds, type Measure, type ParsedUrl, type UrlContext, type UrlState } from './url.ts';
import { filtersKey, NO_FILTERS, type Filters } from '../content/filters.ts';

/**
 * The map's colours for the filters and measure; coloured by report, `step` (from 0) shows the
 * editions up to one, as `editionStepOf` gives it for a view.
 */
export function choroplethFor(content: AtlasContent, filters: Filters, measure: Measure, step: number | null = null): Choropleth {
  return content.derived(`choropleth/${filtersKey(filters)}/${measure}/${step ?? 'all'}`, () => {
    const drawn = (iso3: string) => content.countries.get(iso3)?.onMap ?? false;
    return makeChoropleth(content.summaryView(filters).summaries.values(), content.summary.articleCount, drawn, measure, content.summary.reports, step);
  });
}

/** The edition a view has stepped to (from 0; the latest unless `until` names another), or null where the map does not step through them. */
export function editionStepOf(content: AtlasContent, view: Pick<UrlState, 'measure' | 'report' | 'until'>): number | null {
  const { reports } = content.summary;
  return stepsThroughEditions(view, reports.length) ? stepOf(view.until, reports.map((r) => r.id)) : null;
}

export const countryLookupOf = (content: AtlasContent): CountryLookup => content.derived('country-lookup', () => makeCountryLookup(content.summary.countries));

/** Every country a quote mentions has a page of its own; the build writes them, and the app moves between them. */
export const countryPagesOf = (content: AtlasContent): CountryPages => content.derived('country-pages', () => makeCountryPages(content.summaryView(NO_FILTERS).mentioned));

const NO_IDS: IdList = { claims: new Map(), articles: new Map() };

function urlContext(content: AtlasContent, ids: IdList): UrlContext {
  return { countries: countryLookupOf(content), claims: ids.claims, articles: ids.articles, tourSteps: content.summary.tourSteps, pages: countryPagesOf(content), reports: content.summary.reports.map((r) => r.id) };
}

/**
 * What a parsed link's ids are checked against: the countries and the tour from the summary, and
 * every quote and article id, fetched first when the link names one and they are not at hand yet.
 * Never the ids of whatever happens to have loaded, so a link reads the same at any moment.
 */
export function urlContextFor(content: AtlasContent, parsed: ParsedUrl): UrlContext | Promise<UrlContext> {
  if (!namesIds(parsed)) return urlContext(content, NO_IDS);
  const ids = content.ids();
  if (ids) return urlContext(content, ids);
  // Without the ids, the link's quote and article cannot be found, and say so.
  return content.loadIds().then(
    (loaded) => urlContext(content, loaded),
    () => urlContext(content, NO_IDS),
  );
}

export const APP_TITLE = 'Report Atlas';
/** What the atlas shows, in the words its title line, its embed pages and its citations use. */
export const APP_SUBTITLE = 'the countries named as likely bases of North Korea’s cyber activity';

export function titleFor(content: AtlasContent, state: UrlState): string {
  const article = state.article === null ? undefined : content.articleHead(state.article);
  const country = state.country === null ? undefined : content.countries.get(state.country)?.name;
  const parts = [
    state.tour === null ? null : `Briefing, step ${state.tour}`,
    article ? `${article.publisher}${article.headline ? `: ${article.headline}` : ''}` : null,
    state.view === 'sources' ? 'Sources' : state.view === 'table' ? 'Table' : null,
    country ?? null,
    APP_TITLE,
  ];
  return parts.filter(Boolean).join(' · ');
}
