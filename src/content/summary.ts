// What the first view of the atlas needs: every country's standing, and not one quote. The
// build makes it from the verified content; the quotes themselves load per country.
import { indexContent, type ContentIndex, type CountrySummary } from './content-index.ts';
import { SPEAKER_TYPES, type Article, type Content, type CountryInfo, type CountryQuotes, type Report, type SpeakerType } from './types.ts';

/** Up to this many articles are listed under the map; more, and the sources view lists them. */
export const LISTED_ARTICLES = 12;

export interface AtlasSummary {
  countries: CountryInfo[];
  reports: Report[];
  articleCount: number;
  /** The outlets that carried the articles, each once, in the order of the articles. */
  publishers: string[];
  /** The articles themselves when there are few enough to list; otherwise null. */
  articles: Article[] | null;
  /** Countries with a quote, most cited first: for everyone's quotes and for each kind of speaker. */
  mentioned: Record<'all' | SpeakerType, CountrySummary[]>;
  tourSteps: number;
}

/** Which country and article each quote id belongs to, and every article id: for checking deep links. */
export interface IdIndex {
  claims: Record<string, [country: string, article: string]>;
  articles: ArticleHead[];
}

/** Enough of an article to name it in the page's title. */
export type ArticleHead = Pick<Article, 'id' | 'publisher' | 'headline'>;

export function makeSummary(content: Content, index: ContentIndex, tourSteps: number): AtlasSummary {
  const speakerIndex = (type: SpeakerType) => indexContent(content, (c) => c.speaker.type === type);
  return {
    countries: content.countries,
    reports: content.reports,
    articleCount: content.articles.length,
    publishers: [...new Set(content.articles.map((a) => a.publisher))],
    articles: content.articles.length <= LISTED_ARTICLES ? content.articles : null,
    mentioned: {
      all: index.mentioned,
      ...(Object.fromEntries(SPEAKER_TYPES.map((t) => [t, speakerIndex(t).mentioned])) as Record<SpeakerType, CountrySummary[]>),
    },
    tourSteps,
  };
}

/** Each country's quotes file, keyed by its code. */
export function makeCountryQuotes(index: ContentIndex): Map<string, CountryQuotes> {
  const files = new Map<string, CountryQuotes>();
  for (const [iso3, claims] of index.claimsByCountry) {
    const articles = [...new Set(claims.map((c) => c.article))].map((id) => index.articles.get(id)).filter((a): a is Article => a !== undefined);
    files.set(iso3, { iso3, claims, articles });
  }
  return files;
}

export function makeIdIndex(content: Content): IdIndex {
  return {
    claims: Object.fromEntries(content.claims.map((c) => [c.id, [c.country, c.article]])),
    articles: content.articles.map(({ id, publisher, headline }) => ({ id, publisher, headline })),
  };
}
