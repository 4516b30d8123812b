/** Where a quote almost sits: the offset with the most matching characters. */
export interface NearMatch {
  start: number;
  /** Index into the quote of the first character that differs. */
  firstDiff: number;
  expected: string;
  found: string;
}

const show = (ch: string | undefined) => (ch === undefined ? 'end of text' : JSON.stringify(ch));

/** First index at which `quote` and `text` starting at `start` differ, or -1. */
export function firstDifference(text: string, quote: string, start: number): number {
  for (let i = 0; i < quote.length; i++) {
    if (text[start + i] !== quote[i]) return i;
  }
  return -1;
}

/**
 * The offset in [from, to) where the quote matches best, counting equal
 * characters position by position; ties go to the offset nearest `hint`.
 */
export function nearestMatch(text: string, quote: string, hint: number, from = 0, to = text.length): NearMatch {
  let best = from;
  let bestScore = -1;
  for (let s = from; s < Math.max(from + 1, to - quote.length + 1); s++) {
    let score = 0;
    for (let i = 0; i < quote.length; i++) if (text[s + i] === quote[i]) score++;
    if (score > bestScore || (score === bestScore && Math.abs(s - hint) < Math.abs(best - hint))) {
      best = s;
      bestScore = score;
    }
  }
  const firstDiff = Math.max(0, firstDifference(text, quote, best));
  return { start: best, firstDiff, expected: show(quote[firstDiff]), found: show(text[best + firstDiff]) };
}

export function describeMismatch(text: string, quote: string, start: number, body: { start: number; end: number }): string {
  const exact = text.indexOf(quote, body.start);
  if (exact >= 0 && exact + quote.length <= body.end) {
    return `the quote is not at offset ${start}; it sits verbatim at offset ${exact} (moved by ${exact - start})`;
  }
  const atStart = firstDifference(text, quote, start);
  const near = nearestMatch(text, quote, start, body.start, body.end);
  return (
    `the quote does not sit verbatim at offset ${start} (first difference at quote character ${atStart}); ` +
    `nearest almost-match at offset ${near.start}, where quote character ${near.firstDiff} ` +
    `should be ${near.expected} but the article has ${near.found}`
  );
}
