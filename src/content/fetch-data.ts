// The data files as the browser fetches them from the built site.
import type { ContentSources } from './atlas-content.ts';
import { countryQuotesPath, ID_INDEX_PATH } from './data-paths.ts';
import type { IdIndex } from './summary.ts';
import type { CountryQuotes } from './types.ts';

/** Fetches a country's quotes and the id index from the site at `base` (the app's base URL). */
export function fetchedSources(base: string): Pick<ContentSources, 'countryQuotes' | 'idIndex'> {
  async function fetchJson<T>(path: string): Promise<T> {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`Could not load ${path} (${response.status}).`);
    return (await response.json()) as T;
  }
  return {
    countryQuotes: (iso3) => fetchJson<CountryQuotes>(countryQuotesPath(iso3)),
    idIndex: () => fetchJson<IdIndex>(ID_INDEX_PATH),
  };
}
