import { useEffect, useState } from 'react';

let texts: Promise<Record<string, string>> | null = null;

// The texts are a separate chunk: the map's first load never pays for them.
const loadTexts = () => (texts ??= import('virtual:atlas/texts').then((m) => m.default as Record<string, string>));

/** The full text of an article; undefined while it loads. */
export function useArticleText(article: string | null): string | undefined {
  const [loaded, setLoaded] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    if (article === null || loaded) return;
    let live = true;
    void loadTexts().then((all) => {
      if (live) setLoaded(all);
    });
    return () => {
      live = false;
    };
  }, [article, loaded]);
  return article === null ? undefined : loaded?.[article];
}
