import { useEffect, useRef } from 'react';
import { articleCitation, articleDateText } from '../../content/labels.ts';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { useWholeContent } from '../content-context.tsx';
import { ArticleText } from './article-text.tsx';
import { useArticleText } from './use-article-text.ts';
import '../buttons.css';
import './article-reader.css';

const close = () => atlasStore.getState().closeArticle();

/** The full text of one article, in a dialog over the current view; `?article=` opens it. */
export function ArticleReader() {
  const articleId = useAtlas((s) => s.article);
  const quote = useAtlas((s) => s.quote);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const text = useArticleText(articleId);
  const { index } = useWholeContent();
  const article = articleId === null ? undefined : index.articles.get(articleId);
  const notice = useAtlas((s) => s.notice);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (articleId !== null && !d.open) {
      d.showModal();
      // Focus starts on Close, not on the link out of the app.
      closeButton.current?.focus();
    }
    if (articleId === null && d.open) d.close();
  }, [articleId]);

  return (
    <dialog
      ref={dialog}
      className="reader"
      aria-labelledby="reader-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      {article && (
        <>
          <header className="reader-header">
            <div>
              <h2 id="reader-title">{articleCitation(article)}</h2>
              <p className="reader-meta">
                {articleDateText(article)} ·{' '}
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  Open the original<span className="visually-hidden"> at {article.publisher}, in a new tab</span>
                </a>
              </p>
            </div>
            <button ref={closeButton} type="button" className="close-button" onClick={close} aria-label="Close the article">
              ×
            </button>
          </header>
          {notice && (
            <p className="notice" role="status">
              {notice.message}
            </p>
          )}
          <p className="reader-key">
            <span className="key-current">Marked</span>: the quote you chose · <span className="key-quoted">faintly marked</span>: other quoted
            passages · <span className="furniture-sample">greyed</span>: page furniture
          </p>
          {text.state === 'loading' && <p className="reader-loading">Loading the article…</p>}
          {text.state === 'failed' && (
            <p className="notice" role="alert">
              The article could not be loaded; check the connection and open it again.
            </p>
          )}
          {text.state === 'ready' && text.text !== undefined && <ArticleText article={article} text={text.text} quote={quote} />}
        </>
      )}
    </dialog>
  );
}
