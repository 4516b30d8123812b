import { CONTENT_INDEX } from '../../content/content.ts';
import { articleCitation, articleDate, KIND_LABELS, speakerLabel } from '../../content/labels.ts';
import { textFragmentUrl } from '../../content/links.ts';
import type { Claim } from '../../content/types.ts';

/** One verbatim quote with who said it and the article that carried it. */
export function QuoteCard({ claim }: { claim: Claim }) {
  const article = CONTENT_INDEX.articles.get(claim.article);
  if (!article) return null;
  return (
    <figure className="quote" data-claim={claim.id} data-kind={claim.kind}>
      <p className="quote-kind">{KIND_LABELS[claim.kind]}</p>
      <blockquote cite={article.url}>{claim.quote}</blockquote>
      <figcaption>
        <p className="quote-source">
          <cite>{articleCitation(article)}</cite>
          {articleDate(article) && <span className="quote-date">{articleDate(article)}</span>}
        </p>
        <p className="quote-speaker">
          <span className="visually-hidden">Said by: </span>
          {speakerLabel(claim.speaker, CONTENT_INDEX.reports)}
        </p>
        {claim.note && (
          <p className="quote-note">
            <span className="note-label">Curator’s note:</span> {claim.note}
          </p>
        )}
        <a className="quote-link" href={textFragmentUrl(article.url, claim.quote)} target="_blank" rel="noopener noreferrer">
          Read it in the article<span className="visually-hidden"> ({article.publisher}, opens in a new tab)</span>
        </a>
      </figcaption>
    </figure>
  );
}
