import { useEffect, useMemo, useRef } from 'react';
import { toSegments } from '../../content/reader-segments.ts';
import type { Article } from '../../content/types.ts';
import { useWholeContent } from '../content-context.tsx';
import './article-text.css';

/** The whole article: the chosen quote marked, other quoted passages marked faintly, furniture greyed. */
export function ArticleText({ article, text, quote }: { article: Article; text: string; quote: string | null }) {
  const { claims } = useWholeContent().index.content;
  const segments = useMemo(() => toSegments(text, article, claims, quote), [text, article, claims, quote]);
  const current = useRef<HTMLElement>(null);
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'center' });
  }, [segments]);
  return (
    <div className="article-text">
      {segments.map((s) => {
        const slice = text.slice(s.start, s.end);
        const data = { 'data-start': s.start, 'data-end': s.end };
        switch (s.kind) {
          case 'furniture':
            return (
              <div key={s.start} className="furniture" {...data}>
                <span className="furniture-label">Page furniture: not part of the article, never quoted</span>
                {slice.trim()}
              </div>
            );
          case 'current':
            return (
              <mark key={s.start} ref={current} className="current" data-claims={s.claims.join(' ')} {...data}>
                {slice}
              </mark>
            );
          case 'quoted':
            return (
              <mark key={s.start} className="quoted" data-claims={s.claims.join(' ')} {...data}>
                {slice}
              </mark>
            );
          case 'text':
            return <span key={s.start}>{slice}</span>;
        }
      })}
    </div>
  );
}
