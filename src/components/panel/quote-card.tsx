import { useEffect, useState } from 'react';
import { citationText } from '../../briefing/citation.ts';
import type { QuoteSources } from '../../content/content-index.ts';
import { articleCitation, articleDate, KIND_LABELS, speakerLabel } from '../../content/labels.ts';
import { textFragmentUrl } from '../../content/links.ts';
import type { Claim } from '../../content/types.ts';
import type { CountryPages } from '../../content/slug.ts';
import { countryPagesOf } from '../../state/atlas-model.ts';
import { atlasStore } from '../../state/store.ts';
import { countryAddress } from '../../state/url.ts';
import { useContent } from '../content-context.tsx';
import { PrintUrl } from '../print/print-parts.tsx';
import '../buttons.css';
import './quote-card.css';

/** The full address of the atlas page that shows this quote, highlighted. */
const quotePage = (claim: Claim, pages: CountryPages) => countryAddress(claim.country, pages, import.meta.env.BASE_URL, { quote: claim.id, from: window.location.href });

function CopyCitation({ claim, sources }: { claim: Claim; sources: QuoteSources }) {
  const [copied, setCopied] = useState<'' | 'Citation copied' | 'Could not copy'>('');
  useEffect(() => {
    if (copied === '') return;
    const timer = setTimeout(() => setCopied(''), 4000);
    return () => clearTimeout(timer);
  }, [copied]);
  const content = useContent();
  const copy = () =>
    navigator.clipboard.writeText(citationText(claim, sources, quotePage(claim, countryPagesOf(content)))).then(
      () => setCopied('Citation copied'),
      () => setCopied('Could not copy'),
    );
  return (
    <>
      <button type="button" className="text-button" onClick={copy}>
        Copy citation
      </button>
      <span className="copy-status" role="status">
        {copied}
      </span>
    </>
  );
}

/** One verbatim quote with who said it and the article that carried it. */
export function QuoteCard({ claim, current, sources }: { claim: Claim; current: boolean; sources: QuoteSources }) {
  const article = sources.articles.get(claim.article);
  if (!article) return null;
  return (
    <figure className={current ? 'quote is-current' : 'quote'} data-claim={claim.id} data-kind={claim.kind} aria-current={current || undefined}>
      <p className="quote-kind">{KIND_LABELS[claim.kind]}</p>
      <blockquote cite={article.url}>{claim.quote}</blockquote>
      <figcaption>
        <p className="quote-source">
          <cite>{articleCitation(article)}</cite>
          {articleDate(article) && <span className="quote-date">{articleDate(article)}</span>}
        </p>
        <p className="quote-speaker">
          <span className="visually-hidden">Said by: </span>
          {speakerLabel(claim.speaker, sources.reports)}
        </p>
        {claim.note && (
          <p className="quote-note">
            <span className="note-label">Curator’s note:</span> {claim.note}
          </p>
        )}
        <p className="quote-actions">
          <button type="button" className="text-button" onClick={() => atlasStore.getState().openArticle(claim.article, claim.id)}>
            Show in article
          </button>
          <a className="quote-link" href={textFragmentUrl(article.url, claim.quote)} target="_blank" rel="noopener noreferrer">
            Open the original<span className="visually-hidden"> ({article.publisher}, opens in a new tab)</span>
          </a>
          <CopyCitation claim={claim} sources={sources} />
        </p>
        <PrintUrl url={article.url} />
      </figcaption>
    </figure>
  );
}
