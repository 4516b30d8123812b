// Every quote and article id, for checking the ids a link names: the same list whether it comes
// from the id index the build writes or from the whole content (whole-content.ts).
import type { ArticleHead, IdIndex } from './summary.ts';

export interface IdList {
  /** Which country and article each quote is about. */
  claims: ReadonlyMap<string, { country: string; article: string }>;
  articles: ReadonlyMap<string, ArticleHead>;
}

export function idListOf(index: IdIndex): IdList {
  return {
    claims: new Map(Object.entries(index.claims).map(([id, [country, article]]) => [id, { country, article }])),
    articles: new Map(index.articles.map((a) => [a.id, a])),
  };
}
