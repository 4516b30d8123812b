// Derived once from the verified content: nothing here changes while the app runs.
import { CONTENT_INDEX } from '../content/content.ts';
import { makeChoropleth } from './choropleth.ts';
import { makeCountryLookup } from './country-lookup.ts';

export const CHOROPLETH = makeChoropleth(
  CONTENT_INDEX.summaries.values(),
  CONTENT_INDEX.content.articles.length,
  (iso3) => CONTENT_INDEX.countries.get(iso3)?.onMap ?? false,
);

export const countryLookup = makeCountryLookup(CONTENT_INDEX.content.countries);

export const APP_TITLE = 'Report Atlas';

export function titleFor(country: string | null): string {
  const name = country === null ? undefined : CONTENT_INDEX.countries.get(country)?.name;
  return name ? `${name} · ${APP_TITLE}` : APP_TITLE;
}
