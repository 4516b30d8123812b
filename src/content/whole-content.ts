// The whole verified content, indexed: only the parts that load on demand (the sources, the reader,
// the table, the tour and the exports) read it, once its chunk has loaded with them.
import { indexContent, type ContentIndex } from './content-index.ts';
import type { IdList } from './id-list.ts';
import { filtersKey, isFiltered, keepsClaim, type Filters } from './filters.ts';
import type { Content } from './types.ts';

export interface WholeContent {
  index: ContentIndex;
  /** The whole content as the filters leave it: only the quotes they keep count. */
  for: (filters: Filters) => ContentIndex;
  /** Every quote and article id: the same list as the build's id index. */
  ids: () => IdList;
}

export function makeWholeContent(content: Content): WholeContent {
  const index = indexContent(content);
  const byFilters = new Map<string, ContentIndex>();
  let ids: IdList | null = null;
  return {
    index,
    for: (filters) => {
      if (!isFiltered(filters)) return index;
      const key = filtersKey(filters);
      let filtered = byFilters.get(key);
      if (!filtered) byFilters.set(key, (filtered = indexContent(content, keepsClaim(filters))));
      return filtered;
    },
    ids: () =>
      (ids ??= {
        claims: new Map(content.claims.map((c) => [c.id, { country: c.country, article: c.article }])),
        articles: new Map(content.articles.map((a) => [a.id, a])),
      }),
  };
}
