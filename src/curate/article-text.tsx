import { useEffect } from 'react';
import type { CurationMention } from '../content/curation.ts';

export interface Span {
  start: number;
  end: number;
}

/** Cuts the text where any mention or the quote begins or ends, so that each piece can be marked. */
function pieces(text: string, mentions: readonly CurationMention[], quote: Span | null): Span[] {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (quote) cuts.add(quote.start).add(quote.end);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  return sorted.slice(1).map((end, i) => ({ start: sorted[i] ?? 0, end }));
}

/** The span of the text the reader has selected inside `root`, from the pieces' offsets; null for none. */
export function selectedSpan(root: HTMLElement | null): Span | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  // A boundary is in a piece's text, or between the children of a piece (a whole piece selected).
  const offsetOf = (node: Node, offset: number) => {
    const piece = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-start]');
    if (!piece || !root.contains(piece)) return null;
    if (node.nodeType === Node.TEXT_NODE) return Number(piece.dataset.start) + offset;
    const before = [...node.childNodes].slice(0, offset).reduce((n, child) => n + (child.textContent?.length ?? 0), 0);
    return Number(piece.dataset.start) + before;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

/** The article as the data folder holds it, with every mention marked and the quote being made underlined. */
export function ArticleText({ text, mentions, quote, chosen, textRef }: { text: string; mentions: readonly CurationMention[]; quote: Span | null; chosen: number | null; textRef: React.RefObject<HTMLDivElement | null> }) {
  // The chosen mention is brought into the text's view, wherever it sits in a long article.
  useEffect(() => {
    if (chosen !== null && chosen >= 0) textRef.current?.querySelector('.chosen')?.scrollIntoView({ block: 'nearest' });
  }, [chosen, textRef]);
  return (
    // A box that scrolls: a keyboard can scroll it too.
    <div className="curate-text" ref={textRef} role="region" aria-label="The article’s text" tabIndex={0}>
      {pieces(text, mentions, quote).map(({ start, end }) => {
        const at = mentions.findIndex((m) => m.start <= start && end <= m.end);
        const mention = mentions[at];
        const inQuote = quote !== null && quote.start <= start && end <= quote.end;
        const className = [mention ? `mention ${mention.handled ? 'handled' : 'open'}` : '', at === chosen && mention ? 'chosen' : '', inQuote ? 'in-quote' : ''].filter(Boolean).join(' ');
        const Tag = mention ? 'mark' : 'span';
        return (
          <Tag key={start} data-start={start} className={className || undefined}>
            {text.slice(start, end)}
          </Tag>
        );
      })}
    </div>
  );
}
