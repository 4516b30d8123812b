// Derived from the verified content: computed once per filter and measure, never per render.
import { CONTENT_INDEX } from '../content/content.ts';
import { indexContent, type ContentIndex } from '../content/content-index.ts';
import { makeChoropleth, type Choropleth } from './choropleth.ts';
import { makeCountryLookup } from './country-lookup.ts';
import { useAtlas } from './store.ts';
import type { Measure, SpeakerFilter, UrlContext, UrlState } from './url.ts';

const indexes = new Map<SpeakerFilter, ContentIndex>([['all', CONTENT_INDEX]]);
const choropleths = new Map<string, Choropleth>();

/** The content as the speaker filter leaves it: only quotes by that kind of speaker count. */
export function indexFor(speaker: SpeakerFilter): ContentIndex {
  let index = indexes.get(speaker);
  if (!index) {
    index = indexContent(CONTENT_INDEX.content, (c) => c.speaker.type === speaker);
    indexes.set(speaker, index);
  }
  return index;
}

export function choroplethFor(speaker: SpeakerFilter, measure: Measure): Choropleth {
  const key = `${speaker}/${measure}`;
  let choropleth = choropleths.get(key);
  if (!choropleth) {
    const drawn = (iso3: string) => CONTENT_INDEX.countries.get(iso3)?.onMap ?? false;
    choropleth = makeChoropleth(indexFor(speaker).summaries.values(), CONTENT_INDEX.content.articles.length, drawn, measure);
    choropleths.set(key, choropleth);
  }
  return choropleth;
}

/** The index for the current speaker filter. */
export function useIndex(): ContentIndex {
  return indexFor(useAtlas((s) => s.speaker));
}

export function useChoropleth(): Choropleth {
  const speaker = useAtlas((s) => s.speaker);
  const measure = useAtlas((s) => s.measure);
  return choroplethFor(speaker, measure);
}

export const countryLookup = makeCountryLookup(CONTENT_INDEX.content.countries);

/** What the URL decoder checks ids against; the briefing says how many steps its tour has. */
export function makeUrlContext(tourSteps: number): UrlContext {
  return {
    countries: countryLookup,
    claims: new Map(CONTENT_INDEX.content.claims.map((c) => [c.id, { country: c.country, article: c.article }])),
    articles: new Set(CONTENT_INDEX.content.articles.map((a) => a.id)),
    tourSteps,
  };
}

export const APP_TITLE = 'Report Atlas';

export function titleFor(state: UrlState): string {
  const article = state.article === null ? undefined : CONTENT_INDEX.articles.get(state.article);
  const country = state.country === null ? undefined : CONTENT_INDEX.countries.get(state.country)?.name;
  const parts = [
    state.tour === null ? null : `Briefing, step ${state.tour}`,
    article ? `${article.publisher}${article.headline ? `: ${article.headline}` : ''}` : null,
    state.view === 'sources' ? 'Sources' : state.view === 'table' ? 'Table' : null,
    country ?? null,
    APP_TITLE,
  ];
  return parts.filter(Boolean).join(' · ');
}
