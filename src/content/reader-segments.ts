import type { Article, Claim } from './types.ts';

export type SegmentKind = 'furniture' | 'text' | 'quoted' | 'current';

export interface Segment {
  kind: SegmentKind;
  /** Offsets into the article text, UTF-16 units, end exclusive. */
  start: number;
  end: number;
  /** Claims whose quotes cover this stretch. */
  claims: string[];
}

/**
 * The article text cut into stretches for the reader: furniture before and after
 * the body, the current quote as one stretch, other quoted passages, plain text.
 */
export function toSegments(text: string, article: Article, claims: readonly Claim[], current: string | null): Segment[] {
  const mine = claims.filter((c) => c.article === article.id);
  const chosen = mine.find((c) => c.id === current);
  const cuts = new Set([0, article.bodyStart, article.bodyEnd, text.length]);
  for (const c of mine) cuts.add(c.start).add(c.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (start === end) continue;
    const covering = mine.filter((c) => c.start <= start && c.end >= end).map((c) => c.id);
    // White space outside the body (a trailing newline) is not worth a furniture label.
    const inBody = (start >= article.bodyStart && end <= article.bodyEnd) || text.slice(start, end).trim() === '';
    const kind: SegmentKind = !inBody
      ? 'furniture'
      : chosen && chosen.start <= start && chosen.end >= end
        ? 'current'
        : covering.length > 0
          ? 'quoted'
          : 'text';
    const last = segments.at(-1);
    // Neighbours of one kind join, so the current quote is always a single stretch.
    if (last && last.kind === kind && (kind === 'current' || kind === 'furniture' || kind === 'text')) {
      last.end = end;
      last.claims = [...new Set([...last.claims, ...covering])];
    } else {
      segments.push({ kind, start, end, claims: covering });
    }
  }
  return segments;
}
