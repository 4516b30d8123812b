// Splits a stretch of text into sentences: at . ! ? followed by white space, and at every line break.
import type { Span } from './types.ts';

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\n/gu;

// A period after these ends a word, not a sentence. The cost is that "… in the U.S. The next …"
// stays one sentence, which is better than cutting "the U.S. government" in two.
const DOTTED_INITIALISM = /(?:^|[^\p{L}\p{N}.])(?:\p{L}\.)+\p{L}$/u; // U.S, U.K, e.g
const INITIAL = /(?:^|[^\p{L}\p{N}.])\p{Lu}$/u; // J. Smith
const TITLE = /(?:^|[^\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Jr|Sr|vs)$/u;

function endsAbbreviation(text: string, period: number): boolean {
  const before = text.slice(Math.max(0, period - 24), period);
  return DOTTED_INITIALISM.test(before) || INITIAL.test(before) || TITLE.test(before);
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}

/** The sentences of `text` within `range`, as offsets into `text`, trimmed of white space. */
export function sentenceSpans(text: string, range: Span): Span[] {
  const spans: Span[] = [];
  const boundary = new RegExp(BOUNDARY);
  boundary.lastIndex = range.start;
  let from = range.start;
  for (let m = boundary.exec(text); m !== null && m.index < range.end; m = boundary.exec(text)) {
    if (m[0] === '.' && endsAbbreviation(text, m.index)) continue;
    const cut = Math.min(m.index + m[0].length, range.end);
    const span = trimmed(text, from, cut);
    if (span) spans.push(span);
    from = cut;
  }
  const last = trimmed(text, from, range.end);
  if (last) spans.push(last);
  return spans;
}

/** Where the sentence around `span` sits, trimmed: the one holding it, or the run of sentences it straddles. */
export function sentenceSpanAround(text: string, sentences: readonly Span[], span: Span): Span {
  const touching = sentences.filter((s) => s.start < span.end && s.end > span.start);
  const first = touching[0];
  const last = touching.at(-1);
  if (!first || !last) return { start: span.start, end: span.end };
  const run = text.slice(first.start, last.end);
  const start = first.start + (run.length - run.trimStart().length);
  return { start, end: last.end - (run.length - run.trimEnd().length) };
}

/** The sentence around `span`: the one holding it, or the run of sentences it straddles. */
export function sentenceAround(text: string, sentences: readonly Span[], span: Span): string {
  const { start, end } = sentenceSpanAround(text, sentences, span);
  return text.slice(start, end);
}
