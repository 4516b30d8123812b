import { useEffect, useState } from 'react';
import { useContent } from '../content-context.tsx';

export type ArticleText = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; text: string | undefined };

/** The full text of an article, loaded on first use; a failed load says so instead of spinning forever. */
export function useArticleText(article: string | null): ArticleText {
  const { loadTexts } = useContent();
  const [loaded, setLoaded] = useState<Record<string, string> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (article === null || loaded) return;
    let live = true;
    setFailed(false);
    loadTexts().then(
      (all) => {
        if (live) setLoaded(all);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [article, loaded, loadTexts]);
  if (failed) return { state: 'failed' };
  return loaded ? { state: 'ready', text: article === null ? undefined : loaded[article] } : { state: 'loading' };
}
