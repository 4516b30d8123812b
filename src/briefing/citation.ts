import type { QuoteSources } from '../content/content-index.ts';
import { articleDateText, speakerLabel } from '../content/labels.ts';
import type { Claim } from '../content/types.ts';

/**
 * A quote as one line of plain text: the words, who said them, and where, when and at what address;
 * then, when given, the atlas page that shows the quote among the country's others.
 */
export function citationText(claim: Claim, index: Pick<QuoteSources, 'articles' | 'reports'>, atlasPage?: string): string {
  const via = atlasPage ? ` Via Report Atlas: ${atlasPage}` : '';
  const article = index.articles.get(claim.article);
  if (!article) return `“${claim.quote}”${via}`;
  const headline = article.headline ? `, “${article.headline}”` : '';
  return `“${claim.quote}” — ${speakerLabel(claim.speaker, index.reports)}. ${article.publisher}${headline}, ${articleDateText(article)}. ${article.url}${via}`;
}
