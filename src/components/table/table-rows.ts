import type { ContentIndex } from '../../content/content-index.ts';
import type { TableRow } from './table-sort.ts';

/** A row per country the (filtered) articles mention, with its quotes counted per article. */
export function tableRows(index: ContentIndex): TableRow[] {
  return index.mentioned.map((summary) => {
    const quotesByArticle = new Map<string, number>();
    for (const claim of index.claimsByCountry.get(summary.iso3) ?? []) {
      quotesByArticle.set(claim.article, (quotesByArticle.get(claim.article) ?? 0) + 1);
    }
    return { summary, quotesByArticle };
  });
}
