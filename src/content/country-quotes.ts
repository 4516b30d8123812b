// Each country's quotes load when the country is first opened, once, and are kept.
import type { CountryQuotes } from './types.ts';
import { countryQuotesPath, ID_INDEX_PATH } from './data-paths.ts';
import type { ArticleHead, IdIndex } from './summary.ts';
import { summaryView } from './summary-index.ts';

const base = () => import.meta.env.BASE_URL;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`${base()}${path}`);
  if (!response.ok) throw new Error(`Could not load ${path} (${response.status}).`);
  return (await response.json()) as T;
}

/** Quote and article ids seen so far, for checking deep links: filled as quotes load. */
export const KNOWN_CLAIMS = new Map<string, { country: string; article: string }>();
export const KNOWN_ARTICLES = new Map<string, ArticleHead>();

/** Registers every id of content loaded whole (the sources, reader, table, tour and exports load it). */
export function learnContent(content: { claims: CountryQuotes['claims']; articles: CountryQuotes['articles'] }): void {
  learn({ iso3: '', ...content });
}

function learn(quotes: CountryQuotes) {
  for (const c of quotes.claims) KNOWN_CLAIMS.set(c.id, { country: c.country, article: c.article });
  for (const a of quotes.articles) KNOWN_ARTICLES.set(a.id, a);
}

const loaded = new Map<string, Promise<CountryQuotes>>();
const ready = new Map<string, CountryQuotes>();
/** Quotes of this many countries are kept; the longest unused are let go (a pointer can cross dozens). */
const KEPT = 24;

function forgetOldest() {
  while (ready.size > KEPT) {
    const oldest = ready.keys().next().value;
    if (oldest === undefined) return;
    ready.delete(oldest);
    loaded.delete(oldest);
  }
}

/** The country's quotes if they have loaded already; they can be shown at once. */
export function readyCountryQuotes(iso3: string): CountryQuotes | undefined {
  const quotes = ready.get(iso3);
  if (quotes) {
    // Used again: it moves to the back of the queue to be let go.
    ready.delete(iso3);
    ready.set(iso3, quotes);
  }
  return quotes;
}

/** Starts loading a country's quotes ahead of a likely click (the pointer is over it); never fails. */
export function prefetchCountryQuotes(iso3: string): void {
  loadCountryQuotes(iso3).catch(() => undefined);
}

/** The country's quotes; the same promise for every caller, and tried again after a failure. */
export function loadCountryQuotes(iso3: string): Promise<CountryQuotes> {
  let quotes = loaded.get(iso3);
  // A country no article quotes has no file.
  if (!quotes && !summaryView('all').summaries.get(iso3)?.quoteCount) {
    const none = { iso3, claims: [], articles: [] };
    ready.set(iso3, none);
    quotes = Promise.resolve(none);
    loaded.set(iso3, quotes);
  }
  if (!quotes) {
    quotes = fetchJson<CountryQuotes>(countryQuotesPath(iso3)).then((q) => {
      learn(q);
      ready.set(iso3, q);
      forgetOldest();
      return q;
    });
    quotes.catch(() => loaded.delete(iso3));
    loaded.set(iso3, quotes);
  }
  return quotes;
}

/** Every quote and article id: needed only to check a link that names a quote or an article. */
export async function loadIdIndex(): Promise<void> {
  const ids = await fetchJson<IdIndex>(ID_INDEX_PATH);
  for (const [id, [country, article]] of Object.entries(ids.claims)) KNOWN_CLAIMS.set(id, { country, article });
  for (const a of ids.articles) KNOWN_ARTICLES.set(a.id, a);
}
