// Whether an annotation's quote still sits in its article exactly where it says, with the same text
// around it. Nothing is re-anchored: words found elsewhere, or the same words with different text
// around them, are refused, and the message says what the article has instead.
import type { TextPositions } from '../../src/content/text-positions.ts';

export interface QuoteSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  /** Character positions (Unicode code points), end exclusive. */
  start: number;
  end: number;
}

/** A string for a message: quoted and escaped, and cut to `max` characters at the end or, with `fromEnd`, at the start. */
export function shown(text: string, max = 60, fromEnd = false): string {
  const chars = [...text];
  if (chars.length <= max) return JSON.stringify(text);
  return fromEnd ? `…${JSON.stringify(chars.slice(-max).join(''))}` : `${JSON.stringify(chars.slice(0, max).join(''))}…`;
}

/** The character position nearest `near` at which `exact` sits verbatim, or null if nowhere. */
function nearestElsewhere(text: string, exact: string, near: number, at: TextPositions): number | null {
  let best: number | null = null;
  if (exact === '') return null;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const character = at.toCharacter(i);
    if (best === null || Math.abs(character - near) < Math.abs(best - near)) best = character;
  }
  return best;
}

/** Null when the quote matches at its place with its prefix and suffix; otherwise why not. */
export function quoteMismatch(text: string, at: TextPositions, q: QuoteSelectors): string | null {
  const place = `characters ${q.start}–${q.end}`;
  const start = at.toUtf16(q.start);
  const end = at.toUtf16(q.end);
  if (start === null || end === null) return `the quote was expected at ${place}, but the article text has only ${at.characters} characters`;
  const there = text.slice(start, end);
  if (there !== q.exact) {
    const elsewhere = nearestElsewhere(text, q.exact, q.start, at);
    const found =
      elsewhere === null
        ? 'the quote appears nowhere in the article'
        : elsewhere === q.start
          ? `its words start there but end at character ${q.start + [...q.exact].length}`
          : `the same words appear at character ${elsewhere}, but a quote is never moved`;
    return `the quote was expected at ${place}, where the article reads ${shown(there)}; ${found}`;
  }
  const before = text.slice(Math.max(0, start - q.prefix.length), start);
  if (before !== q.prefix) return `the quote is at ${place}, but the text before it has changed: expected ${shown(q.prefix, 60, true)}, the article has ${shown(before, 60, true)}`;
  const after = text.slice(end, end + q.suffix.length);
  if (after !== q.suffix) return `the quote is at ${place}, but the text after it has changed: expected ${shown(q.suffix)}, the article has ${shown(after)}`;
  return null;
}
