// Each country's quotes load when the country is first opened (or is about to be), once, and the
// most recently used are kept; a failed load is tried again when the country is next asked for.
import type { Article, CountryQuotes } from './types.ts';

export type QuotesStatus = { state: 'loading' } | { state: 'ready'; quotes: CountryQuotes } | { state: 'failed'; error: Error };

export interface QuotesLoader {
  /** How a country's quotes stand: undefined until they are first asked for, or once they are let go. */
  status: (iso3: string) => QuotesStatus | undefined;
  /** The country's quotes if they have loaded already, so they can be shown at once; counts as a use. */
  ready: (iso3: string) => CountryQuotes | undefined;
  /** The country's quotes; the same promise for every caller while they load. */
  load: (iso3: string) => Promise<CountryQuotes>;
  /** Starts loading a country's quotes ahead of a likely click; never fails. */
  prefetch: (iso3: string) => void;
  /** An article of any quotes at hand, to name it before the whole content has loaded. */
  article: (id: string) => Article | undefined;
}

export interface QuotesLoaderOptions {
  fetchQuotes: (iso3: string) => Promise<CountryQuotes>;
  /** Whether any article quotes the country: one that none does has no file to fetch. */
  hasQuotes: (iso3: string) => boolean;
  /** Quotes already at hand, such as those a prerendered page was drawn from. */
  initial?: readonly CountryQuotes[];
  /** Quotes of this many countries are kept; the longest unused are let go (a pointer can cross dozens). */
  kept?: number;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export function makeQuotesLoader({ fetchQuotes, hasQuotes, initial = [], kept = 24 }: QuotesLoaderOptions): QuotesLoader {
  const statuses = new Map<string, QuotesStatus>();
  const pending = new Map<string, Promise<CountryQuotes>>();
  // Ready quotes in order of use, the least recently used first.
  const ready = new Map<string, CountryQuotes>();

  const keep = (quotes: CountryQuotes) => {
    ready.delete(quotes.iso3);
    ready.set(quotes.iso3, quotes);
    const status = statuses.get(quotes.iso3);
    if (status?.state !== 'ready' || status.quotes !== quotes) statuses.set(quotes.iso3, { state: 'ready', quotes });
    for (const oldest of ready.keys()) {
      if (ready.size <= kept) break;
      ready.delete(oldest);
      statuses.delete(oldest);
    }
  };
  for (const quotes of initial) keep(quotes);

  const readyQuotes = (iso3: string) => {
    const quotes = ready.get(iso3);
    if (quotes) keep(quotes);
    return quotes;
  };

  const load = (iso3: string): Promise<CountryQuotes> => {
    const now = readyQuotes(iso3) ?? (hasQuotes(iso3) ? undefined : { iso3, claims: [], articles: [] });
    if (now) {
      keep(now);
      return Promise.resolve(now);
    }
    let loading = pending.get(iso3);
    if (!loading) {
      statuses.set(iso3, { state: 'loading' });
      loading = fetchQuotes(iso3).then(
        (quotes) => {
          pending.delete(iso3);
          keep(quotes);
          return quotes;
        },
        (error: unknown) => {
          pending.delete(iso3);
          statuses.set(iso3, { state: 'failed', error: asError(error) });
          throw error;
        },
      );
      pending.set(iso3, loading);
    }
    return loading;
  };

  return {
    status: (iso3) => statuses.get(iso3),
    ready: readyQuotes,
    load,
    prefetch: (iso3) => void load(iso3).catch(() => undefined),
    article: (id) => {
      for (const quotes of ready.values()) {
        const found = quotes.articles.find((a) => a.id === id);
        if (found) return found;
      }
      return undefined;
    },
  };
}
