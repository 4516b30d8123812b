// Derived from the shipped summary: computed once per filter and measure, never per render.
import { KNOWN_ARTICLES, KNOWN_CLAIMS } from '../content/country-quotes.ts';
import type { SummaryView } from '../content/content-index.ts';
import { COUNTRIES, SUMMARY, summaryView } from '../content/summary-index.ts';
import { makeChoropleth, type Choropleth } from './choropleth.ts';
import { makeCountryLookup } from './country-lookup.ts';
import { useAtlas } from './store.ts';
import type { Measure, SpeakerFilter, UrlContext, UrlState } from './url.ts';

const choropleths = new Map<string, Choropleth>();

/** The countries' standing as the speaker filter leaves it: only quotes by that kind of speaker count. */
export function indexFor(speaker: SpeakerFilter): SummaryView {
  return summaryView(speaker);
}

export function choroplethFor(speaker: SpeakerFilter, measure: Measure): Choropleth {
  const key = `${speaker}/${measure}`;
  let choropleth = choropleths.get(key);
  if (!choropleth) {
    const drawn = (iso3: string) => COUNTRIES.get(iso3)?.onMap ?? false;
    choropleth = makeChoropleth(indexFor(speaker).summaries.values(), SUMMARY.articleCount, drawn, measure);
    choropleths.set(key, choropleth);
  }
  return choropleth;
}

/** The summary for the current speaker filter. */
export function useIndex(): SummaryView {
  return indexFor(useAtlas((s) => s.speaker));
}

export function useChoropleth(): Choropleth {
  const speaker = useAtlas((s) => s.speaker);
  const measure = useAtlas((s) => s.measure);
  return choroplethFor(speaker, measure);
}

export const countryLookup = makeCountryLookup(SUMMARY.countries);

/**
 * What the URL decoder checks ids against. Quote and article ids fill in as countries load,
 * or all at once (loadIdIndex) before a link that names one is read.
 */
export function makeUrlContext(): UrlContext {
  return { countries: countryLookup, claims: KNOWN_CLAIMS, articles: KNOWN_ARTICLES, tourSteps: SUMMARY.tourSteps };
}

export const APP_TITLE = 'Report Atlas';

export function titleFor(state: UrlState): string {
  const article = state.article === null ? undefined : KNOWN_ARTICLES.get(state.article);
  const country = state.country === null ? undefined : COUNTRIES.get(state.country)?.name;
  const parts = [
    state.tour === null ? null : `Briefing, step ${state.tour}`,
    article ? `${article.publisher}${article.headline ? `: ${article.headline}` : ''}` : null,
    state.view === 'sources' ? 'Sources' : state.view === 'table' ? 'Table' : null,
    country ?? null,
    APP_TITLE,
  ];
  return parts.filter(Boolean).join(' · ');
}
