// What the curation view reads from the development server: the articles with their progress, and the
// article in view with its mentions. A reply about an article no longer in view is dropped; a request
// that fails says why, in place of the view; a change to the data folder, from a save in another tab or
// an edit by hand, is read again at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CurationArticleView, CurationState } from '../content/curation.ts';
import { DATA_CHANGED_EVENT } from '../content/data-paths.ts';
import { fetchArticle, fetchState } from './curate-api.ts';

export function useCurationData(articleId: string, setArticleId: (update: (id: string) => string) => void) {
  const [state, setState] = useState<CurationState | null>(null);
  const [article, setArticle] = useState<CurationArticleView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inView = useRef(articleId);
  inView.current = articleId;
  const failed = useCallback((error: unknown) => {
    const why = (error as Error).message;
    // A fetch that fails outright means no server; any other error is what the server found.
    setFailure(error instanceof TypeError ? `The development server does not answer (${why}): is npm run curate still running?` : `The data folder cannot be read: ${why}`);
  }, []);

  const reload = useCallback(async () => {
    const id = inView.current;
    try {
      const [nextState, next] = await Promise.all([fetchState(), id ? fetchArticle(id) : Promise.resolve(null)]);
      setState(nextState);
      if (inView.current === id) setArticle(next);
      setFailure(null);
    } catch (error) {
      failed(error);
    }
  }, [failed]);

  useEffect(() => {
    fetchState().then((s) => {
      setState(s);
      setArticleId((id) => (s.articles.some((a) => a.id === id) ? id : (s.articles[0]?.id ?? '')));
    }, failed);
  }, [failed, setArticleId]);

  useEffect(() => {
    // The list of another article is never left to click while this one loads.
    setArticle(null);
    if (!articleId) return;
    fetchArticle(articleId).then((next) => {
      if (inView.current === articleId) setArticle(next);
    }, failed);
  }, [articleId, failed]);

  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot) return;
    const changed = () => void reload();
    hot.on(DATA_CHANGED_EVENT, changed);
    return () => hot.off(DATA_CHANGED_EVENT, changed);
  }, [reload]);

  return { state, article, failure, reload };
}
