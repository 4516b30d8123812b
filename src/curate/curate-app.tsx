// The curation view (npm run curate): choose an article, go through its country mentions, and make
// each a claim or mark it as not one. Every save is verified by the development server as the build
// verifies the data, and what it finds shows here.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem, SavableFile } from '../content/curation.ts';
import { ArticleText, selectedSpan, type Span } from './article-text.tsx';
import { ClaimForm, speakerOf, type ClaimDraft } from './claim-form.tsx';
import { save } from './curate-api.ts';
import { MentionList } from './mention-list.tsx';
import { useCurationData } from './use-curation-data.ts';
import './curate.css';

// The article in view is kept in the address, and what the last save did in the tab's session, so
// that both survive a reload.
const LAST_SAVE = 'report-atlas-curate-last-save';
const articleInAddress = () => new URLSearchParams(location.search).get('article') ?? '';

export function CurateApp() {
  const [articleId, setArticleId] = useState(articleInAddress);
  const { state, article, failure, reload } = useCurationData(articleId, setArticleId);
  // The chosen mention, by its place in the text, which a reload of the article keeps.
  const [chosenAt, setChosenAt] = useState<number | null>(null);
  const [quote, setQuote] = useState<Span | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState(() => sessionStorage.getItem(LAST_SAVE) ?? '');
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // After a save, the reader goes on from the next mention still to do.
  const [goOn, setGoOn] = useState(false);

  useEffect(() => {
    setChosenAt(null);
    setQuote(null);
    if (articleId) history.replaceState(null, '', `?article=${encodeURIComponent(articleId)}`);
  }, [articleId]);

  useEffect(() => {
    if (!goOn) return;
    setGoOn(false);
    (listRef.current?.querySelector<HTMLButtonElement>('button[data-handled="to do"]') ?? listRef.current?.querySelector('button'))?.focus();
  }, [goOn]);

  const run = useCallback(
    async (file: SavableFile, item: unknown, what: string) => {
      setBusy(true);
      try {
        const result = await save(file, item);
        if (!result.ok) {
          setProblems(result.problems);
          return;
        }
        const done = `${what} Saved and verified.`;
        sessionStorage.setItem(LAST_SAVE, done);
        setStatus(done);
        setProblems([]);
        await reload();
        setChosenAt(null);
        setGoOn(true);
      } catch (error) {
        setProblems([{ file, message: `not saved, for the development server did not answer: ${(error as Error).message}` }]);
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );

  if (failure) return <p role="alert">{failure}</p>;
  if (!state) return <p>Reading the data folder…</p>;
  const chosen = article?.list.findIndex((m) => m.start === chosenAt) ?? -1;
  const mention = chosen >= 0 ? article?.list[chosen] : undefined;
  const choose = (i: number) => {
    const m = article?.list[i];
    // While a save is on its way, its answer belongs to the mention it was made for.
    if (!m || busy) return;
    setChosenAt(m.start);
    setQuote({ start: m.sentenceStart, end: m.sentenceEnd });
    setProblems([]);
    setStatus('');
    sessionStorage.removeItem(LAST_SAVE);
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
        <p className="curate-progress">
          <span>
            {article ? `${article.handled} of ${article.mentions} mentions handled in this article; ` : ''}
            {handled} of {total} in all.
          </span>{' '}
          <span role="status" aria-atomic="true">
            {status}
          </span>
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
            <MentionList mentions={article.list} chosen={chosen} busy={busy} choose={choose} listRef={listRef} />
            {mention && quote && (
              <ClaimForm
                key={`${article.id}-${mention.start}`}
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
