// The curation view (npm run curate): choose an article, go through its country mentions, and make
// each a claim or mark it as not one. Every save is verified by the development server as the build
// verifies the data, and what it finds shows here.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ArticleText, selectedSpan, type Span } from './article-text.tsx';
import { ClaimForm, speakerOf, type ClaimDraft } from './claim-form.tsx';
import type { CurationArticleView, CurationState, Problem } from '../content/curation.ts';
import { fetchArticle, fetchState, save } from './curate-api.ts';
import './curate.css';

// The article in view is kept in the address, and what the last save did in the tab's session, so
// that both survive a reload.
const LAST_SAVE = 'report-atlas-curate-last-save';
const articleInAddress = () => new URLSearchParams(location.search).get('article') ?? '';

export function CurateApp() {
  const [state, setState] = useState<CurationState | null>(null);
  const [articleId, setArticleId] = useState(articleInAddress);
  const [article, setArticle] = useState<CurationArticleView | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [quote, setQuote] = useState<Span | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState(() => sessionStorage.getItem(LAST_SAVE) ?? '');
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // After a save, the reader goes on from the next mention still to do.
  const [goOn, setGoOn] = useState(false);
  // The article chosen last: a reply about any other, which may come later, is not shown.
  const inView = useRef(articleId);
  inView.current = articleId;

  const reload = useCallback(async (id: string) => {
    const [nextState, next] = await Promise.all([fetchState(), id ? fetchArticle(id) : Promise.resolve(null)]);
    setState(nextState);
    if (inView.current === id) setArticle(next);
  }, []);

  useEffect(() => {
    void fetchState().then((s) => {
      setState(s);
      setArticleId((id) => (s.articles.some((a) => a.id === id) ? id : (s.articles[0]?.id ?? '')));
    });
  }, []);
  useEffect(() => {
    setChosen(null);
    setQuote(null);
    if (!articleId) return;
    history.replaceState(null, '', `?article=${encodeURIComponent(articleId)}`);
    void fetchArticle(articleId).then((next) => {
      if (inView.current === articleId) setArticle(next);
    });
  }, [articleId]);

  useEffect(() => {
    if (!goOn) return;
    setGoOn(false);
    (listRef.current?.querySelector<HTMLButtonElement>('button[data-handled="to do"]') ?? listRef.current?.querySelector('button'))?.focus();
  }, [goOn]);

  if (!state) return <p>Reading the data folder…</p>;
  const mention = chosen === null ? undefined : article?.list[chosen];
  const choose = (i: number) => {
    const m = article?.list[i];
    if (!m) return;
    setChosen(i);
    setQuote({ start: m.sentenceStart, end: m.sentenceEnd });
    setProblems([]);
    setStatus('');
    sessionStorage.removeItem(LAST_SAVE);
  };
  const saved = async (what: string) => {
    const done = `${what} Saved and verified.`;
    sessionStorage.setItem(LAST_SAVE, done);
    setStatus(done);
    setProblems([]);
    await reload(articleId);
    setChosen(null);
    setGoOn(true);
  };
  const run = async (file: 'claims.json' | 'not-claims.json', item: unknown, what: string) => {
    setBusy(true);
    try {
      const result = await save(file, item);
      if (result.ok) await saved(what);
      else setProblems(result.problems);
    } finally {
      setBusy(false);
    }
  };
  const onClaim = (draft: ClaimDraft) => {
    if (!article || !mention || !quote) return;
    const item = { id: draft.id, country: mention.country, article: article.id, kind: draft.kind, speaker: speakerOf(draft), quote: article.text.slice(quote.start, quote.end), start: quote.start };
    void run('claims.json', item, `Claim “${draft.id}”.`);
  };
  const onNotClaim = (reason: string) => {
    if (!article || !mention) return;
    void run('not-claims.json', { article: article.id, country: mention.country, text: mention.text, reason }, `${mention.country} “${mention.text}” marked as not a claim.`);
  };
  const total = state.articles.reduce((n, a) => n + a.mentions, 0);
  const handled = state.articles.reduce((n, a) => n + a.handled, 0);

  return (
    <div className="curate">
      <header className="curate-header">
        <h1>Curate the claims</h1>
        <label>
          Article{' '}
          <select value={articleId} onChange={(e) => setArticleId(e.target.value)}>
            {state.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.publisher}: {a.headline ?? a.id} ({a.handled} of {a.mentions})
              </option>
            ))}
          </select>
        </label>
        <p className="curate-progress" role="status">
          {article ? `${article.handled} of ${article.mentions} mentions handled in this article; ` : ''}
          {handled} of {total} in all. {status}
        </p>
      </header>
      {article?.error && <p role="alert">{article.error}</p>}
      {article && (
        <div className="curate-layout">
          <section aria-labelledby="curate-article-title">
            <h2 id="curate-article-title" className="curate-article-title">
              {article.publisher}: {article.headline ?? article.id}
            </h2>
            <ArticleText text={article.text} mentions={article.list} quote={mention ? quote : null} chosen={chosen} textRef={textRef} />
          </section>
          <div className="curate-side">
            <nav aria-label="Mentions">
              <h2>Mentions</h2>
              <ol className="curate-mentions" ref={listRef}>
                {article.list.map((m, i) => {
                  const handled = m.handled === 'claim' ? 'claimed' : m.handled === 'not-claim' ? 'not a claim' : 'to do';
                  return (
                    <li key={`${m.start}-${m.country}`}>
                      <button type="button" aria-pressed={chosen === i} data-handled={handled} onClick={() => choose(i)}>
                        {m.country} “{m.text}” at {m.start} — {handled}
                      </button>
                    </li>
                  );
                })}
              </ol>
            </nav>
            {mention && quote && (
              <ClaimForm
                key={`${articleId}-${chosen}`}
                state={state}
                article={article}
                mention={mention}
                quote={quote}
                setQuote={setQuote}
                quoteSelection={() => {
                  const span = selectedSpan(textRef.current);
                  if (span) setQuote(span);
                }}
                onClaim={onClaim}
                onNotClaim={onNotClaim}
                problems={problems}
                busy={busy}
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
